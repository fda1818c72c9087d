/** Shown while the sandbox page streams in; the shape matches the page so nothing jumps. */
export default function SandboxLoading() {
  return (
    <div role="status" aria-live="polite" className="grid max-w-3xl gap-4">
      <p className="text-lg font-semibold">Loading the sandbox…</p>
      <div aria-hidden="true" className="h-10 w-3/4 animate-pulse rounded-md bg-slate-200 dark:bg-slate-800" />
      <div aria-hidden="true" className="h-24 animate-pulse rounded-md bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}
