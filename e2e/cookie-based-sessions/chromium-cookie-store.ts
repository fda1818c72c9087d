import { DatabaseSync } from "node:sqlite";
import path from "node:path";

/**
 * Chromium's cookie store on disk: `<profile>/Default/Cookies`, an SQLite table `cookies` whose times are
 * base::Time values, microseconds since 1601-01-01 UTC (net/extras/sqlite/sqlite_persistent_cookie_store.cc).
 * No DevTools call can give a cookie a creation time: Network.setCookie and Storage.setCookies take none
 * (checked against Chromium 156's /json/protocol), so an old cookie is made by editing the store while
 * Chromium is closed, which is what the next launch reads back.
 */
const UNIX_EPOCH_IN_CHROMIUM_MS = 11_644_473_600_000n;

function toUnixMs(chromiumMicros: bigint): number {
  return Number(chromiumMicros / 1000n - UNIX_EPOCH_IN_CHROMIUM_MS);
}

/**
 * Moves each named cookie's creation (and its last access and update, so the record stays consistent)
 * `byMs` milliseconds into the past, and returns every stored cookie's creation time in Unix ms.
 * Throws when a named cookie is not in the store, so a test cannot age nothing and pass.
 */
export function ageStoredCookies(userDataDir: string, byMs: Record<string, number>): Record<string, number> {
  const db = new DatabaseSync(path.join(userDataDir, "Default", "Cookies"), { readBigInts: true });
  try {
    const update = db.prepare("UPDATE cookies SET creation_utc = creation_utc - ?1, last_access_utc = last_access_utc - ?1, last_update_utc = last_update_utc - ?1 WHERE name = ?2");
    for (const [name, ms] of Object.entries(byMs)) {
      const { changes } = update.run(BigInt(ms) * 1000n, name);
      if (Number(changes) !== 1) throw new Error(`Chromium's cookie store holds ${changes} cookies named ${name}, expected 1`);
    }
    const rows = db.prepare("SELECT name, creation_utc FROM cookies").all() as { name: string; creation_utc: bigint }[];
    return Object.fromEntries(rows.map((row) => [row.name, toUnixMs(row.creation_utc)]));
  } finally {
    db.close();
  }
}
