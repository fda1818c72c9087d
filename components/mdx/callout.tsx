import type { ReactNode } from "react";

export type CalloutVariant = "pitfall" | "note" | "deep-dive";

/** How each callout looks and what it is called. Add a variant here, not a new component. */
const variantMap: Record<CalloutVariant, { label: string; box: string; accent: string; icon: ReactNode }> = {
  pitfall: {
    label: "Pitfall",
    box: "border-amber-300 bg-amber-50 dark:border-amber-500/40 dark:bg-amber-950/40",
    accent: "text-amber-900 dark:text-amber-300",
    icon: <path d="M12 3 2 21h20L12 3Zm0 6v5m0 3.5v.5" />,
  },
  note: {
    label: "Note",
    box: "border-sky-300 bg-sky-50 dark:border-sky-500/40 dark:bg-sky-950/40",
    accent: "text-sky-900 dark:text-sky-300",
    icon: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v6m0-9.5V7" />,
  },
  "deep-dive": {
    label: "Deep dive",
    box: "border-violet-300 bg-violet-50 dark:border-violet-500/40 dark:bg-violet-950/40",
    accent: "text-violet-900 dark:text-violet-300",
    icon: <path d="M4 5h16M4 12h16M4 19h10" />,
  },
};

type Props = { type: CalloutVariant; title: string; children: ReactNode };

/**
 * Pitfalls and notes are always open. A deep dive is optional reading, folded in a <details>
 * so it opens and closes without JavaScript.
 */
export function Callout({ type, title, children }: Props) {
  const variant = variantMap[type];
  if (!variant) {
    throw new Error(`<Callout type="${String(type)}">: type must be one of ${Object.keys(variantMap).join(", ")}`);
  }
  if (!title?.trim()) {
    throw new Error(`<Callout type="${type}"> needs a title="…" that says what the callout is about`);
  }
  const heading = (
    <span className="flex items-baseline gap-2">
      <svg aria-hidden="true" viewBox="0 0 24 24" className={`h-4 w-4 shrink-0 translate-y-0.5 ${variant.accent}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        {variant.icon}
      </svg>
      <span>
        <span className={`block text-xs font-bold uppercase tracking-wider ${variant.accent}`}>{variant.label}</span>
        <span className="block text-base font-semibold text-slate-900 dark:text-slate-50">{title}</span>
      </span>
    </span>
  );
  const body = <div className="mt-2 text-slate-800 dark:text-slate-200 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>;

  if (type === "deep-dive") {
    return (
      <details className={`group my-8 rounded-lg border px-5 py-4 ${variant.box}`}>
        <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded [&::-webkit-details-marker]:hidden">
          {heading}
          <span className="shrink-0 rounded-md border border-violet-300 px-2 py-1 text-xs font-medium text-violet-900 dark:border-violet-500/50 dark:text-violet-200">
            <span className="group-open:hidden">Show</span>
            <span className="hidden group-open:inline">Hide</span>
          </span>
        </summary>
        <div className="mt-3">{body}</div>
      </details>
    );
  }
  return (
    // role="note", not <aside>: a dozen complementary landmarks in one article would drown the real ones.
    <div role="note" aria-label={`${variant.label}: ${title}`} className={`my-8 rounded-lg border px-5 py-4 ${variant.box}`}>
      {heading}
      {body}
    </div>
  );
}
