import "server-only";
import { SANDBOX_KINDS, type ErrorBody, type SandboxKind, type SandboxView } from "../contract";
import { readSession } from "../http/read-session";
import { serverDeps, tokenDeps } from "../http/route-kit";
import type { FlashResult } from "./flash";

/** What a kind's panel starts with when the page is rendered on the server; see KindWorkbench. */
export type InitialKindState = {
  view: SandboxView | null;
  wire: SandboxView["wire"] | null;
  echo?: SandboxView["wire"];
  lastAction: string | null;
  event: SandboxView["event"];
  refused: { status: number } | null;
  error: { message: string; status: number; field?: string; session: "unchanged" | "ended" | "unknown" } | null;
};

function isView(body: FlashResult["body"]): body is SandboxView {
  return "status" in body && typeof body.status === "object";
}

/** 401 means the session the page showed was gone; the other refusals change nothing. */
function sessionAfter(status: number): "unchanged" | "ended" | "unknown" {
  if (status === 401) return "ended";
  return [400, 404, 409, 413, 422, 429].includes(status) ? "unchanged" : "unknown";
}

const UNREACHABLE: InitialKindState["error"] = {
  message: "The session store did not answer while this page was made, so this kind's session cannot be shown. Your lessons still work; reload in a moment.",
  status: 503,
  session: "unknown",
};

async function readView(kind: SandboxKind, cookieHeader: string | null, now: number): Promise<SandboxView | null> {
  try {
    const ctx = { cookieHeader, now };
    const outcome = kind === "server" ? await readSession.server(serverDeps(), ctx) : await readSession.token(tokenDeps(kind), ctx);
    return outcome.status === 200 ? (outcome.body as SandboxView) : null;
  } catch {
    // An unreachable store: said at once (no "Asking the server…" that never ends); with JavaScript the panel asks again.
    return null;
  }
}

/**
 * Every kind's session as this request's cookies show it, so the page arrives complete (and works without
 * JavaScript); plus, for the kind a form just posted to, that action's answer and wire.
 */
export async function initialKindStates(cookieHeader: string | null, flash: FlashResult | null, now: number): Promise<Record<SandboxKind, InitialKindState>> {
  const entries = await Promise.all(
    SANDBOX_KINDS.map(async (kind): Promise<[SandboxKind, InitialKindState]> => {
      const view = await readView(kind, cookieHeader, now);
      const base: InitialKindState = { view, wire: view?.wire ?? null, lastAction: null, event: null, refused: null, error: view ? null : UNREACHABLE };
      if (flash?.kind !== kind) return [kind, base];
      if (flash.status === 200 && isView(flash.body)) {
        // The action's wire, then this page's own request as "what the browser sent back next".
        return [kind, { ...base, wire: flash.body.wire, echo: view?.wire, lastAction: flash.label, event: flash.body.event }];
      }
      const body = flash.body as ErrorBody;
      return [
        kind,
        {
          ...base,
          lastAction: flash.label,
          refused: { status: flash.status },
          error: { message: body.message, status: flash.status, field: body.field, session: sessionAfter(flash.status) },
        },
      ];
    }),
  );
  return Object.fromEntries(entries) as Record<SandboxKind, InitialKindState>;
}
