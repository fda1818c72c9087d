import { Worker } from "node:worker_threads";

/**
 * Moves a SQLite file's WAL checkpoints off the request thread.
 *
 * Why: node:sqlite is synchronous, and with SQLite's default auto-checkpoint the commit that takes the WAL past
 * 1000 pages copies them into the database and fsyncs both files before it returns. A sandbox write adds 2 pages,
 * so every 500th write held the event loop for 5–80 ms on this machine (bench/FINDINGS.md, 3 December, branch
 * write-tail): at 10 connections that stall landed in every second of server writes and set their p99.
 *
 * A worker thread with its own connection runs `PRAGMA wal_checkpoint(PASSIVE)` every `everyMs`: a passive
 * checkpoint never blocks the writer, and its fsyncs now wait in that thread. Under writes that never pause, SQLite
 * cannot rewind a WAL that is still being appended to, so past `maxFrames` the worker runs one TRUNCATE checkpoint,
 * which waits for the writer and briefly holds new writes: the WAL stays bounded, at the price of a rare stall. Commits keep `synchronous = NORMAL`,
 * so durability is what it was: a commit is in the WAL, a checkpoint moves it into the database file.
 * If the worker cannot start or fails, the returned `onFailure` callback lets the store turn SQLite's own
 * auto-checkpoint back on, so the WAL can never grow without bound.
 */
const WORKER_SOURCE = `
const { DatabaseSync } = require("node:sqlite");
const { parentPort, workerData } = require("node:worker_threads");
const db = new DatabaseSync(workerData.file, { timeout: 0 });
const passive = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const truncate = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
function checkpoint() {
  try {
    const { log } = passive.get();
    // Under writes without a pause the WAL is never fully copied when a write starts, so SQLite cannot
    // rewind it; past maxFrames, wait for the writer and empty it (the one stall left, and a rare one).
    if (log > workerData.maxFrames) truncate.get();
  } catch {
    // Busy (another process checkpointing, a schema change): the next tick tries again.
  }
}
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage("stopped");
});
parentPort.postMessage("ready");
`;

export type WalCheckpointer = {
  /** Resolves once the worker's connection has opened (false: it could not, and `onFailure` was called). */
  ready: Promise<boolean>;
  /** Runs one last checkpoint and ends the worker. */
  stop(): Promise<void>;
};

/** 16,384 frames of 4 kB: the WAL's size bound, 64 MB. */
export const MAX_WAL_FRAMES = 16_384;

export function startWalCheckpointer(
  file: string,
  { everyMs = 200, maxFrames = MAX_WAL_FRAMES, onFailure }: { everyMs?: number; maxFrames?: number; onFailure: (error: unknown) => void },
): WalCheckpointer {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, everyMs, maxFrames } });
  // A server shutting down must not wait for this thread.
  worker.unref();
  let stopping = false;
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };
  const ready = new Promise<boolean>((resolve) => {
    worker.once("message", (message) => resolve(message === "ready"));
    worker.once("error", (error) => {
      fail(error);
      resolve(false);
    });
    worker.once("exit", () => resolve(false));
  });
  worker.on("exit", (code) => {
    if (!stopping) fail(new Error(`the WAL checkpoint worker exited with code ${code}`));
  });
  return {
    ready,
    async stop() {
      if (stopping) return;
      stopping = true;
      if (!(await ready)) return;
      const stopped = new Promise<void>((resolve) => {
        worker.on("message", (message) => message === "stopped" && resolve());
        worker.once("exit", () => resolve());
      });
      worker.postMessage("stop");
      await stopped;
      await worker.terminate();
    },
  };
}
