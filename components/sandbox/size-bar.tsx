/** Browsers must store at least 4096 bytes per cookie (RFC 6265 §6.1) and ignore bigger ones. */
export const COOKIE_LIMIT = 4096;

/** The cookie's bytes against the limit, as text (for everyone) and a bar (for the eye). */
export function SizeBar({ bytes, label }: { bytes: number; label: string }) {
  const share = Math.min(1, bytes / COOKIE_LIMIT);
  const tone = share > 0.9 ? "bg-red-600 dark:bg-red-400" : share > 0.6 ? "bg-amber-500 dark:bg-amber-400" : "bg-sky-700 dark:bg-sky-400";
  return (
    <div>
      <p className="text-sm">
        <span className="font-semibold tabular-nums">{bytes.toLocaleString("en")}</span> of {COOKIE_LIMIT.toLocaleString("en")} bytes{" "}
        <span className="text-slate-600 dark:text-slate-400">({Math.round(share * 100)}%) — {label}</span>
      </p>
      <div aria-hidden="true" className="mt-1 h-3 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div className={`h-full rounded-full ${tone}`} style={{ width: `${Math.max(share * 100, 0.5)}%` }} />
      </div>
    </div>
  );
}
