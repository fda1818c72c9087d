import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSqliteStore } from "../store/sqlite-store";
import type { SessionStore } from "../store/types";
import type { Outcome } from "./outcome";

/** A throwaway SQLite store per test file. */
export function tempStore(): SessionStore {
  return createSqliteStore({ file: path.join(mkdtempSync(path.join(tmpdir(), "sbx-svc-")), "s.sqlite") });
}

/** A tiny cookie jar: applies an outcome's Set-Cookie headers the way a browser would. */
export class Jar {
  private readonly cookies = new Map<string, string>();

  apply(outcome: Outcome): Outcome {
    for (const header of outcome.setCookies) {
      const [pair = ""] = header.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      if (/Max-Age=0(;|$)/.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1));
    }
    return outcome;
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  header(): string | null {
    return this.cookies.size ? [...this.cookies].map(([n, v]) => `${n}=${v}`).join("; ") : null;
  }
}
