import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirError, ensureDirectory } from "./data-dir";

const root = mkdtempSync(path.join(tmpdir(), "data-dir-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("ensureDirectory", () => {
  it("creates missing parents, private to the owner", () => {
    const dir = path.join(root, "a", "b", "c");
    ensureDirectory(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it("accepts a folder that exists", () => {
    expect(() => ensureDirectory(root)).not.toThrow();
  });

  it("refuses a path that runs through a file, naming it", () => {
    const file = path.join(root, "plain");
    writeFileSync(file, "");
    expect(() => ensureDirectory(path.join(file, "inside"))).toThrow(new DataDirError(`${file} is a file, not a folder`));
  });

  // Node's recursive mkdir spins forever here; this returns at once with a reason.
  it.runIf(process.platform === "linux")("refuses a folder under /proc with a reason instead of spinning", () => {
    expect(() => ensureDirectory("/proc/session-lab-test/x")).toThrow(/cannot create \/proc\/session-lab-test/);
  });
});
