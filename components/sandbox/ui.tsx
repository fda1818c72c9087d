import type { ButtonHTMLAttributes, ReactNode } from "react";

/** Shared look of sandbox controls; kept here so every panel reads the same. */
export const inputClass =
  "block w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400 dark:aria-invalid:border-red-400";

const variants = {
  primary: "bg-sky-700 text-white hover:bg-sky-800 dark:bg-sky-400 dark:text-slate-950 dark:hover:bg-sky-300",
  secondary:
    "border border-slate-400 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950",
} as const;

export function Button({
  variant = "secondary",
  busy = false,
  waiting = false,
  unavailable = false,
  className = "",
  children,
  onClick,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: keyof typeof variants;
  /** This button's own request is in flight. */
  busy?: boolean;
  /** Another request is in flight: the button says so (aria-disabled) but keeps focus, unlike `disabled`. */
  waiting?: boolean;
  /** The action needs something first (a session, say): the button keeps focus and its described reason, but does nothing. */
  unavailable?: boolean;
}) {
  const inert = busy || waiting || unavailable;
  return (
    // No colour transition on hover: it drew about nine extra frames per hover, each repainting the lab around the
    // button, and on a slow phone those frames ran just before the click (bench/FINDINGS.md, "Lab frames").
    // isolate: a stacking context whether dimmed (aria-disabled:opacity-70) or not, so going busy or waiting changes
    // only an opacity value instead of adding and removing a paint layer in the click's frame.
    <button
      type="button"
      {...props}
      onClick={inert ? undefined : onClick}
      aria-busy={busy || undefined}
      aria-disabled={inert || undefined}
      className={`isolate inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium aria-disabled:opacity-70 ${unavailable ? "cursor-not-allowed" : "aria-disabled:cursor-progress"} ${variants[variant]} ${className}`}
    >
      {busy && <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-current border-r-transparent" />}
      {children}
    </button>
  );
}

export function SectionHeading({ id, children, level = 3 }: { id?: string; children: ReactNode; level?: 3 | 4 }) {
  const Tag = level === 3 ? "h3" : "h4";
  return (
    // scroll-mt: a link to a lab (/sandbox?kind=server#server-fixation) lands below the sticky header.
    <Tag id={id} className="scroll-mt-20 text-lg font-semibold tracking-tight">
      {children}
    </Tag>
  );
}

export function Card({ children, className = "", labelledBy }: { children: ReactNode; className?: string; labelledBy?: string }) {
  return (
    <section
      aria-labelledby={labelledBy}
      className={`rounded-lg border border-slate-200 bg-white p-4 sm:p-5 dark:border-slate-800 dark:bg-slate-950 ${className}`}
    >
      {children}
    </section>
  );
}

/**
 * Errors of the last action, announced at once; empty otherwise so it is already in the tree.
 * `kept`: the refusal changed nothing the page shows. `ended`: the server had no session any more
 * (an idle timeout, say), and the page now shows that; the two are never said together.
 */
export function AlertRegion({ error, kept = true, ended = false }: { error: { message: string; status: number } | null; kept?: boolean; ended?: boolean }) {
  return (
    <div role="alert">
      {error && (
        <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm leading-6 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100">
          <p className="font-semibold">{error.status > 0 ? `The server said no (${error.status})` : "No answer from the server"}</p>
          <p>{error.message}</p>
          {ended ? (
            <p className="mt-1 text-red-900 dark:text-red-200">Your session had already ended on the server, so it was lost: the page now shows it as ended. Log in again to go on.</p>
          ) : (
            kept && <p className="mt-1 text-red-900 dark:text-red-200">Nothing you had was lost: what the page shows is still what the server holds.</p>
          )}
        </div>
      )}
    </div>
  );
}
