import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CookieJar } from "tough-cookie";
import type { Outcome } from "../app/_lib/sandbox/kinds/outcome";
import type { ServerDeps } from "../app/_lib/sandbox/kinds/server-service";
import { createSqliteStore } from "../app/_lib/sandbox/store/sqlite-store";
import type { SessionStore } from "../app/_lib/sandbox/store/types";

/** A throwaway SQLite store per test file. */
export function tempStore(): SessionStore {
  return createSqliteStore({ file: path.join(mkdtempSync(path.join(tmpdir(), "sbx-svc-")), "s.sqlite") });
}

/** The origin the jar pretends the sandbox lives at: https, so `__Host-` and `Secure` cookies are kept. */
const ORIGIN = "https://sandbox.test/";

/**
 * A browser's cookie jar (tough-cookie, which implements RFC 6265's storage model) fed with an action's
 * Set-Cookie headers, so unit tests see expiry, deletion and the `__Host-` rules as a browser applies them.
 */
export class Jar {
  private readonly jar = new CookieJar();

  apply(outcome: Outcome): Outcome {
    for (const header of outcome.setCookies) this.jar.setCookieSync(header, ORIGIN);
    return outcome;
  }

  /** Plants a cookie the server did not set, the way an attacker or a test would. */
  set(name: string, value: string): void {
    this.jar.setCookieSync(`${name}=${value}; Path=/; Secure`, ORIGIN);
  }

  get(name: string): string | undefined {
    return this.jar.getCookiesSync(ORIGIN).find((cookie) => cookie.key === name)?.value;
  }

  header(): string | null {
    return this.jar.getCookieStringSync(ORIGIN) || null;
  }
}

/** A server-kind setup for service tests: a throwaway store, 2-minute idle and 10-minute absolute deadlines, a jar. */
export function serverSetup() {
  const store = tempStore();
  const deps: ServerDeps = { store: () => store, count: () => store.count(), idleMs: 120_000, absoluteMs: 600_000 };
  const jar = new Jar();
  const ctx = (now = Date.now()) => ({ cookieHeader: jar.header(), now });
  return { store, deps, jar, ctx };
}
