/**
 * The sandbox's HTTP endpoints, in one table: method and path (from endpoint-paths.ts), request schema,
 * response schema. Route handlers take their body schema and their Allow header from it; the browser
 * client, the e2e API helper and the bench build URLs from it; the e2e suite checks every response
 * against it. Browser code imports only its types (and endpoint-paths.ts), never the schemas.
 *
 * Every endpoint answers a refusal as ErrorBody (contract.ts) with `Cache-Control: no-store`:
 *   all:      404 unknown kind · 503 store unavailable (server kind and labs)
 *   mutating: 405 other methods (with Allow) · 415 Content-Type is not application/json · 403 Origin /
 *             Sec-Fetch-Site is not this site · 413 body over 4 kB · 400 malformed JSON · 422 schema
 *             violation (ErrorBody.field names the field) · 429 rate limited (Retry-After).
 * Endpoints whose request is `emptyRequestSchema` take the body `{}` (an empty body counts as `{}`).
 */
import type { z } from "zod";
import {
  devicesRequestSchema,
  devicesResultSchema,
  emptyRequestSchema,
  errorBodySchema,
  fixationRequestSchema,
  jwtCheckRequestSchema,
  jwtCheckResultSchema,
  fixationResultSchema,
  lbConfigureRequestSchema,
  lbNodeRequestSchema,
  lbSendRequestSchema,
  lbViewSchema,
  loginRequestSchema,
  putDataRequestSchema,
  removeDataRequestSchema,
  replayRequestSchema,
  replayResultSchema,
  sandboxViewSchema,
  tamperRequestSchema,
  tamperResultSchema,
  type SandboxKind,
} from "./contract";
import { endpointPaths, type EndpointName, type HttpMethod } from "./endpoint-paths";

export type Endpoint = {
  method: HttpMethod;
  /** `{kind}` stands for sealed, server or jwt. */
  path: string;
  /** null: the request has no body. */
  request: z.ZodType | null;
  /** The 200 body; refusals are `errorBodySchema`. */
  response: z.ZodType;
  summary: string;
};

/** One row: the endpoint's method and path by name, plus its schemas. */
function define<const N extends EndpointName, const R extends Omit<Endpoint, "method" | "path">>(name: N, row: R) {
  return { ...endpointPaths[name], ...row };
}

export const endpoints = {
  read: define("read", {
    request: null,
    response: sandboxViewSchema,
    summary: "The session of one kind: status \"none\" with a reason when there is no valid session, never an error.",
  }),
  login: define("login", {
    request: loginRequestSchema,
    response: sandboxViewSchema,
    summary: "A fresh session as that name (server kind: a new ID, the old one deleted, unless the fixation lab's vulnerable mode planted the current ID).",
  }),
  putData: define("putData", {
    request: putDataRequestSchema,
    response: sandboxViewSchema,
    summary: "Puts one key. 401 no session; 413 cookie-too-large when the cookie would pass 4096 bytes (ErrorBody.view shows the unchanged session).",
  }),
  removeData: define("removeData", {
    request: removeDataRequestSchema,
    response: sandboxViewSchema,
    summary: "Removes one key. 401 no session; 404 no such key.",
  }),
  regenerate: define("regenerate", {
    request: emptyRequestSchema,
    response: sandboxViewSchema,
    summary: "A new ID / seal / jti for the same data. 401 no session.",
  }),
  logout: define("logout", {
    request: emptyRequestSchema,
    response: sandboxViewSchema,
    summary: "Ends the session; keeps a copy of the pre-logout cookie for the replay lab and revokes its id.",
  }),
  tamper: define("tamper", {
    request: tamperRequestSchema,
    response: tamperResultSchema,
    summary: "Flips one character of a copy of the cookie and reports what the server makes of it. 401 no cookie.",
  }),
  replay: define("replay", {
    request: replayRequestSchema,
    response: replayResultSchema,
    summary: "Replays the pre-logout copy. 404 no copy (log in, then log out first).",
  }),
  jwtCheck: define("jwtCheck", {
    request: jwtCheckRequestSchema,
    response: jwtCheckResultSchema,
    summary: "Runs any compact JWT through the sandbox's JWT verifier (pinned HS256, its own keys by kid, exp/iat/jti/sub/iss/aud required) and says why it refuses. Stores nothing; needs no session.",
  }),
  fixation: define("fixation", {
    request: fixationRequestSchema,
    response: fixationResultSchema,
    summary: "The session fixation lab: plant, login, attacker, reset.",
  }),
  devices: define("devices", {
    request: devicesRequestSchema,
    response: devicesResultSchema,
    summary: "The \"your sessions\" lab: list, add a simulated device (a real session for the same user), send a request as a device, sign out everywhere else, reset. 401 no session (add, sign-out-others); 404 no such device; 409 device cap.",
  }),
  lbRead: define("lbRead", {
    request: null,
    response: lbViewSchema,
    summary: "The simulated load balancer as this learner left it (its nodes live inside this server).",
  }),
  lbConfigure: define("lbConfigure", {
    request: lbConfigureRequestSchema,
    response: lbViewSchema,
    summary: "Strategy, storage and node count; fresh nodes and clients.",
  }),
  lbRequest: define("lbRequest", {
    request: lbSendRequestSchema,
    response: lbViewSchema,
    summary: "One simulated request from a client (lastEvent says which node answered).",
  }),
  lbNode: define("lbNode", {
    request: lbNodeRequestSchema,
    response: lbViewSchema,
    summary: "Kills or revives a node (lastEvent lists who loses their session). 409 when it would kill the last live node.",
  }),
  lbReset: define("lbReset", {
    request: emptyRequestSchema,
    response: lbViewSchema,
    summary: "Back to the initial simulation.",
  }),
} as const satisfies Record<EndpointName, Endpoint>;

export { endpointUrl, methodsAt, type EndpointName } from "./endpoint-paths";
export { errorBodySchema };

/** The body an endpoint accepts, as the caller writes it (defaults not yet applied). */
export type RequestOf<E extends Endpoint> = E["request"] extends z.ZodType ? z.input<E["request"]> : undefined;
/** The 200 body. */
export type ResponseOf<E extends Endpoint> = z.output<E["response"]>;

/** What a call needs besides the endpoint: the kind when the path has one, the body when it takes one. */
export type CallInput<E extends Endpoint> = (E["path"] extends `${string}{kind}${string}` ? { kind: SandboxKind } : { kind?: never }) &
  (E["request"] extends z.ZodType ? { body: RequestOf<E> } : { body?: never });

/** Checks a response body against the table: the endpoint's schema for 2xx, ErrorBody otherwise. */
export function responseSchemaFor(endpoint: Endpoint, status: number): z.ZodType {
  return status >= 200 && status < 300 ? endpoint.response : errorBodySchema;
}
