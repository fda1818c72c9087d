"use client";

import { useId, useState } from "react";
import type { SandboxKind, TamperRequest, TamperResult } from "@/app/_lib/sandbox/contract";
import { callApi } from "./api-client";
import { Outcome } from "./outcome";
import { Button } from "./ui";
import type { SandboxKindApi } from "./use-sandbox-kind";

type Where = NonNullable<TamperRequest["where"]>;

const TARGETS: Record<SandboxKind, { where: Where; label: string }[]> = {
  sealed: [
    { where: "payload", label: "Flip a byte of the ciphertext" },
    { where: "signature", label: "Flip a byte of the HMAC" },
    { where: "signature-end", label: "Change the HMAC's last character" },
  ],
  server: [{ where: "payload", label: "Flip a character of the session ID" }],
  jwt: [
    { where: "payload", label: "Flip a byte of the claims" },
    { where: "signature", label: "Flip a byte of the signature" },
    { where: "signature-end", label: "Change the signature's last character" },
    { where: "alg-none", label: "Re-encode as alg: none" },
  ],
};

/** A base64url JSON segment decoded for display, or null when it is not one. */
function decodeSegment(segment: string): string | null {
  try {
    const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Shows `text` around `index` with the changed character marked. */
function Excerpt({ text, index, length = 1 }: { text: string; index: number; length?: number }) {
  if (index < 0) return <span className="[overflow-wrap:anywhere]">{text}</span>;
  const from = Math.max(0, index - 24);
  const to = Math.min(text.length, index + length + 24);
  return (
    <span className="[overflow-wrap:anywhere]">
      {from > 0 && "…"}
      {text.slice(from, index)}
      <mark className="rounded-sm bg-amber-300 px-0.5 text-slate-950 dark:bg-amber-400">{text.slice(index, index + length)}</mark>
      {text.slice(index + length, to)}
      {to < text.length && "…"}
    </span>
  );
}

/** Tamper: change one character of the cookie and let the server judge the forgery. */
export function TamperLab({ api, kind }: { api: SandboxKindApi; kind: SandboxKind }) {
  const [result, setResult] = useState<TamperResult["tamper"] | null>(null);
  const reasonId = useId();
  // The forgery is made from the cookie the browser sends: without a session there is nothing to copy.
  const active = api.state.view?.status.state === "active";

  async function tamper(where: Where, label: string) {
    const data = await api.run(label, "tamper", () => callApi("tamper", { kind, body: { where } }), (r) => ({
      view: r.view,
      wire: r.view.wire,
    }));
    if (data) setResult(data.tamper);
  }

  return (
    <div className="grid gap-3">
      <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">
        The server takes a copy of the cookie your browser just sent, changes one character{kind === "jwt" && " (or swaps the header for alg: none)"},
        and runs its normal checks on the forgery. Your real cookie is not touched.{kind !== "server" &&
          " One change is accepted on purpose: the signature's last character carries a few bits that decoding ignores, so it can change without changing the signature."}
      </p>
      <div className="flex flex-wrap gap-2">
        {TARGETS[kind].map((target) => (
          <Button
            key={target.where}
            busy={api.state.busy === target.label}
            waiting={api.state.busy !== null}
            unavailable={!active}
            aria-describedby={active ? undefined : reasonId}
            onClick={() => void tamper(target.where, target.label)}
          >
            {target.label}
          </Button>
        ))}
      </div>
      {!active && (
        <p id={reasonId} className="text-sm text-slate-600 dark:text-slate-400">
          Log in first (above): the lab forges a copy of the session cookie your browser sends, and there is none yet.
        </p>
      )}
      {result && (
        <div className="grid gap-2" aria-label="Tamper result" role="group">
          <dl className="grid gap-1 rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-[13px] leading-6 dark:border-slate-700 dark:bg-slate-900">
            <div>
              <dt className="inline font-sans font-semibold">Original: </dt>
              <dd className="inline">
                <Excerpt text={result.original} index={result.index} />
              </dd>
            </div>
            <div>
              <dt className="inline font-sans font-semibold">Forged: </dt>
              <dd className="inline">
                <Excerpt text={result.tampered} index={result.index} />
              </dd>
            </div>
            <div className="font-sans">
              <dt className="inline font-semibold">Change: </dt>
              <dd className="inline">
                {result.index < 0 ? (
                  <>
                    header rewritten to <code className="font-mono [overflow-wrap:anywhere]">{result.after}</code>
                    {decodeSegment(result.after) && (
                      <>
                        {" "}
                        = <code className="font-mono">{decodeSegment(result.after)}</code>, and the signature dropped
                      </>
                    )}
                  </>
                ) : (
                  <>
                    <code className="font-mono">{result.before}</code> → <code className="font-mono">{result.after}</code> in the {result.part}
                  </>
                )}
              </dd>
            </div>
          </dl>
          <Outcome
            status={result.outcome}
            acceptedText={result.where === "signature-end" ? "Accepted: the same signature, spelled differently" : "The forgery was accepted"}
            refusedText="The server rejected the forgery: no session."
          />
          <p className="text-sm leading-6">{result.explanation}</p>
        </div>
      )}
    </div>
  );
}
