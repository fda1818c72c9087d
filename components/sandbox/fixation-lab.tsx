"use client";

import { useId, useState } from "react";
import type { FixationRequest, FixationResult } from "@/app/_lib/sandbox/contract";
import { callApi, type ApiResult } from "./api-client";
import { Outcome } from "./outcome";
import { Button, inputClass } from "./ui";
import type { SandboxKindApi } from "./use-sandbox-kind";

type Mode = FixationRequest["mode"];
type Step = FixationResult["fixation"];

const STEP_TITLES: Record<Step["step"], string> = {
  reset: "Start clean",
  plant: "1. The attacker plants a session ID they know",
  login: "2. You log in",
  attacker: "3. The attacker sends the planted ID",
};

/**
 * Session fixation in three steps. The vulnerable mode keeps the planted ID through login;
 * it is switched on per request for this lab only and exists nowhere else in the sandbox.
 */
export function FixationLab({ api }: { api: SandboxKindApi }) {
  const [mode, setMode] = useState<Mode>("vulnerable");
  const [name, setName] = useState("victim");
  const [steps, setSteps] = useState<Step[]>([]);
  const group = useId();
  const nameId = useId();
  const label = "Run the attack";

  async function attack() {
    const done: Step[] = [];
    setSteps([]);
    const data = await api.run(
      label,
      "fixation",
      async (): Promise<ApiResult<FixationResult>> => {
        let last: ApiResult<FixationResult> | null = null;
        for (const step of ["reset", "plant", "login", "attacker"] as const) {
          last = await callApi("fixation", { body: step === "login" ? { mode, step, name } : { mode, step } });
          if (!last.ok) return last;
          if (step !== "reset") done.push(last.data.fixation);
        }
        return last!;
      },
      (r) => ({ view: r.view, wire: r.view.wire }),
    );
    if (data) setSteps(done);
  }

  async function reset() {
    const data = await api.run(
      "Reset the lab",
      "fixation",
      () => callApi("fixation", { body: { mode, step: "reset" } }),
      (r) => ({ view: r.view, wire: r.view.wire }),
    );
    if (data) setSteps([]);
  }

  const modes: { value: Mode; title: string; about: string }[] = [
    {
      value: "vulnerable",
      title: "Vulnerable: keep the ID at login",
      about: "Exists only inside this sandbox, for this lab. The rest of the sandbox always regenerates.",
    },
    { value: "regenerate", title: "Fixed: regenerate the ID at login", about: "What every real login should do (OWASP: renew the ID on any privilege change)." },
  ];

  return (
    <div className="grid gap-4">
      <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">
        The attacker first gets a valid, anonymous session ID from this server, then makes your browser use it. In real life that
        takes a sibling subdomain setting a cookie for the parent domain (the __Host- prefix on our cookies blocks this), an XSS hole,
        or an app that accepts session IDs in the URL (this one ignores them). If login then keeps that ID, the attacker, who knows
        it, is logged in as you.
      </p>
      <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">
        Running the attack replaces this tab&apos;s server-side session with the lab&apos;s: the planted ID, then a login under the name below.
      </p>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-semibold">Server behaviour at login</legend>
        {modes.map((option) => (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={`${group}-${option.value}`}
              name={`${group}-mode`}
              value={option.value}
              checked={mode === option.value}
              onChange={() => setMode(option.value)}
              className="mt-1 h-4 w-4 accent-sky-700 dark:accent-sky-400"
            />
            <label htmlFor={`${group}-${option.value}`} className="text-sm leading-6">
              <span className="font-medium">{option.title}</span>
              {option.value === "vulnerable" && (
                <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-950 dark:text-red-200">
                  deliberately unsafe
                </span>
              )}
              <span className="block text-slate-600 dark:text-slate-400">{option.about}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="max-w-xs">
        <label htmlFor={nameId} className="block text-sm font-medium">
          You log in as
        </label>
        <input id={nameId} className={`mt-1 ${inputClass}`} value={name} autoComplete="off" onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" busy={api.state.busy === label} waiting={api.state.busy !== null} onClick={() => void attack()}>
          {label}
        </Button>
        <Button busy={api.state.busy === "Reset the lab"} waiting={api.state.busy !== null} onClick={() => void reset()}>
          Reset the lab
        </Button>
      </div>
      {steps.length > 0 && (
        <ol className="grid gap-3" aria-label="Attack steps">
          {steps.map((step) => (
            <li key={step.step} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <h5 className="text-sm font-semibold">{STEP_TITLES[step.step]}</h5>
              <dl className="mt-1 grid gap-x-3 font-mono text-[13px] leading-6 sm:grid-cols-[max-content_1fr]">
                <dt className="font-sans font-medium">Attacker&apos;s ID</dt>
                <dd className="[overflow-wrap:anywhere]">{step.attackerId ?? "—"}</dd>
                <dt className="font-sans font-medium">Your ID</dt>
                <dd className="[overflow-wrap:anywhere]">
                  {step.victimId ?? "—"}
                  {step.victimId && step.attackerId && (
                    <span className="ml-2 font-sans text-xs font-semibold">
                      {step.victimId === step.attackerId ? "(the same: the attacker knows it)" : "(different: the planted one is useless)"}
                    </span>
                  )}
                </dd>
              </dl>
              {step.attackerSees && (
                <div className="mt-2">
                  <Outcome status={step.attackerSees} acceptedText="The attacker is logged in" refusedText="The attacker gets no session." />
                </div>
              )}
              <p className="mt-2 text-sm leading-6">{step.explanation}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
