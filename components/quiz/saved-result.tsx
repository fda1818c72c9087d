import type { FormEvent } from "react";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";
import { FIELD } from "@/app/_lib/quiz/fields";
import { retryLabel } from "./score-summary";
import { secondaryButton } from "./styles";

type Props = {
  slug: string;
  saved: SavedProgress;
  action: (form: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
};

/** The result kept in the learner's cookie from an earlier visit, with a way to retry what they missed. */
export function SavedResult({ slug, saved, action, onSubmit, pending }: Props) {
  const when = new Date(saved.updatedAt);
  const date = Number.isNaN(when.getTime()) ? null : when.toLocaleDateString(undefined, { dateStyle: "medium" });
  return (
    <form
      action={action}
      onSubmit={onSubmit}
      aria-label="Your last result"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-sky-200 bg-sky-50 p-4 dark:border-sky-900 dark:bg-sky-950/50"
    >
      <input type="hidden" name={FIELD.slug} value={slug} />
      <p className="leading-7 text-sky-950 dark:text-sky-50">
        <span className="font-semibold">
          Your last result: {saved.score} of {saved.total}
        </span>
        {saved.best > saved.score && ` (best ${saved.best} of ${saved.total})`}
        {date && <span className="text-sky-900 dark:text-sky-100"> · {date}</span>}
      </p>
      {saved.missed.length > 0 ? (
        <button type="submit" name={FIELD.intent} value="retry" disabled={pending} className={secondaryButton}>
          {retryLabel(saved.missed.length)}
        </button>
      ) : (
        <p className="text-sky-950 dark:text-sky-50">You got every answer right.</p>
      )}
    </form>
  );
}
