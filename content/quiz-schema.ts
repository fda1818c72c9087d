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

/** A glossary term id (content/glossary.ts); quizzes.test.ts checks that each one exists. */
const termIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a term id is a glossary id, kebab-case");

/** A heading id in the lesson, as rehype-slug makes it (github-slugger): no leading `#`. */
const sectionSchema = z.string().regex(/^[a-z0-9_]+(-[a-z0-9_]+)*$/, "a section is a heading id without `#`, as rehype-slug makes it");

/**
 * Where the learner can try what a question tests: a lesson lab (`/lessons/<slug>#lab-<lab id>`) or a
 * sandbox lab (`/sandbox?kind=<kind>#<kind>-<part>`, `/sandbox#load-balancing`). Site-relative, always
 * with an anchor, so the link lands on the lab itself. `label` is the link text after "Try it:".
 */
export const quizLabSchema = z.object({
  href: z
    .string()
    .regex(/^\/(lessons\/[a-z0-9-]+|sandbox)(\?[a-z]+=[a-z0-9-]+)?#[a-z0-9-]+$/, "a lab link is /lessons/<slug>#<anchor> or /sandbox[?kind=…]#<anchor>"),
  label: z.string().trim().min(3).max(80),
});

export const quizQuestionSchema = z.object({
  /** Stable forever once published: saved progress refers to it. */
  id: idSchema,
  /** `single`: radio buttons, exactly one correct option. `multi`: checkboxes, select all that apply. */
  kind: z.enum(["single", "multi"]),
  prompt: textSchema,
  options: z.array(quizOptionSchema).min(2).max(MAX_OPTIONS),
  /** The glossary terms this question tests (1–4), most central first. Review and search link them. */
  terms: z.array(termIdSchema).min(1, "a question tests at least one glossary term").max(4),
  /**
   * A nudge shown before the answer when the learner checks this question: what to think about,
   * never the answer. It may not contain a correct option's text as whole words (quizProblems checks, for
   * answers of four characters or more).
   */
  hint: textSchema.min(20, "a hint is at least a short sentence").max(240, "a hint is at most 240 characters"),
  /** The id of the heading in lessons/<slug>/index.mdx that teaches this (quizzes.test.ts checks it exists). */
  section: sectionSchema,
  /** Optional: the lab that lets the learner try it. */
  lab: quizLabSchema.optional(),
});

export const quizSchema = z.object({
  /** The course-map slug of the lesson this quiz closes. */
  slug: idSchema,
  questions: z.array(quizQuestionSchema).min(1).max(MAX_QUESTIONS),
});

export type QuizSource = z.infer<typeof quizSourceSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizLab = z.infer<typeof quizLabSchema>;
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
    if (new Set(question.terms).size !== question.terms.length) problems.push(`${where}: a term is listed twice`);
    const hint = ` ${normalise(question.hint)} `;
    for (const option of question.options) {
      const answer = normalise(option.text).replace(/[.!?]+$/, "");
      // Whole words only, and not one-letter answers: a hint may say "a", not "Leave the Domain attribute out".
      if (option.correct && answer.length >= 4 && new RegExp(`\\W${escapeRegExp(answer)}\\W`).test(hint)) {
        problems.push(`${where}: the hint gives the answer away (it contains option "${option.id}")`);
      }
    }
  }
  return problems;
}

/** Lower case, backticks and runs of spaces dropped: so a hint that quotes an answer is caught however it is formatted. */
const normalise = (text: string) => text.toLowerCase().replaceAll("`", "").replace(/\s+/g, " ").trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
