"use client";

import { useEffect, useId, useState } from "react";
import type { DevicesRequest, DevicesResult, SessionStatus } from "@/app/_lib/sandbox/contract";
import { callApi } from "./api-client";
import { Button } from "./ui";
import type { SandboxKindApi } from "./use-sandbox-kind";

type Devices = DevicesResult["devices"];

function StatusText({ status }: { status: SessionStatus }) {
  return status.state === "active" ? (
    <span>
      <span aria-hidden="true">● </span>signed in{status.user ? ` as ${status.user}` : ""}
    </span>
  ) : (
    <span>
      <span aria-hidden="true">○ </span>signed out <span className="font-mono text-xs">({status.reason})</span>
    </span>
  );
}

const LABELS: Record<DevicesRequest["step"], string> = {
  list: "Refresh the list",
  add: "Log in on another device",
  request: "Send a request",
  "sign-out-others": "Sign out everywhere else",
  reset: "Reset the lab",
};

/**
 * "Your sessions" for the server kind: other devices are real sessions in the store for the same user,
 * so signing out everywhere else deletes their records and their next request is refused.
 */
export function DevicesLab({ api, signedIn }: { api: SandboxKindApi; signedIn: boolean }) {
  const [devices, setDevices] = useState<Devices | null>(null);
  const reasonId = useId();

  async function step(body: DevicesRequest, label = LABELS[body.step]) {
    const data = await api.run(label, "devices", () => callApi("devices", { body }), (r) => ({ view: r.view, wire: r.view.wire }));
    if (data) setDevices(data.devices);
  }

  // The list as the store has it now, once, so a reload shows the devices a learner added before.
  useEffect(() => {
    let cancelled = false;
    void callApi("devices", { body: { step: "list" } }).then((r) => {
      if (!cancelled && r.ok) setDevices(r.data.devices);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const others = devices?.others ?? [];
  const waiting = api.state.busy !== null;
  const needsSession = signedIn ? undefined : "Log in first (Try it, above): only a signed-in user can do this.";

  return (
    <div className="grid gap-4">
      <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">
        Log in on a simulated laptop or phone: each is a real second session in the store, for the same user, under its own ID. Then
        sign out everywhere else, and send a request from that device: it still holds its cookie, but the ID points at nothing.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" busy={api.state.busy === LABELS.add} waiting={waiting} unavailable={!signedIn} aria-describedby={needsSession ? reasonId : undefined} onClick={() => void step({ step: "add" })}>
          {LABELS.add}
        </Button>
        <Button busy={api.state.busy === LABELS["sign-out-others"]} waiting={waiting} unavailable={!signedIn} aria-describedby={needsSession ? reasonId : undefined} onClick={() => void step({ step: "sign-out-others" })}>
          {LABELS["sign-out-others"]}
        </Button>
        <Button busy={api.state.busy === LABELS.reset} waiting={waiting} onClick={() => void step({ step: "reset" })}>
          {LABELS.reset}
        </Button>
      </div>
      {needsSession && <p id={reasonId} className="text-sm text-slate-600 dark:text-slate-400">{needsSession}</p>}
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Your sessions</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-1.5 pr-3 font-semibold">Device</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">Session ID</th>
            <th scope="col" className="py-1.5 pr-3 font-semibold">Status</th>
            <th scope="col" className="py-1.5 font-semibold"><span className="sr-only">Action</span></th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" className="py-1.5 pr-3 font-medium">This browser</th>
            <td className="py-1.5 pr-3 font-mono text-xs [overflow-wrap:anywhere]">{devices?.thisBrowser?.id ?? "—"}</td>
            <td className="py-1.5 pr-3">{devices?.thisBrowser ? <StatusText status={devices.thisBrowser.status} /> : "no session"}</td>
            <td />
          </tr>
          {others.map((device, index) => (
            <tr key={device.id} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1.5 pr-3 font-medium">{device.label}</th>
              <td className="py-1.5 pr-3 font-mono text-xs [overflow-wrap:anywhere]">{device.id}</td>
              <td className="py-1.5 pr-3"><StatusText status={device.status} /></td>
              <td className="py-1.5">
                <Button busy={api.state.busy === `Send a request from the ${device.label}`} waiting={waiting} onClick={() => void step({ step: "request", device: index }, `Send a request from the ${device.label}`)}>
                  Send a request<span className="sr-only"> from the {device.label}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {devices && devices.step !== "list" && (
        <div className="rounded-md border border-slate-200 p-3 text-sm leading-6 dark:border-slate-700">
          {devices.request && (
            <p className="font-mono text-xs [overflow-wrap:anywhere]">
              {devices.request.label}: Cookie: {devices.request.cookieHeader}
            </p>
          )}
          <p className={devices.request ? "mt-1" : undefined}>{devices.explanation}</p>
        </div>
      )}
    </div>
  );
}
