import type { ReviewRef } from "@/app/_lib/quiz/review";
import { refKey } from "@/app/_lib/quiz/review";
import type { PublicQuestion } from "@/app/_lib/quiz/public-quiz";
import { findLesson } from "@/content/course-map";
import { findQuiz } from "@/content/quizzes";

/**
 * A review's questions as the quiz components draw them. Ids become "lesson/question", so answer fields,
 * anchors and results stay apart when two lessons use the same question id.
 */
export function reviewQuestions(refs: readonly ReviewRef[]): { ref: ReviewRef; lessonTitle: string; question: PublicQuestion }[] {
  return refs.flatMap((ref) => {
    const question = findQuiz(ref.slug)?.questions.find((q) => q.id === ref.questionId);
    const lesson = findLesson(ref.slug);
    if (!question || !lesson) return [];
    return [
      {
        ref,
        lessonTitle: lesson.shortTitle,
        question: { id: refKey(ref), kind: question.kind, prompt: question.prompt, options: question.options.map((o) => ({ id: o.id, text: o.text })) },
      },
    ];
  });
}
