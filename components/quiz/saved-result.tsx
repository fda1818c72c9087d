import type { FormEvent, ReactNode } from "react";
import type { SavedProgress } from "@/app/_lib/quiz/quiz-state";
import { FIELD } from "@/app/_lib/quiz/fields";
import { resultPath } from "@/app/_lib/quiz/paths";
import { retryLabel } from "./score-summary";
import { secondaryButton } from "./styles";
import { textLink } from "@/components/text-link";

type Retry = {
  action: (form: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
};

type Props = {
  slug: string;
  /** undefined: not known yet (server render, no JavaScript, or still loading); null: nothing saved. */
  saved: SavedProgress | null | undefined;
  /**
   * Above the quiz's questions: the quiz form's action, for "Retry the ones I missed". Left out on the
   * lesson's quiz card, where the questions are a link away.
   */
  retry?: Retry;
};

/**
 * The widest text the "saved" layer can show, rendered (invisible) before the result is known so
 * the box is already as tall as it will be. Its date is a fixed string: formatting one would differ
 * between the server's locale and the browser's and break hydration.
 */
const WIDEST = { saved: { score: 20, total: 20, best: 20, attempts: 9999, missed: Array<string>(20).fill(""), updatedAt: "" }, detail: "Best 20 of 20 · Sep 30, 2026" };

/**
 * The learner's result from an earlier visit, above the quiz and on the lesson's quiz card. Its three states (not known yet,
 * saved, none) are stacked in one grid cell and only one is visible, so the box has the height
 * of the tallest from the first paint: the result arriving after hydration shifts nothing.
 * Without JavaScript the first state stays, with a link to the server-rendered result page.
 */
export function SavedResult({ slug, saved, retry }: Props) {
  const page = resultPath(slug);
  return (
    <section
      aria-label="Your last result"
      className="grid rounded-lg border border-sky-200 bg-sky-50 p-4 text-sky-950 dark:border-sky-900 dark:bg-sky-950/50 dark:text-sky-50"
    >
      <Layer shown={saved === undefined}>
        <Lines title="Taken this quiz before?" detail="Your result is kept in a sealed cookie in this browser." />
        <ResultLink href={page} hidden={saved !== undefined}>
          See your saved result, with explanations
        </ResultLink>
      </Layer>
      <Layer shown={saved !== undefined && saved !== null}>
        {saved ? (
          <SavedLayer slug={slug} saved={saved} detail={detailOf(saved)} page={page} retry={retry} shown />
        ) : (
          <SavedLayer slug={slug} {...WIDEST} page={page} retry={retry && { ...retry, pending: true }} shown={false} />
        )}
      </Layer>
      <Layer shown={saved === null}>
        <Lines
          title="No saved result in this browser yet."
          detail={retry ? "Answer below: your result and its explanations will be kept here." : "Take the quiz: your result and its explanations will be kept here."}
        />
      </Layer>
    </section>
  );
}

/** "Best 14 of 20 · 2 Dec 2026", in the browser's locale (this runs only once the result has arrived). */
function detailOf(saved: SavedProgress): string {
  const when = new Date(saved.updatedAt);
  const date = Number.isNaN(when.getTime()) ? null : when.toLocaleDateString(undefined, { dateStyle: "medium" });
  const best = saved.best > saved.score ? `Best ${saved.best} of ${saved.total}` : null;
  return [best, date].filter(Boolean).join(" · ") || "Saved in this browser";
}

type LayerProps = Omit<Props, "saved"> & { saved: SavedProgress; detail: string; page: string; shown: boolean };

function SavedLayer({ slug, saved, detail, page, retry, shown }: LayerProps) {
  const links = (
    <>
      <ResultLink href={page} hidden={!shown}>
        Explanations
      </ResultLink>
      {saved.missed.length === 0 && <span>Every answer right.</span>}
    </>
  );
  return (
    <>
      <Lines title={`Your last result: ${saved.score} of ${saved.total}`} detail={detail} />
      {retry ? (
        <form action={retry.action} onSubmit={retry.onSubmit} className={row}>
          <input type="hidden" name={FIELD.slug} value={slug} />
          {links}
          {saved.missed.length > 0 && (
            <button type="submit" name={FIELD.intent} value="retry" disabled={retry.pending} className={secondaryButton}>
              {retryLabel(saved.missed.length)}
            </button>
          )}
        </form>
      ) : (
        <p className={row}>{links}</p>
      )}
    </>
  );
}

const row = "flex flex-wrap items-center gap-x-4 gap-y-2";

/** One state of the box. Hidden states keep their size but are invisible and out of reach (inert). */
function Layer({ shown, children }: { shown: boolean; children: ReactNode }) {
  return (
    <div
      className={`col-start-1 row-start-1 flex flex-col gap-3 ${shown ? "" : "invisible"}`}
      inert={!shown}
      aria-hidden={shown ? undefined : true}
    >
      {children}
    </div>
  );
}

function Lines({ title, detail }: { title: string; detail: string }) {
  return (
    <p className="leading-7">
      <span className="block font-semibold">{title}</span>
      <span className="block text-sm text-sky-900 dark:text-sky-100">{detail}</span>
    </p>
  );
}

/** `hidden`: in an invisible layer, also out of the tab order (inert does that too, where supported). */
function ResultLink({ href, hidden, children }: { href: string; hidden: boolean; children: ReactNode }) {
  return (
    <a href={href} tabIndex={hidden ? -1 : undefined} className={`inline-flex min-h-11 items-center ${textLink}`}>
      {children}
    </a>
  );
}
