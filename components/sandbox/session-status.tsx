"use client";

import type { SandboxKind, SandboxView } from "@/app/_lib/sandbox/contract";
import { Countdown } from "./countdown";

const DEADLINE_HINTS = {
  expiresAt: {
    sealed: { label: "Seal expires", hint: "Written into the seal. Until then, any copy of this cookie opens the session." },
    jwt: { label: "Token expires (exp)", hint: "Written into the token. Until then, any copy of it is accepted." },
  },
  idle: { label: "Idle timeout", hint: "Every request pushes it back; stay away this long and the store forgets you." },
  absolute: { label: "Absolute timeout", hint: "Fixed at login. No amount of activity extends it." },
} as const;

/** Who the server thinks you are right now, and when that stops being true. */
export function SessionStatus({ kind, view, offset, failed }: { kind: SandboxKind; view: SandboxView | null; offset: number; failed: boolean }) {
  if (!view) return <p className="text-sm text-slate-600 dark:text-slate-400">{failed ? "The server has not answered yet." : "Asking the server…"}</p>;
  const { status, deadlines } = view;
  return (
    <div className="grid gap-3">
      {status.state === "active" ? (
        <p className="text-lg">
          {status.anonymous || status.user === "" ? (
            <strong>Anonymous session</strong>
          ) : (
            <>
              Logged in as <strong className="text-sky-800 dark:text-sky-300">{status.user}</strong>
            </>
          )}
        </p>
      ) : (
        <p className="text-lg">
          <strong>No session</strong>{" "}
          <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200">{status.reason}</span>
        </p>
      )}
      {status.state === "active" && (
        <div className="grid gap-2 sm:grid-cols-2">
          {kind !== "server" && deadlines.expiresAt !== null && (
            <Countdown
              label={DEADLINE_HINTS.expiresAt[kind].label}
              hint={DEADLINE_HINTS.expiresAt[kind].hint}
              deadline={deadlines.expiresAt}
              offset={offset}
            />
          )}
          {deadlines.idleExpiresAt !== null && (
            <Countdown label={DEADLINE_HINTS.idle.label} hint={DEADLINE_HINTS.idle.hint} deadline={deadlines.idleExpiresAt} offset={offset} />
          )}
          {deadlines.absoluteExpiresAt !== null && (
            <Countdown label={DEADLINE_HINTS.absolute.label} hint={DEADLINE_HINTS.absolute.hint} deadline={deadlines.absoluteExpiresAt} offset={offset} />
          )}
        </div>
      )}
    </div>
  );
}
