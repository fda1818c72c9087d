import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startWalCheckpointer } from "./wal-checkpointer";

const dir = mkdtempSync(path.join(tmpdir(), "sbx-wal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function walDatabase(name: string): { file: string; db: DatabaseSync } {
  const file = path.join(dir, name);
  const db = new DatabaseSync(file, { timeout: 2000 });
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT)");
  return { file, db };
}

const walBytes = (file: string) => statSync(`${file}-wal`).size;

describe("startWalCheckpointer", () => {
  it("checkpoints from its own thread, and empties a WAL past its bound", async () => {
    const { file, db } = walDatabase("bound.sqlite");
    const onFailure = vi.fn();
    const checkpointer = startWalCheckpointer(file, { everyMs: 10, maxFrames: 50, onFailure });
    expect(await checkpointer.ready).toBe(true);
    const write = db.prepare("INSERT INTO t VALUES ('a', ?) ON CONFLICT (id) DO UPDATE SET v = excluded.v");
    for (let i = 0; i < 200; i++) write.run(String(i));
    expect(walBytes(file)).toBeGreaterThan(200 * 4096);
    // Nothing on this thread checkpoints (wal_autocheckpoint = 0): only the worker can empty the file.
    await vi.waitFor(() => expect(walBytes(file)).toBe(0), { timeout: 5000, interval: 20 });
    expect(db.prepare("SELECT v FROM t WHERE id = 'a'").get()).toEqual({ v: "199" });
    await checkpointer.stop();
    expect(onFailure).not.toHaveBeenCalled();
    db.close();
  });

  it("reports a worker that cannot open the file, so the store can checkpoint on its own again", async () => {
    const onFailure = vi.fn();
    const checkpointer = startWalCheckpointer(path.join(dir, "missing", "nothing.sqlite"), { onFailure });
    expect(await checkpointer.ready).toBe(false);
    expect(onFailure).toHaveBeenCalledTimes(1);
    await checkpointer.stop();
  });
});
