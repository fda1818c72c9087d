import type { Quiz, QuizLab, QuizQuestion, QuizSource } from "@/content/quiz-schema";

/** What the learner sent: the questions they were shown and the options they chose for each. */
export type Submission = {
  /** Ids of the questions on the form, in order: all of them, or the ones missed last time. */
  asked: string[];
  /** Chosen option ids, by question id. */
  answers: Record<string, string[]>;
};

/** The learner's previous attempt, as kept in their cookie. Needed only to grade a retry. */
export type PreviousAttempt = { total: number; missed: string[] };

export type OptionFeedback = {
  id: string;
  correct: boolean;
  chosen: boolean;
  explanation: string;
  /** Where the explanation's claim comes from, shown as a link after it. */
  source: QuizSource;
};

export type QuestionResult = {
  id: string;
  correct: boolean;
  /** Set on a saved result whose choices the cookie no longer knows: `chosen` is then false throughout. */
  chosenUnknown?: true;
  options: OptionFeedback[];
  /** The heading id in the lesson that teaches this question, and the lab to try it: linked after the explanations. */
  section: string;
  lab?: QuizLab;
};

export type Grade = {
  /** Feedback for the questions asked this time, in quiz order. */
  results: QuestionResult[];
  /** Questions right overall: a retry counts the earlier right answers too. */
  score: number;
  total: number;
  /** Every question still wrong overall, in quiz order. */
  missed: string[];
  /** True when only previously missed questions were asked. */
  retry: boolean;
};

export type GradeErrorCode =
  | "nothing-asked"
  | "duplicate-question"
  | "unknown-question"
  | "not-asked"
  | "unknown-option"
  | "duplicate-option"
  | "too-many-options"
  | "unanswered"
  | "no-previous-attempt"
  | "not-missed";

export type GradeError = {
  code: GradeErrorCode;
  /** A sentence for the learner. */
  message: string;
  /** The questions the error is about, so the form can point at them. */
  questionIds: string[];
};

export type GradeOutcome = { ok: true; grade: Grade } | { ok: false; error: GradeError };

const fail = (code: GradeErrorCode, message: string, questionIds: string[] = []): GradeOutcome => ({
  ok: false,
  error: { code, message, questionIds },
});

/**
 * Grades a submission against the quiz. Pure: no cookies, no clock.
 * A multi-answer question is right only when the chosen set equals the correct set exactly.
 * Input that no honest form produces (unknown or duplicate ids) is rejected rather than guessed at.
 */
export function gradeQuiz(quiz: Quiz, submission: Submission, previous?: PreviousAttempt): GradeOutcome {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const { asked, answers } = submission;

  if (asked.length === 0) return fail("nothing-asked", "The form named no questions. Reload the page and try again.");
  const duplicates = asked.filter((id, i) => asked.indexOf(id) !== i);
  if (duplicates.length > 0) return fail("duplicate-question", `Question "${duplicates[0]}" was sent twice.`, duplicates);
  const unknown = asked.filter((id) => !byId.has(id));
  if (unknown.length > 0) return fail("unknown-question", `This quiz has no question "${unknown[0]}".`, unknown);

  const askedSet = new Set(asked);
  for (const [questionId, chosen] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) return fail("unknown-question", `This quiz has no question "${questionId}".`, [questionId]);
    if (!askedSet.has(questionId)) return fail("not-asked", `Question "${questionId}" was answered but not asked.`, [questionId]);
    const problem = checkChoice(question, chosen);
    if (problem) return problem;
  }

  const unanswered = asked.filter((id) => (answers[id]?.length ?? 0) === 0);
  if (unanswered.length > 0) {
    const count = unanswered.length === 1 ? "1 question is" : `${unanswered.length} questions are`;
    return fail("unanswered", `Answer every question before checking: ${count} still unanswered.`, unanswered);
  }

  const retry = asked.length < quiz.questions.length;
  let carried = new Set<string>();
  if (retry) {
    if (!previous || previous.total !== quiz.questions.length) {
      return fail(
        "no-previous-attempt",
        "Your earlier result was not found (or the quiz has changed since), so there is nothing to retry. Take the whole quiz again.",
      );
    }
    const missedBefore = new Set(previous.missed.filter((id) => byId.has(id)));
    const notMissed = asked.filter((id) => !missedBefore.has(id));
    if (notMissed.length > 0) {
      return fail("not-missed", "A retry may only ask the questions you missed last time. Take the whole quiz again.", notMissed);
    }
    // Missed before and not asked again this time: still missed.
    carried = new Set([...missedBefore].filter((id) => !askedSet.has(id)));
  }

  const results: QuestionResult[] = [];
  for (const question of quiz.questions) {
    if (!askedSet.has(question.id)) continue;
    results.push(resultFor(question, new Set(answers[question.id])));
  }
  const wrongNow = new Set(results.filter((r) => !r.correct).map((r) => r.id));
  const missed = quiz.questions.map((q) => q.id).filter((id) => wrongNow.has(id) || carried.has(id));
  const total = quiz.questions.length;
  return { ok: true, grade: { results, score: total - missed.length, total, missed, retry } };
}

/** Refuses a choice no honest form sends: an unknown or repeated option, or two answers to a one-answer question. */
export function checkChoice(question: QuizQuestion, chosen: string[]): GradeOutcome | undefined {
  const optionIds = new Set(question.options.map((o) => o.id));
  const unknown = chosen.find((id) => !optionIds.has(id));
  if (unknown !== undefined) {
    return fail("unknown-option", `Question "${question.id}" has no option "${unknown}".`, [question.id]);
  }
  if (new Set(chosen).size !== chosen.length) {
    return fail("duplicate-option", `An option of question "${question.id}" was sent twice.`, [question.id]);
  }
  if (question.kind === "single" && chosen.length > 1) {
    return fail("too-many-options", `Question "${question.id}" takes one answer, but ${chosen.length} were sent.`, [question.id]);
  }
  return undefined;
}

/** Where to learn and try a question, as a result carries it (only after grading, so the lesson's first HTML stays small). */
export function teachingOf(question: QuizQuestion): Pick<QuestionResult, "section" | "lab"> {
  return question.lab ? { section: question.section, lab: question.lab } : { section: question.section };
}

/** One question's feedback for the options chosen (unknown ids are simply not chosen). */
export function resultFor(question: QuizQuestion, chosen: Set<string>): QuestionResult {
  const options = question.options.map((o) => ({
    id: o.id,
    correct: o.correct,
    chosen: chosen.has(o.id),
    explanation: o.explanation,
    source: o.source,
  }));
  return { id: question.id, correct: options.every((o) => o.correct === o.chosen), options, ...teachingOf(question) };
}
