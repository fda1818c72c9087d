import type { SessionRecord, SessionStore } from "./types";

/**
 * Enough for every writer of a busy session to get its turn: each round at least one of the racing
 * writers succeeds, and the sandbox's rate limit keeps one session's writers far below this.
 */
export const MAX_UPDATE_ATTEMPTS = 32;

export type UpdateResult<T> =
  | { outcome: "updated"; record: SessionRecord; value: T }
  | { outcome: "refused"; value: T }
  | { outcome: "missing" }
  | { outcome: "busy" };

/**
 * Read-modify-write of one session that never loses a concurrent write: `change` sees the current record
 * and returns the next one (or `refuse` with a reason, e.g. over the size cap); the write lands only if
 * nobody changed the data meanwhile, and otherwise the whole step runs again on the fresh record.
 * `busy` after MAX_UPDATE_ATTEMPTS means: tell the client to retry, never drop the write silently.
 */
export async function updateRecord<T>(
  store: SessionStore,
  id: string,
  change: (record: SessionRecord) => { next: SessionRecord; value: T } | { refuse: T },
): Promise<UpdateResult<T>> {
  for (let attempt = 0; attempt < MAX_UPDATE_ATTEMPTS; attempt += 1) {
    const current = await store.get(id);
    if (!current) return { outcome: "missing" };
    const decided = change(current);
    if ("refuse" in decided) return { outcome: "refused", value: decided.refuse };
    const result = await store.replaceIfData(id, current.data, decided.next);
    if (result === "replaced") return { outcome: "updated", record: decided.next, value: decided.value };
    if (result === "missing") return { outcome: "missing" };
  }
  return { outcome: "busy" };
}
