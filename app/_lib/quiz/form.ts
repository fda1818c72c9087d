import { z } from "zod";
import { MAX_OPTIONS, MAX_QUESTIONS } from "@/content/quiz-schema";
import { FIRST_SEED, isSeed } from "./shuffle";
import { FIELD, intents, type Intent } from "./fields";
import type { Submission } from "./grade";

export type QuizForm = {
  slug: string;
  intent: Intent;
  /** The question a "hint" or "reveal" intent is about. */
  target: string | null;
  /** The option order of the attempt on the form. */
  seed: number;
  /** Questions whose hint, and whose answer, the learner has already asked for. */
  hinted: string[];
  revealed: string[];
  submission: Submission;
};

// Generous bounds: real ids are short; anything longer is not from our form.
const token = z.string().min(1).max(64);
const formSchema = z.object({
  slug: token,
  intent: z.enum(intents),
  asked: z.array(token).max(MAX_QUESTIONS),
  seed: z.coerce.number().refine(isSeed, "not a seed").default(FIRST_SEED),
  hinted: z.array(token).max(MAX_QUESTIONS),
  revealed: z.array(token).max(MAX_QUESTIONS),
});

/**
 * Reads the quiz form into plain data. Only shape and size are checked here;
 * whether the ids exist is the grader's job, so its messages can name them.
 */
export function parseQuizForm(form: FormData): { ok: true; form: QuizForm } | { ok: false; message: string } {
  const answers: Record<string, string[]> = {};
  let answerFields = 0;
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(FIELD.answerPrefix)) continue;
    if (typeof value !== "string") return { ok: false, message: "Answers must be text." };
    if (++answerFields > MAX_QUESTIONS * MAX_OPTIONS) return { ok: false, message: "Too many answers were sent." };
    const id = name.slice(FIELD.answerPrefix.length);
    if (!token.safeParse(id).success || !token.safeParse(value).success) {
      return { ok: false, message: "An answer field was not understood. Reload the page and try again." };
    }
    // Object.hasOwn keeps "__proto__" and friends from reaching the prototype.
    if (!Object.hasOwn(answers, id)) Object.defineProperty(answers, id, { value: [], enumerable: true, writable: true });
    answers[id]!.push(value);
  }
  const rawIntent = form.get(FIELD.intent) ?? "check";
  // "hint:<id>" and "reveal:<id>" carry the question they are about.
  const peek = typeof rawIntent === "string" ? /^(hint|reveal):(.+)$/.exec(rawIntent) : null;
  const seed = form.get(FIELD.seed);
  const raw = {
    slug: form.get(FIELD.slug),
    intent: peek ? peek[1] : rawIntent,
    asked: form.getAll(FIELD.asked),
    seed: seed === null || seed === "" ? undefined : seed,
    hinted: form.getAll(FIELD.hinted),
    revealed: form.getAll(FIELD.revealed),
  };
  const target = peek ? peek[2]! : null;
  if (target !== null && !token.safeParse(target).success) {
    return { ok: false, message: "The quiz form was not understood (field \"intent\"). Reload the page and try again." };
  }
  const parsed = formSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] ?? "form";
    return { ok: false, message: `The quiz form was not understood (field "${String(field)}"). Reload the page and try again.` };
  }
  const { slug, intent, asked, seed: attemptSeed, hinted, revealed } = parsed.data;
  if ((intent === "hint" || intent === "reveal") && target === null) {
    return { ok: false, message: "The quiz form was not understood (field \"intent\"). Reload the page and try again." };
  }
  return { ok: true, form: { slug, intent, target, seed: attemptSeed, hinted, revealed, submission: { asked, answers } } };
}
