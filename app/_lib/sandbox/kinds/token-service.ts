import { DATA_MAX_KEYS, type SandboxView, type TamperTarget } from "../contract";
import { pickCookie } from "../cookies/cookie-header";
import { byteLength, clearSandboxCookie, fitsCookieLimit, serializeSandboxCookie } from "../cookies/set-cookie";
import { loadLab, saveLab } from "../labs/lab-state";
import { newSessionId } from "../ids/session-id";
import { StoreUnavailableError, type SessionStore } from "../store/types";
import { JWT_ALGORITHMS, JWT_AUDIENCE, JWT_ISSUER, JWT_REQUIRED_CLAIMS } from "../tokens/jwt-codec";
import { IRON_SKEW_MS } from "../tokens/sealed-codec";
import type { Opened, TokenAdapter, TokenSession } from "../tokens/token-adapters";
import { activeStatus, buildView, noSession } from "../view/build-view";
import { clock, fail, ok, type Outcome, type RequestContext } from "./outcome";

export type TokenDeps = { adapter: TokenAdapter; store: () => SessionStore };

type Current = { value: string | null; opened: Opened };

async function current({ adapter }: TokenDeps, ctx: RequestContext): Promise<Current> {
  const pick = pickCookie(ctx.cookieHeader, adapter.cookieName);
  if (pick.state === "missing") return { value: null, opened: { ok: false, reason: "missing", detail: "" } };
  if (pick.state === "duplicate") return { value: null, opened: { ok: false, reason: "duplicate", detail: "" } };
  return { value: pick.value, opened: await adapter.open(pick.value, ctx.now) };
}

function view(deps: TokenDeps, ctx: RequestContext, after: Current, setCookies: string[] = [], event: SandboxView["event"] = null): SandboxView {
  const { adapter } = deps;
  const { opened } = after;
  return buildView({
    kind: adapter.kind,
    now: ctx.now,
    status: opened.ok ? activeStatus(adapter.kind, opened.session.user, opened.session.data) : noSession(opened.reason, opened.detail || undefined),
    inspect: adapter.inspect(after.value, opened),
    deadlines: { expiresAt: opened.ok ? opened.expiresAt : null },
    setCookies,
    cookieHeader: ctx.cookieHeader,
    cookie: after.value === null ? null : { value: after.value, header: serializeSandboxCookie(adapter.cookieName, after.value, adapter.ttlMs / 1000) },
    event,
  });
}

const WHERE: Record<TokenAdapter["kind"], string> = {
  sealed: "into the cookie itself, encrypted (AES-256-CBC) and signed (HMAC-SHA-256) with its secret",
  jwt: "into a JWT signed with HS256; the claims are only base64url-encoded, so anyone holding the token can read them",
};

/** Issues a cookie for `session`; null when it would pass the 4096-byte limit. */
async function issue(deps: TokenDeps, session: TokenSession, now: number) {
  const { value, expiresAt } = await deps.adapter.issue(session, now);
  const header = serializeSandboxCookie(deps.adapter.cookieName, value, deps.adapter.ttlMs / 1000);
  return { value, expiresAt, header, fits: fitsCookieLimit(header), bytes: byteLength(header) };
}

export async function readToken(deps: TokenDeps, ctx: RequestContext): Promise<Outcome> {
  return ok(view(deps, ctx, await current(deps, ctx)));
}

export async function loginToken(deps: TokenDeps, ctx: RequestContext, user: string): Promise<Outcome> {
  const session = { id: newSessionId(), user, data: {} };
  const issued = await issue(deps, session, ctx.now);
  return ok(
    view(deps, ctx, { value: issued.value, opened: { ok: true, session, expiresAt: issued.expiresAt } }, [issued.header], {
      action: "login",
      summary: `Logged in as ${user}. The server put your name and data ${WHERE[deps.adapter.kind]}, and stored nothing on its side. It expires at ${clock(issued.expiresAt)}.`,
    }),
    [issued.header],
  );
}

/** Re-issues the cookie with changed data, refusing (413, nothing changed) past the size limit. */
async function rewrite(deps: TokenDeps, ctx: RequestContext, cur: Current & { opened: { ok: true } }, session: TokenSession, action: string, summary: string): Promise<Outcome> {
  const issued = await issue(deps, session, ctx.now);
  if (!issued.fits) {
    return fail(413, {
      error: "cookie-too-large",
      message: `That would make the cookie ${issued.bytes} bytes, over the 4096 bytes browsers promise to keep, so the server refused. Your cookie and data are unchanged.`,
      view: view(deps, ctx, cur),
    });
  }
  return ok(view(deps, ctx, { value: issued.value, opened: { ok: true, session, expiresAt: issued.expiresAt } }, [issued.header], { action, summary }), [issued.header]);
}

function noSessionError(deps: TokenDeps, ctx: RequestContext, cur: Current): Outcome {
  return fail(401, { error: "no-session", message: "There is no valid session to change: log in first.", view: view(deps, ctx, cur) });
}

export async function putToken(deps: TokenDeps, ctx: RequestContext, key: string, value: string): Promise<Outcome> {
  const cur = await current(deps, ctx);
  if (!cur.opened.ok) return noSessionError(deps, ctx, cur);
  const { session } = cur.opened;
  if (!Object.hasOwn(session.data, key) && Object.keys(session.data).length >= DATA_MAX_KEYS) {
    return fail(422, { error: "invalid-body", field: "key", message: `key: A session holds at most ${DATA_MAX_KEYS} keys.` });
  }
  return rewrite(deps, ctx, { ...cur, opened: cur.opened }, { ...session, data: { ...session.data, [key]: value } }, "put", `Stored "${key}". The whole cookie was re-issued: to change one value of a ${deps.adapter.kind === "jwt" ? "JWT" : "sealed cookie"}, the server must ${deps.adapter.kind === "jwt" ? "sign" : "seal"} everything again.`);
}

export async function removeToken(deps: TokenDeps, ctx: RequestContext, key: string): Promise<Outcome> {
  const cur = await current(deps, ctx);
  if (!cur.opened.ok) return noSessionError(deps, ctx, cur);
  const { session } = cur.opened;
  if (!Object.hasOwn(session.data, key)) {
    return fail(404, { error: "not-found", field: "key", message: `This session has no key "${key}".`, view: view(deps, ctx, cur) });
  }
  const data = Object.fromEntries(Object.entries(session.data).filter(([k]) => k !== key));
  return rewrite(deps, ctx, { ...cur, opened: cur.opened }, { ...session, data }, "remove", `Removed "${key}" and re-issued the cookie without it.`);
}

export async function regenerateToken(deps: TokenDeps, ctx: RequestContext): Promise<Outcome> {
  const cur = await current(deps, ctx);
  if (!cur.opened.ok) return noSessionError(deps, ctx, cur);
  const id = newSessionId();
  return rewrite(
    deps,
    ctx,
    { ...cur, opened: cur.opened },
    { ...cur.opened.session, id },
    "regenerate",
    `Issued a new ${deps.adapter.kind === "jwt" ? "token with jti" : "seal with id"} ${id}. The old value is still valid until it expires: without server-side state nothing can cancel it.`,
  );
}

export async function logoutToken(deps: TokenDeps, ctx: RequestContext): Promise<Outcome> {
  const cur = await current(deps, ctx);
  const setCookies = [clearSandboxCookie(deps.adapter.cookieName)];
  let summary = "Logged out: the server told the browser to delete the cookie (Max-Age=0).";
  if (cur.opened.ok && cur.value !== null) {
    const { session, expiresAt } = cur.opened;
    summary += ` It keeps no state, so a copy taken before logout stays valid until ${clock(expiresAt)}.`;
    try {
      const store = deps.store();
      const lab = await loadLab(store, ctx.cookieHeader);
      lab.record.replay[deps.adapter.kind] = { value: cur.value, savedAt: ctx.now };
      setCookies.push((await saveLab(store, lab, lab.record, ctx.now)).setCookie);
      // Remember the id only as long as the value could be accepted anyway.
      await store.revoke(session.id, expiresAt + IRON_SKEW_MS);
      summary += ` The sandbox kept that copy for the replay lab and put id ${session.id} on the revocation list, which is consulted only when the fix is on.`;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      summary += " The session store is unavailable, so no copy was kept for the replay lab.";
    }
  }
  const after: Current = { value: null, opened: { ok: false, reason: "missing", detail: "" } };
  return ok(view(deps, ctx, after, setCookies, { action: "logout", summary }), setCookies);
}

/** Whether two base64url texts of one field decode to the same bytes (they differ only in spare bits). */
function sameBytes(a: string, b: string): boolean {
  return a !== b && Buffer.from(a, "base64url").equals(Buffer.from(b, "base64url"));
}

export async function tamperToken(deps: TokenDeps, ctx: RequestContext, where: TamperTarget): Promise<Outcome> {
  const cur = await current(deps, ctx);
  if (cur.value === null) {
    return fail(401, { error: "no-session", message: "There is no cookie to tamper with: log in first.", view: view(deps, ctx, cur) });
  }
  const tampered = deps.adapter.tamper(cur.value, where);
  if (!tampered) {
    const message = where === "alg-none" ? 'where: "alg-none" applies to JWTs only.' : "where: this signature's last character has no spare bits to change.";
    return fail(422, { error: "invalid-body", field: "where", message });
  }
  const result = await deps.adapter.open(tampered.value, ctx.now);
  const outcome = result.ok ? activeStatus(deps.adapter.kind, result.session.user, result.session.data) : noSession(result.reason, result.detail);
  const change =
    tampered.index === -1
      ? 'Re-encoded the same claims as an unsecured token: header {"alg":"none"} and no signature.'
      : `Changed character ${tampered.index} of the ${tampered.part} from "${tampered.before}" to "${tampered.after}".`;
  const field = (value: string) => fieldAround(value, tampered.index);
  const unchangedBytes = tampered.index >= 0 && sameBytes(field(cur.value), field(tampered.value));
  const verdict = result.ok
    ? unchangedBytes
      ? "The server accepted it, rightly: the new text decodes to the very same bytes. Base64url packs 6 bits per character, so the last character of this field carries bits past the end of its bytes that every decoder ignores (RFC 4648 §3.5). The token's text changed; its content and signature did not. So a token's text is no identity: a deny list must key on its id (jti, seal id), not on the string."
      : "The server accepted it. That should never happen; please report it."
    : `The server sees no session (${result.reason}). Your real cookie was not touched: this copy lived only inside this request.`;
  return ok({
    view: view(deps, ctx, cur),
    tamper: { where, original: cur.value, tampered: tampered.value, index: tampered.index, before: tampered.before, after: tampered.after, part: tampered.part, outcome, explanation: `${change} ${verdict}` },
  });
}

/** The base64url field (between "." "*" or "~" separators) that holds character `index`. */
function fieldAround(value: string, index: number): string {
  const separators = /[.*~]/;
  let start = index;
  while (start > 0 && !separators.test(value[start - 1]!)) start -= 1;
  let end = index;
  while (end < value.length && !separators.test(value[end]!)) end += 1;
  return value.slice(start, end);
}

export async function replayToken(deps: TokenDeps, ctx: RequestContext, revocationCheck: boolean): Promise<Outcome> {
  const store = deps.store();
  const lab = await loadLab(store, ctx.cookieHeader);
  const copy = lab.record.replay[deps.adapter.kind];
  const cur = await current(deps, ctx);
  if (!copy) {
    return fail(404, { error: "not-found", message: "No pre-logout copy to replay: log in, then log out, then replay.", view: view(deps, ctx, cur) });
  }
  const opened = await deps.adapter.open(copy.value, ctx.now);
  let outcome = opened.ok ? activeStatus(deps.adapter.kind, opened.session.user, opened.session.data) : noSession(opened.reason, opened.detail);
  let explanation: string;
  if (!opened.ok) {
    explanation =
      opened.reason === "expired"
        ? "Refused: the copy has expired on its own. A revocation list only has to remember an id until then."
        : `Refused (${opened.reason}).`;
  } else if (revocationCheck && (await store.isRevoked(opened.session.id))) {
    outcome = noSession("revoked", `Id ${opened.session.id} was revoked at logout.`);
    explanation = `Refused: the copy is authentic and unexpired, but the server looked its id ${opened.session.id} up in the revocation list that logout wrote. That is the fix, and its price: every request now consults server-side state again.`;
  } else if (revocationCheck) {
    explanation = "Accepted even with the check on: this id is not on the revocation list.";
  } else {
    explanation = `Accepted: logout only deleted the browser's copy. Nothing on the server remembers the session, so this pre-logout copy works until it expires at ${clock(opened.expiresAt)}. Tick “Turn on the fix” above and replay again.`;
  }
  return ok({
    view: view(deps, ctx, cur),
    replay: { cookieHeader: `${deps.adapter.cookieName}=${copy.value}`, savedAt: copy.savedAt, revocationCheck, outcome, explanation },
  });
}

/**
 * The JWT debugger's attack buttons: any token, through the very check the sandbox's JWT cookie goes
 * through. Reads no cookie, stores nothing, sets nothing: the token is verified and forgotten.
 */
export async function checkJwt(deps: TokenDeps, ctx: RequestContext, token: string): Promise<Outcome> {
  const opened = await deps.adapter.open(token.trim(), ctx.now);
  const outcome = opened.ok ? activeStatus("jwt", opened.session.user, opened.session.data) : noSession(opened.reason, opened.detail);
  return ok({
    outcome,
    policy: {
      algorithms: [...JWT_ALGORITHMS],
      requiredClaims: [...JWT_REQUIRED_CLAIMS],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      keys: "its own secrets, chosen by kid from a fixed map (never from jwk, jku or x5u)",
    },
  });
}
