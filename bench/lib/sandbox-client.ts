import { SANDBOX_COOKIE_NAMES, type SandboxKind } from "../../app/_lib/sandbox/contract";

/** A minimal cookie jar: name → value, as the sandbox's Set-Cookie headers leave it. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(/;\s*/);
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const deletes = attributes.some((a) => /^max-age=(0|-\d+)$/i.test(a));
      if (deletes) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export type Call = { status: number; bytes: number; json: unknown };

/** What the sandbox demands of a mutating request: JSON, and this site as the Origin. */
export function mutatingHeaders(base: string, jar: CookieJar): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    origin: new URL(base).origin,
    "sec-fetch-site": "same-origin",
  };
  const cookie = jar.header();
  if (cookie) headers.cookie = cookie;
  return headers;
}

export async function callSandbox(
  base: string,
  jar: CookieJar,
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown,
): Promise<Call> {
  const headers = method === "GET" ? (jar.header() ? { cookie: jar.header() } : {}) : mutatingHeaders(base, jar);
  const response = await fetch(new URL(path, base), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  jar.take(response);
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: a missing route answers with the 404 page.
  }
  return { status: response.status, bytes: Buffer.byteLength(text), json };
}

export const kindPath = (kind: SandboxKind, action?: string) => `/api/sandbox/${kind}${action ? `/${action}` : ""}`;

/** Logs in as `name`; the jar then holds the kind's cookie. Returns null when the endpoint is not there. */
export async function loginSession(base: string, kind: SandboxKind, name = "bench"): Promise<CookieJar | null> {
  const jar = new CookieJar();
  const login = await callSandbox(base, jar, "POST", kindPath(kind, "login"), { name });
  if (login.status !== 200 || !jar.cookies.has(SANDBOX_COOKIE_NAMES[kind])) return null;
  return jar;
}
