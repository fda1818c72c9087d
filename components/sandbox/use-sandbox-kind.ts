"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ErrorBody, SandboxKind, SandboxView, Wire } from "@/app/_lib/sandbox/contract";
import type { InitialKindState } from "@/app/_lib/sandbox/form/initial-state";
import { callApi, type ApiResult } from "./api-client";

/** Where on the page an action starts; its errors are shown there, next to the button. */
export type Section = "session" | "size" | "tamper" | "replay" | "fixation" | "devices";

export type SandboxError = {
  message: string;
  status: number;
  field?: string;
  section: Section;
  /** What the refusal means for the session the page showed: the same as before, or it had already ended. */
  session: "unchanged" | "ended" | "unknown";
};

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
  /** Set when the last action was refused: "What just happened" says so instead of repeating an older success. */
  refused: { status: number } | null;
};

const initial: KindState = { view: null, wire: null, echo: undefined, lastAction: null, event: null, lastSection: null, offset: 0, error: null, busy: null, refused: null };

function errorOf<T>(result: Extract<ApiResult<T>, { ok: false }>, section: Section, session: SandboxError["session"]): SandboxError {
  const body = result.body as Partial<ErrorBody> | null;
  return { message: result.message, status: result.status, field: typeof body?.field === "string" ? body.field : undefined, section, session };
}

/** Who the view says the learner is: what must not change for "nothing you had was lost" to be true. */
function identity(view: SandboxView | null): string | null {
  if (!view) return null;
  return view.status.state === "active" ? `active:${view.status.anonymous ? "" : view.status.user}` : "none";
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
export function useSandboxKind(kind: SandboxKind, start?: InitialKindState) {
  // The page renders each kind's session on the server (and a form's result without JavaScript); the
  // panel starts from it, so it arrives complete and needs no first read of its own.
  const [state, setState] = useState<KindState>(() =>
    start?.view
      ? {
          ...initial,
          ...start,
          echo: start.echo,
          lastSection: start.lastAction ? "session" : null,
          error: start.error ? { ...start.error, section: "session" } : null,
          offset: start.view.now - Date.now(),
        }
      : // No view: the server could not read the session while rendering; say so until the browser's own read answers.
        { ...initial, error: start?.error ? { ...start.error, section: "session" } : null },
  );
  const started = useRef(Boolean(start?.view));
  const busy = useRef(false);
  // The view the page shows, for comparing it with the server's after a refusal.
  const shown = useRef<SandboxView | null>(state.view);
  useEffect(() => {
    shown.current = state.view;
  }, [state.view]);

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
          // Every panel must agree after a refusal: take the server's view from the refusal, or ask for
          // it, so a session that ended meanwhile (idle timeout, logout in another tab) shows as ended.
          let fresh = viewOf(result.body);
          if (!fresh && result.status !== 0 && result.status !== 429) {
            const read = await callApi("read", { kind });
            if (read.ok) fresh = read.data;
          }
          const before = identity(shown.current);
          const session: SandboxError["session"] = !fresh || before === null ? "unknown" : identity(fresh) === before ? "unchanged" : "ended";
          setState((s) => ({
            ...s,
            error: errorOf(result, section, session),
            view: fresh ?? s.view,
            // The wire panel shows the latest exchange too, not the last success before the refusal.
            wire: fresh?.wire ?? s.wire,
            lastAction: label,
            event: null,
            echo: undefined,
            lastSection: section,
            refused: { status: result.status },
            offset: fresh ? fresh.now - Date.now() : s.offset,
          }));
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
          refused: null,
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
    if (started.current) return;
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
