import { z } from "zod";

/**
 * Question ids end up in the learner's cookie (the list of missed questions), so they are short.
 * IMPORTANT: the cookie-size test in app/_lib/quiz/progress.test.ts assumes these bounds; bump both together.
 */
export const MAX_ID_LENGTH = 16;
export const MAX_QUESTIONS = 20;
export const MAX_OPTIONS = 6;

const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `ids are at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");

/** Prose with `backticks` for inline code; nothing else is interpreted. */
const textSchema = z.string().trim().min(1);

/**
 * Where an explanation's claim comes from: a primary source (a spec section, the vendor's own
 * documentation, source code at a named version), shown as a link after the explanation.
 * Required on every option since issue 9. To adapt a quiz written before that, give each option
 * `source: { label: "RFC 6265bis §5.7", href: "https://…" }`; a `const` per source at the top of
 * the quiz file keeps it short (see content/quizzes/session.ts).
 */
export const quizSourceSchema = z.object({
  /** What the reader will find there, specific enough to find the claim: "OWASP Session Management: Idle Timeout". */
  label: z.string().trim().min(3).max(120),
  href: z.url({ protocol: /^https$/, error: "a source is an https URL" }),
});

export const quizOptionSchema = z.object({
  /** Stable within its question: it is the value the form posts. */
  id: idSchema,
  text: textSchema,
  correct: z.boolean(),
  /** Why this option is right or wrong, shown after grading whether or not it was chosen. */
  explanation: textSchema.min(30, "an explanation says why, in at least a sentence"),
  /** The primary source the explanation rests on. */
  source: quizSourceSchema,
});

export const quizQuestionSchema = z.object({
  /** Stable forever once published: saved progress refers to it. */
  id: idSchema,
  /** `single`: radio buttons, exactly one correct option. `multi`: checkboxes, select all that apply. */
  kind: z.enum(["single", "multi"]),
  prompt: textSchema,
  options: z.array(quizOptionSchema).min(2).max(MAX_OPTIONS),
});

export const quizSchema = z.object({
  /**
   * The course-map slug of the lesson this quiz closes. Longer than a question id may be
   * ("cookie-based-sessions"); progress.test.ts sizes the cookie for the course's longest slug.
   */
  slug: z.string().max(32).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slugs are kebab-case"),
  questions: z.array(quizQuestionSchema).min(1).max(MAX_QUESTIONS),
});

export type QuizSource = z.infer<typeof quizSourceSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
export type Quiz = z.infer<typeof quizSchema>;

export class QuizContentError extends Error {
  override name = "QuizContentError";
}

/** Rules zod's shape check cannot express; each problem names the question (and option) it is about. */
export function quizProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const seenQuestions = new Set<string>();
  for (const question of quiz.questions) {
    const where = `question "${question.id}"`;
    if (seenQuestions.has(question.id)) problems.push(`${where}: the id is used by more than one question`);
    seenQuestions.add(question.id);

    const seenOptions = new Set<string>();
    for (const option of question.options) {
      if (seenOptions.has(option.id)) problems.push(`${where}: option id "${option.id}" is used twice`);
      seenOptions.add(option.id);
    }
    const correct = question.options.filter((option) => option.correct).length;
    if (correct === 0) problems.push(`${where}: no option is marked correct`);
    if (question.kind === "single" && correct > 1) {
      problems.push(`${where}: a single-answer question needs exactly one correct option, found ${correct}`);
    }
    if (correct === question.options.length) problems.push(`${where}: every option is correct, so it tests nothing`);
  }
  return problems;
}

/**
 * Validates quiz content at import time, so a bad quiz fails the build and the unit tests.
 * `file` is the content file's path, named in the error so the author knows where to look.
 */
export function defineQuiz(file: string, data: unknown): Quiz {
  const parsed = quizSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`);
    throw new QuizContentError(`${file} is not a valid quiz:\n- ${lines.join("\n- ")}`);
  }
  const problems = quizProblems(parsed.data);
  if (problems.length > 0) throw new QuizContentError(`${file} is not a valid quiz:\n- ${problems.join("\n- ")}`);
  return parsed.data;
}

/** Turns a zod path like ["questions", 3, "options", 1, "explanation"] into ids a person can find. */
function describePath(data: unknown, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (const key of path) {
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const id = node && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
      const label = parts.at(-1) === "options" ? "option" : "question";
      parts.pop();
      parts.push(typeof id === "string" ? `${label} "${id}"` : `${label} #${key + 1}`);
    } else {
      parts.push(String(key));
    }
  }
  return parts.join(" › ") || "quiz";
}
