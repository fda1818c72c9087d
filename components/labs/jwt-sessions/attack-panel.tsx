"use client";

import { useId, useState } from "react";
import { ATTACK_IDS, ATTACK_TITLES, buildAttack, type Attack, type AttackId } from "@/app/_lib/labs/jwt-sessions/attacks";
import { naiveVerify, type NaiveResult } from "@/app/_lib/labs/jwt-sessions/naive";
import { callApi } from "@/components/sandbox/api-client";
import { Button } from "@/components/sandbox/ui";
import { afterPaint } from "@/components/labs/after-paint";
import { TokenParts } from "./token-view";
import { decodeToken } from "@/app/_lib/labs/jwt-sessions/decode";

type Run = { attack: Attack; naive: NaiveResult; sandbox: { accepted: boolean; reason: string | null; explanation: string } | { error: string } };

/**
 * Each button builds one attack token in the browser, runs it through the naive verifier (also in the
 * browser), and sends it, and only it, to the sandbox's own verifier, which refuses it with a reason.
 */
export function AttackPanel({ initial, onSelect, onInspect, announce }: { initial: AttackId | null; onSelect: (id: AttackId) => void; onInspect: (token: string) => void; announce: (text: string) => void }) {
  const ids = useId();
  const [running, setRunning] = useState<AttackId | null>(null);
  const [run, setRun] = useState<Run | null>(null);

  async function launch(id: AttackId) {
    setRunning(id);
    // The busy button paints first; the debugger's settings, crafting the token and the result come after.
    await afterPaint();
    onSelect(id);
    const now = Math.floor(Date.now() / 1000);
    const attack = await buildAttack(id, now);
    const naive = await naiveVerify(attack.token, { key: attack.naiveKey, hosted: attack.hosted, now });
    const answer = await callApi("jwtCheck", { body: { token: attack.token } });
    const sandbox = answer.ok
      ? answer.data.outcome.state === "active"
        ? { accepted: true, reason: null, explanation: answer.data.outcome.explanation }
        : { accepted: false, reason: answer.data.outcome.reason, explanation: answer.data.outcome.explanation }
      : { error: answer.message };
    setRun({ attack, naive, sandbox });
    setRunning(null);
    const sandboxText = "error" in sandbox ? `the sandbox did not answer (${sandbox.error})` : sandbox.accepted ? "the sandbox accepted it" : `the sandbox refused it: ${sandbox.reason}`;
    announce(`${attack.title}: the naive verifier ${naive.accepted ? "accepted" : "refused"} it; ${sandboxText}.`);
  }

  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-3">
      <h3 id={`${ids}-h`} className="text-lg font-semibold">5. Attacks</h3>
      <p className="text-sm">
        Each button crafts its attack token here, checks it with a <strong>naive verifier that runs only in this page</strong> (written the way vulnerable code was), and
        sends that token, and nothing else, to the sandbox&apos;s JWT verifier.
      </p>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Attacks">
        {ATTACK_IDS.map((id) => (
          <Button key={id} onClick={() => void launch(id)} busy={running === id} waiting={running !== null && running !== id} aria-pressed={(run?.attack.id ?? initial) === id}>
            {ATTACK_TITLES[id]}
          </Button>
        ))}
      </div>
      {run && (
        <div className="space-y-3 rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
          <h4 className="font-semibold">{run.attack.title}</h4>
          <p>{run.attack.how}</p>
          {run.attack.finding && <p>{run.attack.finding}</p>}
          <TokenParts segments={decodeToken(run.attack.token).segments} />
          <div className="grid gap-3 sm:grid-cols-2">
            <div className="rounded-md border border-dashed border-red-700 p-2 dark:border-red-400">
              <p className="font-semibold">Naive verifier (teaching only): {run.naive.accepted ? "ACCEPTED ✗" : "refused"}</p>
              <ol className="mt-1 list-decimal space-y-0.5 pl-5">
                {run.naive.steps.map((step, i) => (
                  <li key={i}>{step}</li>
                ))}
              </ol>
            </div>
            <div className="rounded-md border border-emerald-700 p-2 dark:border-emerald-400">
              <p className="font-semibold">
                The sandbox&apos;s verifier (on the server):{" "}
                {"error" in run.sandbox ? "no answer" : run.sandbox.accepted ? "accepted" : `REFUSED ✓ (${run.sandbox.reason})`}
              </p>
              <p className="mt-1">{"error" in run.sandbox ? run.sandbox.error : run.sandbox.explanation}</p>
              <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">It stops at the first check that fails: pinned HS256, its own keys by kid, then the signature, then the claims.</p>
            </div>
          </div>
          <p>
            <strong>Fix:</strong> {run.attack.fix} <span className="text-slate-600 dark:text-slate-400">({run.attack.source})</span>
          </p>
          <Button onClick={() => onInspect(run.attack.token)}>Inspect this token in the decoder</Button>
        </div>
      )}
    </section>
  );
}
