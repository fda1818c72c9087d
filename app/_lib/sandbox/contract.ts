/**
 * The sandbox's HTTP contract: the schemas of request bodies and response JSON, and the limits they encode.
 * Which endpoint takes and answers which schema is the endpoint table, endpoints.ts.
 * Client components import this file, so it depends on zod only (no server modules).
 * Keep it stable: add fields, never rename or remove them.
 *
 * Session kinds: `kind` ∈ sealed | server | jwt. Every response carries `Cache-Control: no-store`.
 */
import { z } from "zod";
import { DATA_MAX_KEYS, DATA_VALUE_MAX_CHARS } from "./input-limits";

export const SANDBOX_KINDS = ["sealed", "server", "jwt"] as const;
export const sandboxKindSchema = z.enum(SANDBOX_KINDS);
export type SandboxKind = z.infer<typeof sandboxKindSchema>;

/** Cookie names per kind; separate from the learner's progress cookie. */
export const SANDBOX_COOKIE_NAMES = {
  sealed: "__Host-sbx-sealed",
  server: "__Host-sbx-sid",
  jwt: "__Host-sbx-jwt",
} as const satisfies Record<SandboxKind, string>;

/** RFC 6265 §6.1: browsers keep at least 4096 bytes per cookie (name, value and attributes). */
export const COOKIE_LIMIT_BYTES = 4096;
/** Demo timeouts, short on purpose so a learner can watch them run out. */
export const SERVER_IDLE_TIMEOUT_MS = 2 * 60 * 1000;
export const SERVER_ABSOLUTE_TIMEOUT_MS = 10 * 60 * 1000;
export const TOKEN_TTL_MS = 10 * 60 * 1000;

// ---------------------------------------------------------------- inputs

export { DATA_MAX_KEYS, DATA_VALUE_MAX_CHARS };

/** Letters, digits, space and . _ ' - ; what a display name needs and nothing a header or HTML could abuse. */
export const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,39}$/u;
/** Keys start with a letter; `__proto__` and friends cannot match, and the rest are refused by name. */
export const DATA_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
export const RESERVED_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"] as const;

export const nameSchema = z
  .string()
  .transform((name) => name.trim())
  .pipe(
    z
      .string()
      .min(1, "Enter a name.")
      .max(40, "Use at most 40 characters.")
      .regex(NAME_PATTERN, "Use only letters, digits, spaces and . _ ' -"),
  );

export const dataKeySchema = z
  .string()
  .min(1, "Enter a key.")
  .regex(DATA_KEY_PATTERN, "Start with a letter, then use only letters, digits, _ or - (at most 32 characters).")
  .refine((key) => !(RESERVED_KEYS as readonly string[]).includes(key), "That name is reserved in JavaScript objects; choose another key.");

export const dataValueSchema = z
  .string()
  // A form sends each line break of a textarea as CR LF (HTML's form encoding); the learner typed one LF.
  .transform((value) => value.replace(/\r\n?/g, "\n"))
  .pipe(
    z
      .string()
      .max(DATA_VALUE_MAX_CHARS, `Use at most ${DATA_VALUE_MAX_CHARS} characters.`)
      .regex(/^[^\u0000-\u0009\u000b-\u001f\u007f]*$/, "Remove the control characters (tabs and the like); line breaks are fine."),
  );

export const loginRequestSchema = z.strictObject({ name: nameSchema });
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const putDataRequestSchema = z.strictObject({ key: dataKeySchema, value: dataValueSchema });
export type PutDataRequest = z.input<typeof putDataRequestSchema>;

export const removeDataRequestSchema = z.strictObject({ key: dataKeySchema });
export type RemoveDataRequest = z.input<typeof removeDataRequestSchema>;

/** Regenerate and logout take no fields; an empty body counts as `{}`. */
export const emptyRequestSchema = z.strictObject({});

/** payload: a character of the encrypted payload / claims; signature: the HMAC / JWS signature;
 *  signature-end: the signature's last character, changed only in the spare bits base64url ignores;
 *  alg-none (JWT only): re-encode the claims as an unsecured `alg: none` token. Server kind ignores it. */
export const TAMPER_TARGETS = ["payload", "signature", "signature-end", "alg-none"] as const;
export type TamperTarget = (typeof TAMPER_TARGETS)[number];
export const tamperRequestSchema = z.strictObject({ where: z.enum(TAMPER_TARGETS).default("payload") });
export type TamperRequest = z.input<typeof tamperRequestSchema>;

export const replayRequestSchema = z.strictObject({ revocationCheck: z.boolean() });
export type ReplayRequest = z.input<typeof replayRequestSchema>;

export const FIXATION_MODES = ["vulnerable", "regenerate"] as const;
export const FIXATION_STEPS = ["plant", "login", "attacker", "reset"] as const;
/**
 * plant: the attacker gets an ID from our server and plants it as the learner's cookie;
 * login: the learner logs in (vulnerable keeps the ID, regenerate issues a new one);
 * attacker: the attacker sends the planted ID and we report what the server sees; reset: clear the lab.
 */
export const fixationRequestSchema = z.strictObject({
  mode: z.enum(FIXATION_MODES),
  step: z.enum(FIXATION_STEPS),
  /** Required for step "login". */
  name: nameSchema.optional(),
});
export type FixationRequest = z.input<typeof fixationRequestSchema>;

/** The most simulated other devices the "your sessions" lab keeps. */
export const DEVICES_MAX = 3;
export const DEVICE_LABELS = ["Laptop", "Phone", "Tablet"] as const;
export const DEVICE_STEPS = ["list", "add", "request", "sign-out-others", "reset"] as const;
/**
 * The "your sessions" lab (server kind): list this user's sessions, add a simulated second device (a real
 * session in the store, for the same user), send a request as one device, sign out everywhere else, reset.
 */
export const devicesRequestSchema = z.strictObject({
  step: z.enum(DEVICE_STEPS),
  /** Which device sends the request (step "request"): its index in the list of other devices. */
  device: z.number().int().min(0).max(DEVICES_MAX - 1).optional(),
});
export type DevicesRequest = z.input<typeof devicesRequestSchema>;

export const LB_STRATEGIES = ["round-robin", "sticky-cookie", "client-hash"] as const;
export const LB_STORAGES = ["per-node-memory", "shared-store", "stateless-cookie"] as const;
export const LB_CLIENTS = ["you", "ana", "ben", "chen"] as const;
export const LB_MIN_NODES = 2;
export const LB_MAX_NODES = 5;

export const lbConfigureRequestSchema = z.strictObject({
  strategy: z.enum(LB_STRATEGIES),
  storage: z.enum(LB_STORAGES),
  nodes: z.number().int().min(LB_MIN_NODES).max(LB_MAX_NODES),
});
export type LbConfigureRequest = z.input<typeof lbConfigureRequestSchema>;

export const lbSendRequestSchema = z.strictObject({ client: z.enum(LB_CLIENTS) });
export type LbSendRequest = z.input<typeof lbSendRequestSchema>;

/** node: 1-based node number. */
export const lbNodeRequestSchema = z.strictObject({
  node: z.number().int().min(1).max(LB_MAX_NODES),
  action: z.enum(["kill", "revive"]),
});
export type LbNodeRequest = z.input<typeof lbNodeRequestSchema>;

// ---------------------------------------------------------------- outputs

export const NO_SESSION_REASONS = [
  "missing", // no cookie was sent
  "malformed", // the value does not have the shape of a seal / JWT / session ID
  "duplicate", // the cookie name appeared twice (cookie tossing); we trust neither
  "tampered", // integrity check (HMAC / signature) failed
  "unknown-key", // sealed with a password id / signed with a kid we do not have
  "expired", // the seal's or token's own expiry has passed
  "not-yet-valid", // JWT nbf in the future
  "idle-timeout", // server kind: no request within the idle timeout
  "absolute-timeout", // server kind: older than the absolute lifetime
  "unknown-id", // server kind: well-formed ID the store does not hold
  "revoked", // on the revocation list (replay lab with the check on)
  "wrong-alg", // JWT header alg is not in the pinned list ["HS256"]
  "invalid-claims", // JWT claims missing or wrong (exp, iat, jti, sub, iss, aud)
] as const;
export const noSessionReasonSchema = z.enum(NO_SESSION_REASONS);
export type NoSessionReason = z.infer<typeof noSessionReasonSchema>;

export const sessionDataSchema = z.record(z.string(), z.string());
export type SessionData = z.infer<typeof sessionDataSchema>;

export const sessionStatusSchema = z.discriminatedUnion("state", [
  z.object({
    state: z.literal("active"),
    /** Empty for an anonymous (not logged-in) session, which only the fixation lab creates. */
    user: z.string(),
    data: sessionDataSchema,
    explanation: z.string(),
    anonymous: z.boolean().optional(),
  }),
  z.object({ state: z.literal("none"), reason: noSessionReasonSchema, explanation: z.string() }),
]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const cookieAttributeSchema = z.object({
  /** As written in the header, e.g. "HttpOnly", "SameSite", "Max-Age". */
  name: z.string(),
  value: z.string().nullable(),
  explanation: z.string(),
});
export type CookieAttribute = z.infer<typeof cookieAttributeSchema>;

export const setCookieSchema = z.object({
  /** The exact Set-Cookie header value the server sent. */
  header: z.string(),
  name: z.string(),
  value: z.string(),
  prefix: z.enum(["__Host-", "__Secure-"]).nullable(),
  prefixExplanation: z.string().nullable(),
  attributes: z.array(cookieAttributeSchema),
  /** Bytes of the whole header value (name, value and attributes). */
  bytes: z.number(),
  /** True when it clears the cookie (Max-Age=0). */
  deletes: z.boolean(),
  /** Session cookie, persistent for N seconds, or deleted: what the lifetime attributes add up to. */
  lifetime: z.string(),
});
export type SetCookieView = z.infer<typeof setCookieSchema>;

export const wireSchema = z.object({
  setCookie: z.array(setCookieSchema),
  /** The Cookie header this request arrived with; values of cookies outside this sandbox kind are replaced by "…". */
  cookieHeader: z.string().nullable(),
  /** Names whose values were replaced in cookieHeader (e.g. the learner's progress cookie). */
  redactedCookies: z.array(z.string()),
});
export type Wire = z.infer<typeof wireSchema>;

export const cookieSizeSchema = z.object({
  name: z.string(),
  /** Bytes of the Set-Cookie string (name=value plus attributes), what the 4096 limit counts. */
  bytes: z.number(),
  valueBytes: z.number(),
  limit: z.literal(COOKIE_LIMIT_BYTES),
});
export type CookieSize = z.infer<typeof cookieSizeSchema>;

export const sealFieldSchema = z.object({
  /** 0-based position among the `*`-separated parts; the `~2` suffix has index 8. */
  index: z.number(),
  name: z.enum(["prefix", "passwordId", "encryptionSalt", "iv", "encryptedPayload", "expiresAt", "hmacSalt", "hmac", "version"]),
  label: z.string(),
  value: z.string(),
  explanation: z.string(),
});
export type SealField = z.infer<typeof sealFieldSchema>;

export const timeClaimSchema = z.object({
  claim: z.enum(["iat", "exp", "nbf"]),
  value: z.number(),
  iso: z.string(),
  explanation: z.string(),
});

export const storeRecordSchema = z.object({
  user: z.string().nullable(),
  data: sessionDataSchema,
  createdAt: z.number(),
  lastSeenAt: z.number(),
  idleExpiresAt: z.number(),
  absoluteExpiresAt: z.number(),
});
export type StoreRecordView = z.infer<typeof storeRecordSchema>;

export const inspectSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("sealed"),
    /** Null when there is no cookie or it is not 8 `*`-separated fields plus a suffix. */
    fields: z.array(sealFieldSchema).nullable(),
    /** What the server decrypted with its secret; null when it could not. */
    decrypted: z.record(z.string(), z.unknown()).nullable(),
    /** What a page without the secret gets from base64url-decoding the payload: bytes, not JSON. */
    withoutSecret: z.object({ bytes: z.number(), hexPreview: z.string(), readable: z.boolean(), explanation: z.string() }).nullable(),
  }),
  z.object({
    kind: z.literal("jwt"),
    header: z.record(z.string(), z.unknown()).nullable(),
    claims: z.record(z.string(), z.unknown()).nullable(),
    times: z.array(timeClaimSchema),
    signature: z.string().nullable(),
    algorithms: z.array(z.string()),
    requiredClaims: z.array(z.string()),
    explanation: z.string(),
  }),
  z.object({
    kind: z.literal("server"),
    id: z.string().nullable(),
    idFacts: z.object({ bits: z.number(), encoding: z.string(), source: z.string() }),
    record: storeRecordSchema.nullable(),
    store: z.enum(["sqlite", "redis"]),
    sessionsInStore: z.number().nullable(),
  }),
]);
export type Inspect = z.infer<typeof inspectSchema>;

export const deadlinesSchema = z.object({
  /** Sealed/JWT: the embedded expiry (ms since epoch). */
  expiresAt: z.number().nullable(),
  /** Server kind: the idle and absolute deadlines (ms since epoch). */
  idleExpiresAt: z.number().nullable(),
  absoluteExpiresAt: z.number().nullable(),
});

export const eventSchema = z.object({ action: z.string(), summary: z.string() });

export const sandboxViewSchema = z.object({
  kind: sandboxKindSchema,
  /** Server clock (ms since epoch) so the UI can count down without trusting the browser's clock. */
  now: z.number(),
  status: sessionStatusSchema,
  wire: wireSchema,
  /** The cookie this kind holds after this response; null when there is none. */
  size: cookieSizeSchema.nullable(),
  inspect: inspectSchema,
  deadlines: deadlinesSchema,
  /** What this request did and why; null for a plain read. */
  event: eventSchema.nullable(),
});
export type SandboxView = z.infer<typeof sandboxViewSchema>;

export const tamperResultSchema = z.object({
  view: sandboxViewSchema,
  tamper: z.object({
    where: z.enum(TAMPER_TARGETS),
    original: z.string(),
    tampered: z.string(),
    /** Index of the changed character in the cookie value (-1 for alg-none, which rewrites the header). */
    index: z.number(),
    before: z.string(),
    after: z.string(),
    /** Which part was hit, e.g. "encrypted payload", "JWT signature", "session ID". */
    part: z.string(),
    outcome: sessionStatusSchema,
    explanation: z.string(),
  }),
});
export type TamperResult = z.infer<typeof tamperResultSchema>;

/** Any compact JWT, for the JWT debugger's attack buttons: checked by the sandbox's own verifier, never stored. */
export const jwtCheckRequestSchema = z.strictObject({ token: z.string().min(1).max(4096) });
export type JwtCheckRequest = z.input<typeof jwtCheckRequestSchema>;

export const jwtCheckResultSchema = z.object({
  /** What the sandbox's verifier makes of the token: the same check its own JWT cookie goes through. */
  outcome: sessionStatusSchema,
  /** The verifier's fixed rules, so the learner sees what it pinned. */
  policy: z.object({ algorithms: z.array(z.string()), requiredClaims: z.array(z.string()), issuer: z.string(), audience: z.string(), keys: z.string() }),
});
export type JwtCheckResult = z.infer<typeof jwtCheckResultSchema>;

export const replayResultSchema = z.object({
  view: sandboxViewSchema,
  replay: z.object({
    /** The Cookie header the replayed request carried. */
    cookieHeader: z.string(),
    savedAt: z.number(),
    revocationCheck: z.boolean(),
    outcome: sessionStatusSchema,
    explanation: z.string(),
  }),
});
export type ReplayResult = z.infer<typeof replayResultSchema>;

export const fixationResultSchema = z.object({
  view: sandboxViewSchema,
  fixation: z.object({
    mode: z.enum(FIXATION_MODES),
    step: z.enum(FIXATION_STEPS),
    /** The ID the attacker knows (planted), or null before "plant". */
    attackerId: z.string().nullable(),
    /** The learner's session ID after this step, or null. */
    victimId: z.string().nullable(),
    /** What the server shows the attacker's request (step "attacker" only). */
    attackerSees: sessionStatusSchema.nullable(),
    explanation: z.string(),
  }),
});
export type FixationResult = z.infer<typeof fixationResultSchema>;

export const deviceSessionSchema = z.object({
  label: z.string(),
  /** The session ID that device's cookie holds. */
  id: z.string(),
  /** What the server makes of that ID now. */
  status: sessionStatusSchema,
});

export const devicesResultSchema = z.object({
  view: sandboxViewSchema,
  devices: z.object({
    step: z.enum(DEVICE_STEPS),
    /** This browser's session, as the server sees it (null when there is none). */
    thisBrowser: z.object({ id: z.string(), status: sessionStatusSchema }).nullable(),
    /** The simulated other devices, in the order they were added. */
    others: z.array(deviceSessionSchema),
    /** Step "request": the Cookie header that device sent and what the server answered. */
    request: z.object({ label: z.string(), cookieHeader: z.string(), outcome: sessionStatusSchema }).nullable(),
    explanation: z.string(),
  }),
});
export type DevicesResult = z.infer<typeof devicesResultSchema>;

export const lbClientSchema = z.object({
  id: z.enum(LB_CLIENTS),
  label: z.string(),
  /** The simulated client address the hash strategy uses. */
  ip: z.string(),
  /** The load balancer's sticky cookie this client holds (sticky-cookie strategy), e.g. "lb=node-2". */
  stickyCookie: z.string().nullable(),
  /** The session cookie this client holds (an ID, or the stateless cookie's contents). */
  sessionCookie: z.string().nullable(),
  /** Requests counted by the session; resets to 1 when a session is lost. */
  visits: z.number(),
  lastNode: z.number().nullable(),
});

export const lbEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("request"),
    client: z.enum(LB_CLIENTS),
    /** 1-based node that answered. */
    node: z.number(),
    outcome: z.enum(["new", "found", "lost"]),
    visits: z.number(),
    explanation: z.string(),
  }),
  z.object({
    type: z.enum(["kill", "revive"]),
    node: z.number(),
    /** Clients whose next request will not find their session. */
    affectedClients: z.array(z.enum(LB_CLIENTS)),
    explanation: z.string(),
  }),
  z.object({ type: z.literal("configure"), explanation: z.string() }),
]);
export type LbEvent = z.infer<typeof lbEventSchema>;

export const lbViewSchema = z.object({
  strategy: z.enum(LB_STRATEGIES),
  storage: z.enum(LB_STORAGES),
  nodes: z.array(
    z.object({
      /** 1-based. */
      number: z.number(),
      alive: z.boolean(),
      /** Sessions in this node's own memory (per-node-memory storage). */
      sessionsInMemory: z.number(),
      handled: z.number(),
    }),
  ),
  clients: z.array(lbClientSchema),
  /** Sessions in the shared store (shared-store storage). */
  sharedStoreSessions: z.number(),
  /** Clients that would lose their session if each node died now, keyed by node number. */
  atRiskByNode: z.record(z.string(), z.array(z.enum(LB_CLIENTS))),
  lastEvent: lbEventSchema.nullable(),
  /** Most recent first, at most 12. */
  log: z.array(lbEventSchema),
  note: z.string(),
});
export type LbView = z.infer<typeof lbViewSchema>;

export const ERROR_CODES = [
  "method-not-allowed",
  "unsupported-media-type",
  "forbidden-origin",
  "payload-too-large",
  "cookie-too-large",
  "malformed-json",
  "invalid-body",
  "rate-limited",
  "no-session",
  "not-found",
  "conflict",
  "store-unavailable",
  "internal-error",
] as const;

export const errorBodySchema = z.object({
  error: z.enum(ERROR_CODES),
  message: z.string(),
  /** The offending field for 422, e.g. "value" or "key". */
  field: z.string().optional(),
  retryAfterSeconds: z.number().optional(),
  /** For 413 cookie-too-large and 401: the (unchanged) view. */
  view: sandboxViewSchema.optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
