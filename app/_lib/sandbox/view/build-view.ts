import {
  SANDBOX_COOKIE_NAMES,
  type Inspect,
  type NoSessionReason,
  type SandboxKind,
  type SandboxView,
  type SessionStatus,
} from "../contract";
import { redactCookieHeader } from "../cookies/cookie-header";
import { cookieSize, explainSetCookie } from "../cookies/set-cookie";
import { LAB_COOKIE_NAME } from "../labs/lab-cookie";

/** What each reason means for a learner; the kind-specific detail follows it. */
const REASON_TEXT: Record<NoSessionReason, string> = {
  missing: "No session cookie arrived with this request, so there is no session.",
  malformed: "The cookie's value does not have the shape this server issues, so it was ignored without any lookup.",
  duplicate: "The cookie name arrived twice (a sign of cookie tossing from a sibling site); the server trusts neither copy.",
  tampered: "The integrity check failed: the value was changed after the server issued it.",
  "unknown-key": "The value names a key or password id this server does not hold.",
  expired: "The value's own expiry has passed.",
  "not-yet-valid": "The token is not valid yet (its nbf is in the future).",
  "idle-timeout": "The session saw no request within the idle timeout, so the server ended it.",
  "absolute-timeout": "The session reached its absolute lifetime, so the server ended it however active it was.",
  "unknown-id": "The store holds no session with this ID: it was never issued, or it was deleted at logout or timeout.",
  revoked: "The value is authentic and unexpired, but its id is on the server's revocation list.",
  "wrong-alg": 'The token\'s "alg" is not in the server\'s pinned list ["HS256"].',
  "invalid-claims": "The signature is fine but a required claim is missing or wrong.",
};

export function noSession(reason: NoSessionReason, detail?: string): SessionStatus {
  return { state: "none", reason, explanation: detail ? `${REASON_TEXT[reason]} ${detail}` : REASON_TEXT[reason] };
}

const ACTIVE_TEXT: Record<SandboxKind, string> = {
  sealed: "The server decrypted the seal and its HMAC matched: the data came back exactly as the server sealed it.",
  jwt: "The HS256 signature matched and exp is in the future. Note that anyone could read these claims; only the server could have signed them.",
  server: "The store holds a live record for this ID; the cookie itself carries nothing but the ID.",
};

export function activeStatus(kind: SandboxKind, user: string | null, data: Record<string, string>): SessionStatus {
  if (user === null) {
    return { state: "active", user: "", data, anonymous: true, explanation: `${ACTIVE_TEXT[kind]} This session is anonymous: nobody has logged in with it yet.` };
  }
  return { state: "active", user, data, explanation: ACTIVE_TEXT[kind] };
}

export type ViewInput = {
  kind: SandboxKind;
  now: number;
  status: SessionStatus;
  inspect: Inspect;
  deadlines?: Partial<SandboxView["deadlines"]>;
  setCookies?: readonly string[];
  /** The raw Cookie header the request arrived with. */
  cookieHeader: string | null;
  /** The cookie this kind holds once the browser applies the response, with the Set-Cookie that (re)creates it. */
  cookie: { value: string; header: string } | null;
  event?: SandboxView["event"];
};

export function buildView(input: ViewInput): SandboxView {
  const name = SANDBOX_COOKIE_NAMES[input.kind];
  const wireHeader = redactCookieHeader(input.cookieHeader, [name, LAB_COOKIE_NAME]);
  return {
    kind: input.kind,
    now: input.now,
    status: input.status,
    wire: {
      setCookie: (input.setCookies ?? []).map(explainSetCookie),
      cookieHeader: wireHeader.header,
      redactedCookies: wireHeader.redacted,
    },
    size: input.cookie ? cookieSize(name, input.cookie.value, input.cookie.header) : null,
    inspect: input.inspect,
    deadlines: { expiresAt: null, idleExpiresAt: null, absoluteExpiresAt: null, ...input.deadlines },
    event: input.event ?? null,
  };
}
