import {
  DATA_MAX_KEYS,
  SANDBOX_COOKIE_NAMES,
  SERVER_ABSOLUTE_TIMEOUT_MS,
  SERVER_IDLE_TIMEOUT_MS,
  type SandboxView,
  type SessionStatus,
} from "../contract";
import { pickCookie } from "../cookies/cookie-header";
import { byteLength, clearSandboxCookie, serializeSandboxCookie } from "../cookies/set-cookie";
import { loadLab, saveLab } from "../labs/lab-state";
import { flipIdCharacter, isWellFormedSessionId, newSessionId, SESSION_ID_BYTES } from "../ids/session-id";
import { updateRecord } from "../store/update-record";
import { StoreUnavailableError, type SessionRecord, type SessionStore } from "../store/types";
import { activeStatus, buildView, noSession } from "../view/build-view";
import { clock, fail, ok, type Outcome, type RequestContext } from "./outcome";

/** The store record is not bound by the 4096-byte cookie limit; this is the sandbox's own cap. */
export const SERVER_RECORD_MAX_BYTES = 8192;
const COOKIE = SANDBOX_COOKIE_NAMES.server;

export type ServerDeps = {
  store: () => SessionStore;
  /** Cheap session count for the view (counting can scan the whole store). */
  count: () => Promise<number | null>;
  idleMs?: number;
  absoluteMs?: number;
};

type Evaluated = { id: string | null; record: SessionRecord | null; status: SessionStatus };

/** What the server makes of an ID, without changing anything. */
export async function evaluateId(store: SessionStore, id: string, now: number): Promise<Evaluated> {
  if (!isWellFormedSessionId(id)) {
    return { id, record: null, status: noSession("malformed", `A session ID here is ${SESSION_ID_BYTES * 8} bits as 22 base64url characters; this is not one, so the store was not even asked.`) };
  }
  const record = await store.get(id);
  if (!record) return { id, record: null, status: noSession("unknown-id") };
  if (record.absoluteExpiresAt <= now) return { id, record, status: noSession("absolute-timeout", `It ended at ${clock(record.absoluteExpiresAt)}.`) };
  if (record.idleExpiresAt <= now) return { id, record, status: noSession("idle-timeout", `Last request at ${clock(record.lastSeenAt)}; it ended at ${clock(record.idleExpiresAt)}.`) };
  return { id, record, status: activeStatus("server", record.user, record.data) };
}

export async function serverView(deps: ServerDeps, ctx: RequestContext, after: Evaluated, setCookies: string[] = [], event: SandboxView["event"] = null): Promise<SandboxView> {
  const store = deps.store();
  const live = after.status.state === "active" ? after.record : null;
  return buildView({
    kind: "server",
    now: ctx.now,
    status: after.status,
    inspect: {
      kind: "server",
      id: after.id,
      idFacts: { bits: SESSION_ID_BYTES * 8, encoding: "base64url (22 characters, no padding)", source: "crypto.randomBytes: the operating system's CSPRNG" },
      record: after.record,
      store: store.backend,
      sessionsInStore: await deps.count(),
    },
    deadlines: { idleExpiresAt: live?.idleExpiresAt ?? null, absoluteExpiresAt: live?.absoluteExpiresAt ?? null },
    setCookies,
    cookieHeader: ctx.cookieHeader,
    cookie: after.id === null ? null : { value: after.id, header: serializeSandboxCookie(COOKIE, after.id) },
    event,
  });
}

const NONE: Evaluated = { id: null, record: null, status: noSession("missing") };

/** The idle deadline a request at `now` slides to: one idle period on, never past the absolute deadline. */
export function slidIdleDeadline(deps: Pick<ServerDeps, "idleMs">, now: number, record: Pick<SessionRecord, "absoluteExpiresAt">): number {
  return Math.min(now + (deps.idleMs ?? SERVER_IDLE_TIMEOUT_MS), record.absoluteExpiresAt);
}

/** The ID from this browser's cookie, or a reason there is none. */
export async function currentSession(deps: ServerDeps, ctx: RequestContext): Promise<Evaluated> {
  const pick = pickCookie(ctx.cookieHeader, COOKIE);
  if (pick.state === "missing") return NONE;
  if (pick.state === "duplicate") return { id: null, record: null, status: noSession("duplicate") };
  return evaluateId(deps.store(), pick.value, ctx.now);
}

export function freshRecord(deps: ServerDeps, user: string | null, now: number, data: Record<string, string> = {}): SessionRecord {
  return {
    user,
    data,
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: Math.min(now + (deps.idleMs ?? SERVER_IDLE_TIMEOUT_MS), now + (deps.absoluteMs ?? SERVER_ABSOLUTE_TIMEOUT_MS)),
    absoluteExpiresAt: now + (deps.absoluteMs ?? SERVER_ABSOLUTE_TIMEOUT_MS),
  };
}

/**
 * The most sessions the sandbox keeps at once. Every write is rate-limited per client, but many clients
 * together could still fill the disk or Redis's memory; past this, new sessions wait for old ones to expire
 * (at most 10 minutes plus the grace period).
 */
export const MAX_STORED_SESSIONS = 20_000;

/** Creates a record under a fresh CSPRNG ID, drawing again on the (astronomically unlikely) collision. */
export async function createSession(deps: Pick<ServerDeps, "store" | "count">, record: SessionRecord): Promise<string> {
  const live = await deps.count();
  if (live !== null && live >= MAX_STORED_SESSIONS) {
    throw new StoreUnavailableError(
      `The sandbox already keeps ${MAX_STORED_SESSIONS.toLocaleString("en")} server-side sessions, its cap; new ones can start as old ones expire, within minutes.`,
    );
  }
  const store = deps.store();
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = newSessionId();
    if (await store.create(id, record)) return id;
  }
  throw new Error("Could not allocate a session ID after 3 attempts");
}

/** How far apart two reads must be for the second to slide the idle deadline (see readServer). */
const IDLE_SLIDE_GRANULARITY_MS = 1000;

/** A read refreshes the idle deadline; a dead ID is deleted and its cookie cleared. */
export async function readServer(deps: ServerDeps, ctx: RequestContext): Promise<Outcome> {
  const store = deps.store();
  const cur = await currentSession(deps, ctx);
  if (cur.status.state === "active" && cur.id && cur.record) {
    // Sliding the idle deadline is a store write; within a second of the last slide it would move the
    // deadline by less than the page's countdown shows, so rapid re-reads skip it (bench/FINDINGS.md).
    if (ctx.now - cur.record.lastSeenAt < IDLE_SLIDE_GRANULARITY_MS) return ok(await serverView(deps, ctx, cur));
    const idleExpiresAt = slidIdleDeadline(deps, ctx.now, cur.record);
    await store.touch(cur.id, ctx.now, idleExpiresAt);
    return ok(await serverView(deps, ctx, { ...cur, record: { ...cur.record, lastSeenAt: ctx.now, idleExpiresAt } }));
  }
  if (cur.status.state === "none" && cur.id !== null && cur.status.reason !== "duplicate") {
    if (cur.record) await store.delete(cur.id);
    const clear = [clearSandboxCookie(COOKIE)];
    return ok(await serverView(deps, ctx, cur, clear, { action: "read", summary: "The server ended this session and told the browser to delete its cookie." }), clear);
  }
  return ok(await serverView(deps, ctx, cur));
}

/**
 * Login issues a new ID and deletes the old record (session fixation defence). Only the fixation lab's
 * vulnerable mode keeps an existing ID, which is exactly the bug that lab demonstrates (labs/fixation-lab.ts).
 */
export async function login(deps: ServerDeps, ctx: RequestContext, user: string, keepExistingId: boolean): Promise<Outcome> {
  const store = deps.store();
  const cur = await currentSession(deps, ctx);
  if (keepExistingId && cur.id && cur.record && cur.status.state === "active") {
    const record = { ...cur.record, user, lastSeenAt: ctx.now };
    await store.set(cur.id, record);
    return ok(
      await serverView(deps, ctx, { id: cur.id, record, status: activeStatus("server", user, record.data) }, [], {
        action: "login",
        summary: `VULNERABLE MODE: logged in as ${user} but kept the existing ID ${cur.id}. No Set-Cookie was needed, and anyone who knew that ID before login is now logged in as ${user} too.`,
      }),
    );
  }
  if (cur.id && cur.record) await store.delete(cur.id);
  const record = freshRecord(deps, user, ctx.now);
  const id = await createSession(deps, record);
  const setCookie = serializeSandboxCookie(COOKIE, id);
  const replaced = cur.id && cur.record ? ` The previous ID ${cur.id} was deleted from the store, so it is worthless to anyone who knew it.` : "";
  return ok(
    await serverView(deps, ctx, { id, record, status: activeStatus("server", user, record.data) }, [setCookie], {
      action: "login",
      summary: `Logged in as ${user} with a brand-new 128-bit ID.${replaced} The cookie holds only the ID; your name and data live in the ${store.backend === "redis" ? "Redis" : "SQLite"} store. Idle timeout ${clock(record.idleExpiresAt)}, absolute ${clock(record.absoluteExpiresAt)}.`,
    }),
    [setCookie],
  );
}

export function loginServer(deps: ServerDeps, ctx: RequestContext, user: string): Promise<Outcome> {
  return login(deps, ctx, user, false);
}

async function requireActive(deps: ServerDeps, ctx: RequestContext): Promise<{ cur: Evaluated & { id: string; record: SessionRecord } } | { error: Outcome }> {
  const cur = await currentSession(deps, ctx);
  if (cur.status.state !== "active" || !cur.id || !cur.record) {
    return { error: fail(401, { error: "no-session", message: "There is no valid session to change: log in first.", view: await serverView(deps, ctx, cur) }) };
  }
  return { cur: { ...cur, id: cur.id, record: cur.record } };
}

/** Why one data change cannot be made; each maps to the response the learner sees. */
type Refusal = { status: 404 | 413 | 422; error: "not-found" | "payload-too-large" | "invalid-body"; field?: string; message: string };

/**
 * One change to the session's data, applied with `updateRecord`: the change is computed on the record as it
 * is at write time, so two parallel changes to one session both land (or one is refused with its reason).
 */
async function changeData(
  deps: ServerDeps,
  ctx: RequestContext,
  change: (data: Record<string, string>) => Record<string, string> | Refusal,
  summary: string,
  action: string,
): Promise<Outcome> {
  const found = await requireActive(deps, ctx);
  if ("error" in found) return found.error;
  const { cur } = found;
  const idleExpiresAt = (record: SessionRecord) => slidIdleDeadline(deps, ctx.now, record);
  const result = await updateRecord<Refusal | null>(deps.store(), cur.id, (record) => {
    const data = change(record.data);
    if ("status" in data && "error" in data) return { refuse: data as Refusal };
    const size = byteLength(JSON.stringify(data));
    if (size > SERVER_RECORD_MAX_BYTES) {
      return {
        refuse: {
          status: 413,
          error: "payload-too-large",
          message: `The record's data would be ${size} bytes. Stores can hold far more than a cookie; this sandbox caps records at ${SERVER_RECORD_MAX_BYTES} bytes. Nothing changed.`,
        },
      };
    }
    return { next: { ...record, data: data as Record<string, string>, lastSeenAt: ctx.now, idleExpiresAt: idleExpiresAt(record) }, value: null };
  });
  switch (result.outcome) {
    case "updated":
      return ok(await serverView(deps, ctx, { id: cur.id, record: result.record, status: activeStatus("server", result.record.user, result.record.data) }, [], { action, summary }));
    case "refused": {
      const refusal = result.value!;
      const { status, ...body } = refusal;
      return fail(status, { ...body, view: await serverView(deps, ctx, cur) });
    }
    case "missing":
      return readServer(deps, ctx);
    case "busy":
      return fail(409, {
        error: "conflict",
        message: "Too many changes to this session arrived at once, and this one could not be applied. Nothing changed; send it again.",
        view: await serverView(deps, ctx, cur),
      });
  }
}

export async function putServer(deps: ServerDeps, ctx: RequestContext, key: string, value: string): Promise<Outcome> {
  return changeData(
    deps,
    ctx,
    (data) =>
      !Object.hasOwn(data, key) && Object.keys(data).length >= DATA_MAX_KEYS
        ? { status: 422, error: "invalid-body", field: "key", message: `key: A session holds at most ${DATA_MAX_KEYS} keys.` }
        : { ...data, [key]: value },
    `Stored "${key}" in the store record. No Set-Cookie: the cookie still carries only the ID, whatever the data weighs.`,
    "put",
  );
}

export async function removeServer(deps: ServerDeps, ctx: RequestContext, key: string): Promise<Outcome> {
  return changeData(
    deps,
    ctx,
    (data) =>
      Object.hasOwn(data, key)
        ? Object.fromEntries(Object.entries(data).filter(([k]) => k !== key))
        : { status: 404, error: "not-found", field: "key", message: `This session has no key "${key}".` },
    `Removed "${key}" from the store record; the cookie did not change.`,
    "remove",
  );
}

export async function regenerateServer(deps: ServerDeps, ctx: RequestContext): Promise<Outcome> {
  const found = await requireActive(deps, ctx);
  if ("error" in found) return found.error;
  const { cur } = found;
  const store = deps.store();
  let id = newSessionId();
  for (let attempt = 0; !(await store.regenerate(cur.id, id)); attempt++) {
    if (attempt === 2) return readServer(deps, ctx);
    id = newSessionId();
  }
  const idleExpiresAt = slidIdleDeadline(deps, ctx.now, cur.record);
  await store.touch(id, ctx.now, idleExpiresAt);
  const record = { ...cur.record, lastSeenAt: ctx.now, idleExpiresAt };
  const setCookie = serializeSandboxCookie(COOKIE, id);
  return ok(
    await serverView(deps, ctx, { id, record, status: activeStatus("server", record.user, record.data) }, [setCookie], {
      action: "regenerate",
      summary: `Moved the record from ${cur.id} to the new ID ${id}. The old ID no longer exists in the store, so a stolen copy of it is dead at once. The absolute deadline stays ${clock(record.absoluteExpiresAt)}.`,
    }),
    [setCookie],
  );
}

export async function logoutServer(deps: ServerDeps, ctx: RequestContext): Promise<Outcome> {
  const store = deps.store();
  const cur = await currentSession(deps, ctx);
  const setCookies = [clearSandboxCookie(COOKIE)];
  let summary = "Logged out: the browser was told to delete the cookie.";
  if (cur.id && cur.record) {
    await store.delete(cur.id);
    const lab = await loadLab(store, ctx.cookieHeader);
    lab.record.replay.server = { value: cur.id, savedAt: ctx.now };
    setCookies.push((await saveLab(store, lab, lab.record, ctx.now)).setCookie);
    summary += ` The record for ${cur.id} was deleted from the store, so the ID is dead everywhere, including any copy; the sandbox kept one for the replay lab.`;
  }
  return ok(await serverView(deps, ctx, NONE, setCookies, { action: "logout", summary }), setCookies);
}

export async function tamperServer(deps: ServerDeps, ctx: RequestContext): Promise<Outcome> {
  const pick = pickCookie(ctx.cookieHeader, COOKIE);
  const cur = await currentSession(deps, ctx);
  if (pick.state !== "present") {
    return fail(401, { error: "no-session", message: "There is no cookie to tamper with: log in first.", view: await serverView(deps, ctx, cur) });
  }
  const index = Math.floor(pick.value.length / 2);
  const flipped = flipIdCharacter(pick.value, index);
  const result = await evaluateId(deps.store(), flipped.value, ctx.now);
  const verdict =
    result.status.state === "active"
      ? "That ID belongs to another live session: with 128 random bits this should never happen."
      : `The server sees no session (${result.status.reason}). A neighbouring ID is just another random number the store never issued, and looking it up wrote nothing to the store. Your real cookie was not touched.`;
  return ok({
    view: await serverView(deps, ctx, cur),
    tamper: {
      where: "payload",
      original: pick.value,
      tampered: flipped.value,
      index,
      before: flipped.before,
      after: flipped.after,
      part: "session ID",
      outcome: result.status,
      explanation: `Changed character ${index} of the session ID from "${flipped.before}" to "${flipped.after}". ${verdict}`,
    },
  });
}

export async function replayServer(deps: ServerDeps, ctx: RequestContext, revocationCheck: boolean): Promise<Outcome> {
  const store = deps.store();
  const lab = await loadLab(store, ctx.cookieHeader);
  const copy = lab.record.replay.server;
  const cur = await currentSession(deps, ctx);
  if (!copy) return fail(404, { error: "not-found", message: "No pre-logout copy to replay: log in, then log out, then replay.", view: await serverView(deps, ctx, cur) });
  const result = await evaluateId(store, copy.value, ctx.now);
  const explanation =
    result.status.state === "active"
      ? "Accepted: this ID is still in the store."
      : `Refused (${result.status.reason}): logout deleted the record, so the copied ID points at nothing${revocationCheck ? "" : ", with or without a revocation check"}. Server-side sessions get revocation for free.`;
  return ok({ view: await serverView(deps, ctx, cur), replay: { cookieHeader: `${COOKIE}=${copy.value}`, savedAt: copy.savedAt, revocationCheck, outcome: result.status, explanation } });
}
