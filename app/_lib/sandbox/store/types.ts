/** One server-side session as the store keeps it; the ID is the key, never part of the value. */
export type SessionRecord = {
  /** null for an anonymous session (only the fixation lab creates those). */
  user: string | null;
  data: Record<string, string>;
  createdAt: number;
  lastSeenAt: number;
  idleExpiresAt: number;
  absoluteExpiresAt: number;
};

/**
 * How long a timed-out record is kept before the store forgets it, so a late request can still be told
 * "idle timeout" rather than "unknown ID". The record is dead either way: expiry is checked on every read.
 */
export const PURGE_GRACE_MS = 10 * 60 * 1000;

export function purgeAt(record: Pick<SessionRecord, "idleExpiresAt" | "absoluteExpiresAt">): number {
  return Math.min(record.idleExpiresAt, record.absoluteExpiresAt) + PURGE_GRACE_MS;
}

/** `conflict`: another write changed the record since it was read; read again and retry. */
export type ReplaceResult = "replaced" | "missing" | "conflict";

/** Thrown when the backing service cannot answer; route handlers turn it into 503. */
export class StoreUnavailableError extends Error {
  override name = "StoreUnavailableError";
}

/**
 * The one interface both backends implement and the contract test checks.
 * Writes that name an ID never invent it: `set`, `touch` and `regenerate` do nothing for an ID the store
 * does not hold, so IDs the server did not issue never enter the store.
 */
export interface SessionStore {
  readonly backend: "sqlite" | "redis";
  get(id: string): Promise<SessionRecord | null>;
  /** Inserts a new ID; false if it already exists (a collision means: draw another ID). */
  create(id: string, record: SessionRecord): Promise<boolean>;
  /** Replaces an existing record; false if the ID is unknown. */
  set(id: string, record: SessionRecord): Promise<boolean>;
  /**
   * Replaces an existing record only if its data is still `expectedData` (what the caller read), in one
   * atomic step, so two concurrent read-modify-writes cannot silently drop each other's keys.
   * Use `updateRecord` (update-record.ts) rather than calling this directly.
   */
  replaceIfData(id: string, expectedData: Record<string, string>, record: SessionRecord): Promise<ReplaceResult>;
  /** Records activity; false if the ID is unknown. */
  touch(id: string, lastSeenAt: number, idleExpiresAt: number): Promise<boolean>;
  delete(id: string): Promise<boolean>;
  /** Moves a record to a new ID atomically; false if the old ID is unknown or the new one is taken. */
  regenerate(oldId: string, newId: string): Promise<boolean>;
  /** Live (not yet purged) sessions. */
  count(): Promise<number>;

  /** Adds a token id (JWT jti, seal id) to the revocation list until the token would expire anyway. */
  revoke(tokenId: string, until: number): Promise<void>;
  isRevoked(tokenId: string): Promise<boolean>;

  /** Per-learner lab state, an opaque JSON string the lab module validates. */
  getLab(labId: string): Promise<string | null>;
  createLab(labId: string, json: string, expiresAt: number): Promise<boolean>;
  saveLab(labId: string, json: string, expiresAt: number): Promise<boolean>;
  deleteLab(labId: string): Promise<boolean>;

  close(): Promise<void>;
}
