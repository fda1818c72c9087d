import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetSecretsForTests } from "../session/secrets";
import { startupProblem } from "./startup";

const root = mkdtempSync(path.join(tmpdir(), "startup-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => resetSecretsForTests());

const strong = "k3Jd9-Qm2vX7pL0zR8sT4wY6uB1nC5eHgA";

describe("startupProblem", () => {
  it("is null for a fresh data folder, which it creates", () => {
    expect(startupProblem({ DATA_DIR: path.join(root, "fresh") })).toBeNull();
  });

  it("names the variable and the fix for a bad environment", () => {
    expect(startupProblem({ DATA_DIR: root, SANDBOX_RATE_LIMIT: "lots" })).toMatch(/SANDBOX_RATE_LIMIT: "lots" is not "burst\/perSecond"/);
  });

  it("explains a data folder under /proc instead of spinning on it", () => {
    const problem = startupProblem({ DATA_DIR: "/proc/session-lab/data" });
    expect(problem).toMatch(/^DATA_DIR \(\/proc\/session-lab\/data\) cannot be used: cannot create \/proc\/session-lab/);
    expect(problem).toContain("Point DATA_DIR at a writable folder");
  });

  it("explains a data folder whose path runs through a file", () => {
    const file = path.join(root, "not-a-folder");
    writeFileSync(file, "");
    expect(startupProblem({ DATA_DIR: path.join(file, "data") })).toContain(`${file} is a file, not a folder`);
  });

  it("needs no data folder with both a secret and Redis set", () => {
    expect(startupProblem({ DATA_DIR: "/proc/session-lab/data", SESSION_SECRET: strong, REDIS_URL: "redis://127.0.0.1:6379" })).toBeNull();
  });

  it("still needs the data folder for the SQLite store when only the secret is set", () => {
    expect(startupProblem({ DATA_DIR: "/proc/session-lab/data", SESSION_SECRET: strong })).toMatch(/SQLite store/);
  });

  it("reports a weak secret before anything else is tried", () => {
    expect(startupProblem({ DATA_DIR: root, SESSION_SECRET: "short" })).toMatch(/SESSION_SECRET is 5 characters/);
  });
});
