import { CookieJar as ToughJar } from "tough-cookie";
import { SANDBOX_COOKIE_NAMES, type SandboxKind } from "../../app/_lib/sandbox/contract";
import { endpoints, endpointUrl, type CallInput, type EndpointName } from "../../app/_lib/sandbox/endpoints";

/**
 * A browser-like cookie jar for one bench client (tough-cookie: RFC 6265's storage model, which counts
 * loopback as a secure context, so the sandbox's `__Host-` cookies are kept as a browser keeps them).
 */
export class SandboxJar {
  private readonly jar = new ToughJar();

  constructor(readonly base: string) {}

  async take(response: Response): Promise<void> {
    for (const header of response.headers.getSetCookie()) await this.jar.setCookie(header, response.url || this.base);
  }

  /** The Cookie header this client would send to the sandbox. */
  header(): string {
    return this.jar.getCookieStringSync(this.base);
  }

  get(name: string): string | undefined {
    return this.jar.getCookiesSync(this.base).find((cookie) => cookie.key === name)?.value;
  }
}

export type Call = { status: number; bytes: number; json: unknown };

/** What the sandbox demands of a mutating request: JSON, and this site as the Origin. */
export function mutatingHeaders(base: string, jar: SandboxJar): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    origin: new URL(base).origin,
    "sec-fetch-site": "same-origin",
  };
  const cookie = jar.header();
  if (cookie) headers.cookie = cookie;
  return headers;
}

/** Calls one endpoint of the sandbox's table (app/_lib/sandbox/endpoints.ts) as this jar's browser would. */
export async function callSandbox<N extends EndpointName>(base: string, jar: SandboxJar, name: N, input: CallInput<(typeof endpoints)[N]>): Promise<Call> {
  const { method } = endpoints[name];
  const body: unknown = input.body;
  const headers = method === "GET" ? (jar.header() ? { cookie: jar.header() } : {}) : mutatingHeaders(base, jar);
  const response = await fetch(new URL(endpointUrl(endpoints[name], input), base), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await jar.take(response);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: a missing route answers with the 404 page.
  }
  return { status: response.status, bytes: Buffer.byteLength(text), json };
}

/** The absolute URL of an endpoint, for load targets that bypass callSandbox. */
export const sandboxUrl = (base: string, name: EndpointName, kind?: SandboxKind) => new URL(endpointUrl(endpoints[name], { kind }), base).href;

/** Logs in as `name`; the jar then holds the kind's cookie. Returns null when the endpoint is not there. */
export async function loginSession(base: string, kind: SandboxKind, name = "bench"): Promise<SandboxJar | null> {
  const jar = new SandboxJar(base);
  const login = await callSandbox(base, jar, "login", { kind, body: { name } });
  if (login.status !== 200 || jar.get(SANDBOX_COOKIE_NAMES[kind]) === undefined) return null;
  return jar;
}
