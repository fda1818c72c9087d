import { z } from "zod";
import { MAX_OPTIONS, MAX_QUESTIONS } from "@/content/quiz-schema";
import { FIELD, intents, type Intent } from "./fields";
import type { Submission } from "./grade";

export type QuizForm = { slug: string; intent: Intent; submission: Submission };

// Generous bounds: real ids are short; anything longer is not from our form.
const token = z.string().min(1).max(64);
const formSchema = z.object({
  slug: token,
  intent: z.enum(intents),
  asked: z.array(token).max(MAX_QUESTIONS),
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
  const raw = {
    slug: form.get(FIELD.slug),
    intent: form.get(FIELD.intent) ?? "check",
    asked: form.getAll(FIELD.asked),
  };
  const parsed = formSchema.safeParse(raw);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0] ?? "form";
    return { ok: false, message: `The quiz form was not understood (field "${String(field)}"). Reload the page and try again.` };
  }
  const { slug, intent, asked } = parsed.data;
  return { ok: true, form: { slug, intent, submission: { asked, answers } } };
}
