"use client";

import { useId, useState } from "react";
import type { ReplayResult, SandboxKind, Wire } from "@/app/_lib/sandbox/contract";
import { callApi, type ApiResult } from "./api-client";
import { CodeBox } from "./code-box";
import { tokenizeCookieHeader } from "./header-tokens";
import { Outcome } from "./outcome";
import { Tokens } from "./wire-view";
import { Button } from "./ui";
import type { SandboxKindApi } from "./use-sandbox-kind";
import { formatClock } from "./time-format";

const NOTES: Record<SandboxKind, string> = {
  sealed:
    "Logging out sends Max-Age=0, and your browser deletes the cookie. But the server kept no record of it, so a copy taken earlier — from a stolen laptop, a proxy log, malware — still carries a valid seal until its expiry.",
  jwt: "Logging out deletes the cookie in your browser, but the token itself stays valid: the server checks only its signature and exp, so any copy works until it expires.",
  server:
    "Logging out deletes the record in the store. A copy of the old cookie now points at nothing, so it is worthless the moment you log out.",
};

/**
 * Replay after logout: the sandbox kept the cookie you had before logging out and sends it
 * again, as someone holding a stolen copy would. Then the fix: a deny list keyed on the
 * session's own id (jti / seal id), checked on every request.
 */
export function ReplayLab({ api, kind }: { api: SandboxKindApi; kind: SandboxKind }) {
  const [check, setCheck] = useState(false);
  const [result, setResult] = useState<ReplayResult["replay"] | null>(null);
  const checkId = useId();
  const active = api.state.view?.status.state === "active";
  const label = active ? "Log out, then replay the old cookie" : "Replay the cookie from before logout";

  async function replay() {
    // In the two-step flow the wire worth showing is the logout's (its Max-Age=0), not the replay's.
    let logoutWire: Wire | null = null;
    const data = await api.run(
      label,
      "replay",
      async (): Promise<ApiResult<ReplayResult>> => {
        if (active) {
          const out = await callApi("logout", { kind, body: {} });
          if (!out.ok) return out;
          logoutWire = out.data.wire;
        }
        return callApi("replay", { kind, body: { revocationCheck: kind === "server" ? false : check } });
      },
      (r) => ({ view: r.view, wire: logoutWire ?? r.view.wire }),
    );
    if (data) setResult(data.replay);
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">{NOTES[kind]}</p>
      {kind !== "server" && (
        <div className="flex items-start gap-2">
          <input
            id={checkId}
            type="checkbox"
            checked={check}
            onChange={(event) => setCheck(event.target.checked)}
            className="mt-1 h-4 w-4 accent-sky-700 dark:accent-sky-400"
          />
          <label htmlFor={checkId} className="text-sm leading-6">
            <span className="font-medium">Turn on the fix: check a revocation list.</span> Logout records the session&apos;s id (
            {kind === "jwt" ? "the jti claim" : "an id inside the sealed payload"}) as revoked until it would have expired, and every request
            checks the list. It works — but now each request needs a server-side lookup, which is what stateless was meant to avoid.
          </label>
        </div>
      )}
      <div>
        <Button variant="primary" busy={api.state.busy === label} waiting={api.state.busy !== null} onClick={() => void replay()}>
          {label}
        </Button>
      </div>
      {result && (
        <div className="grid gap-2" role="group" aria-label="Replay result">
          <p className="text-sm">
            Replayed the copy saved at <time dateTime={new Date(result.savedAt).toISOString()}>{formatClock(result.savedAt)}</time>
            {kind !== "server" && <>, revocation check <strong>{result.revocationCheck ? "on" : "off"}</strong></>}:
          </p>
          <CodeBox text={result.cookieHeader} label="Replayed Cookie header" copyLabel="Copy the replayed Cookie header">
            <span className="font-semibold text-slate-700 dark:text-slate-300">Cookie: </span>
            {/* Names stay whole on a phone; only the long value breaks. */}
            <Tokens tokens={tokenizeCookieHeader(result.cookieHeader)} />
          </CodeBox>
          {/* The server's explanation says it all (and, when it matters, what to try next): said once, in the verdict. */}
          <Outcome status={result.outcome} acceptedText="Still accepted after logout" refusedText="Refused: the old cookie is dead." explanation={result.explanation} />
        </div>
      )}
    </div>
  );
}
