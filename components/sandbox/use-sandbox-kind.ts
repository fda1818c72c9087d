"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ErrorBody, SandboxKind, SandboxView, Wire } from "@/app/_lib/sandbox/contract";
import { callApi, type ApiResult } from "./api-client";

/** Where on the page an action starts; its errors are shown there, next to the button. */
export type Section = "session" | "size" | "tamper" | "replay" | "fixation" | "devices";

export type SandboxError = { message: string; status: number; field?: string; section: Section };

export type KindState = {
  /** The session as the server last reported it. */
  view: SandboxView | null;
  /** The wire of the last action (its request Cookie and response Set-Cookie). */
  wire: Wire | null;
  /** The Cookie header of the read that followed a mutating action: proof the browser kept the cookie. */
  echo: Wire | undefined;
  /** Short title of the last action, for the "What just happened" heading. */
  lastAction: string | null;
  /** The server's account of the last action (the follow-up read has none of its own). */
  event: SandboxView["event"];
  /** Where the last action started: a lab's result is shown in the lab, not in the status box. */
  lastSection: Section | null;
  /** Server clock minus browser clock, so countdowns follow the server. */
  offset: number;
  error: SandboxError | null;
  /** Name of the action in flight; buttons show it and refuse double submits. */
  busy: string | null;
};

const initial: KindState = { view: null, wire: null, echo: undefined, lastAction: null, event: null, lastSection: null, offset: 0, error: null, busy: null };

function errorOf<T>(result: Extract<ApiResult<T>, { ok: false }>, section: Section): SandboxError {
  const body = result.body as Partial<ErrorBody> | null;
  return { message: result.message, status: result.status, field: typeof body?.field === "string" ? body.field : undefined, section };
}

/** The server's unchanged view that 401 and 413 answers carry, if any. */
function viewOf(body: unknown): SandboxView | null {
  const view = (body as Partial<ErrorBody> | null)?.view;
  return view && typeof view === "object" ? view : null;
}

/**
 * One session kind's client state and the calls that change it. Every call reports what
 * went over the wire; failures keep the last good view so nothing the learner had is lost.
 */
export function useSandboxKind(kind: SandboxKind) {
  const [state, setState] = useState<KindState>(initial);
  const busy = useRef(false);

  const run = useCallback(
    async <T>(
      label: string,
      section: Section,
      call: () => Promise<ApiResult<T>>,
      apply: (data: T) => Partial<KindState>,
      follow = false,
    ) => {
      if (busy.current) return null;
      busy.current = true;
      setState((s) => ({ ...s, busy: label, error: null }));
      try {
        const result = await call();
        if (!result.ok) {
          const kept = viewOf(result.body);
          setState((s) => ({ ...s, error: errorOf(result, section), view: kept ?? s.view }));
          return null;
        }
        // The follow-up read is what "the next request" means on the page: it shows the browser
        // stored the Set-Cookie and what it now sends. If it fails, the action's result still stands.
        let echo: Wire | undefined;
        let fresh: SandboxView | null = null;
        if (follow) {
          const read = await callApi("read", { kind });
          if (read.ok) {
            echo = read.data.wire;
            fresh = read.data;
          }
        }
        const patch = apply(result.data);
        const view = fresh ?? patch.view ?? null;
        setState((s) => ({
          ...s,
          ...patch,
          view: view ?? s.view,
          echo,
          lastAction: label,
          event: patch.view?.event ?? null,
          lastSection: section,
          offset: view ? view.now - Date.now() : s.offset,
        }));
        return result.data;
      } finally {
        busy.current = false;
        setState((s) => ({ ...s, busy: null }));
      }
    },
    [kind],
  );

  /** The session actions that answer with the kind's view. */
  const mutate = useCallback(
    (label: string, call: () => Promise<ApiResult<SandboxView>>, section: Section = "session") =>
      run(label, section, call, (view) => ({ view, wire: view.wire }), true),
    [run],
  );

  const read = useCallback(
    (label = "Read back") => run(label, "session", () => callApi("read", { kind }), (view) => ({ view, wire: view.wire })),
    [kind, run],
  );

  useEffect(() => {
    void read("Opened the page");
  }, [read]);

  return {
    state,
    read,
    run,
    login: (name: string) => mutate("Log in", () => callApi("login", { kind, body: { name } })),
    put: (key: string, value: string, label = "Put data", section: Section = "session") =>
      mutate(label, () => callApi("putData", { kind, body: { key, value } }), section),
    remove: (key: string) => mutate(`Remove “${key}”`, () => callApi("removeData", { kind, body: { key } })),
    regenerate: () => mutate("Regenerate the ID", () => callApi("regenerate", { kind, body: {} })),
    logout: () => mutate("Log out", () => callApi("logout", { kind, body: {} })),
    clearError: () => setState((s) => ({ ...s, error: null })),
  };
}

export type SandboxKindApi = ReturnType<typeof useSandboxKind>;
