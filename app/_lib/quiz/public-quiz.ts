import type { Quiz, QuizQuestion } from "@/content/quiz-schema";

/** A question as the browser may see it before grading: no `correct` flags, no explanations. */
export type PublicQuestion = {
  id: string;
  kind: QuizQuestion["kind"];
  prompt: string;
  options: { id: string; text: string }[];
};

export type PublicQuiz = { slug: string; questions: PublicQuestion[] };

/** Copies field by field (never spreads), so a field added to the schema later cannot leak by accident. */
export function toPublicQuiz(quiz: Quiz): PublicQuiz {
  return {
    slug: quiz.slug,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      options: q.options.map((o) => ({ id: o.id, text: o.text })),
    })),
  };
}
