import type { SessionStatus } from "@/app/_lib/sandbox/contract";

/** A server verdict on a request: accepted (as whom) or no session (and why), in words and colour. */
export function Outcome({
  status,
  acceptedText,
  refusedText,
  explanation,
}: {
  status: SessionStatus;
  acceptedText: string;
  refusedText: string;
  /** The lab's own account, when it says more than the status does; the box then says it once. */
  explanation?: string;
}) {
  const accepted = status.state === "active";
  return (
    <div
      className={`rounded-md border px-3 py-2 text-sm leading-6 ${
        accepted
          ? "border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
          : "border-emerald-400 bg-emerald-50 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950/50 dark:text-emerald-100"
      }`}
    >
      <p className="font-semibold">
        {accepted ? `${acceptedText}${status.user ? ` as “${status.user}”` : ""}` : refusedText}
        {status.state === "none" && (
          <>
            {" "}
            <span className="font-mono text-xs font-medium">reason: {status.reason}</span>
          </>
        )}
      </p>
      <p>{explanation ?? status.explanation}</p>
    </div>
  );
}
