import { FIELD } from "./fields";
import type { PublicQuiz } from "./public-quiz";

/**
 * A learner's unsubmitted answers, kept in sessionStorage per lesson while the quiz is open, so that
 * following a question's "Read the lesson section" link (now another page) and coming back does not
 * lose them. Only option ids: nothing here is graded or trusted, the server grades what is posted.
 * Plain functions, no storage access, so they run in unit tests; use-quiz-draft.ts does the I/O.
 */
export type Draft = Record<string, string[]>;

/** One key per lesson, so two lessons' quizzes open in one tab keep their own answers. */
export const draftKey = (slug: string) => `quiz-draft:${slug}`;

const VERSION = 1;
/** Far above any quiz (the schema allows 20 questions of at most a handful of options); stops a tampered value from growing the work. */
const MAX_RAW_LENGTH = 20_000;

/** The answers a quiz form holds now: every `answer:<questionId>` field, in form order. */
export function draftFromForm(form: FormData): Draft {
  const draft: Draft = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(FIELD.answerPrefix) || typeof value !== "string") continue;
    const id = name.slice(FIELD.answerPrefix.length);
    (draft[id] ??= []).push(value);
  }
  return draft;
}

/** What goes into storage, or null when nothing is answered (the caller then removes the key). */
export function encodeDraft(draft: Draft): string | null {
  const answered = Object.entries(draft).filter(([, options]) => options.length > 0);
  return answered.length === 0 ? null : JSON.stringify({ v: VERSION, chosen: Object.fromEntries(answered) });
}

/**
 * A stored draft, checked against the quiz it is restored into: unknown questions and options are
 * dropped (the quiz may have changed since), a one-answer question keeps at most one option, and
 * anything unreadable gives an empty draft rather than an error.
 */
export function decodeDraft(raw: string | null, quiz: PublicQuiz): Draft {
  if (!raw || raw.length > MAX_RAW_LENGTH) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(parsed) || parsed.v !== VERSION || !isRecord(parsed.chosen)) return {};
  const chosen = parsed.chosen;
  const draft: Draft = {};
  for (const question of quiz.questions) {
    const stored = Object.hasOwn(chosen, question.id) ? chosen[question.id] : undefined;
    if (!Array.isArray(stored)) continue;
    const ids = new Set(question.options.map((o) => o.id));
    const known = [...new Set(stored)].filter((id): id is string => typeof id === "string" && ids.has(id));
    const kept = question.kind === "single" ? known.slice(0, 1) : known;
    if (kept.length > 0) draft[question.id] = kept;
  }
  return draft;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
