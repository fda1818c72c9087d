import "server-only";
import { randomBytes } from "node:crypto";
import { ExpiringLru } from "../cache/expiring-lru";
import type { ErrorBody, SandboxKind, SandboxView } from "../contract";

/**
 * What a form post did, kept for the page the browser is redirected to (Post/Redirect/Get): the action's
 * own answer, with its wire (the Set-Cookie it sent), which the page cannot rebuild from the request.
 *
 * It lives in this process's memory for a minute and is handed out once, by an unguessable id in a
 * cookie that only /sandbox receives. Behind several server processes the redirect may reach another
 * one: the page then shows the session as it is, without the action's wire, and says nothing false.
 */
export type FlashResult = { kind: SandboxKind; label: string; status: number; body: SandboxView | ErrorBody };

export const FLASH_COOKIE = "sbx-flash";
export const FLASH_TTL_MS = 60_000;

const globalRef = globalThis as typeof globalThis & { __sessionLabFlash?: ExpiringLru<FlashResult> };

function flashes(): ExpiringLru<FlashResult> {
  globalRef.__sessionLabFlash ??= new ExpiringLru<FlashResult>(500);
  return globalRef.__sessionLabFlash;
}

export function putFlash(result: FlashResult, now: number): string {
  const id = randomBytes(16).toString("base64url");
  flashes().set(id, result, now + FLASH_TTL_MS);
  return id;
}

/** The result once; a reload shows the session as it is. */
export function takeFlash(id: string | undefined, now: number): FlashResult | null {
  if (!id || !/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
  const result = flashes().get(id, now) ?? null;
  flashes().delete(id);
  return result;
}

/** Path=/sandbox: the cookie never reaches the API, so it never shows in the wire the sandbox reports. */
export function flashCookie(id: string, secure: boolean): string {
  return `${FLASH_COOKIE}=${id}; Path=/sandbox; Max-Age=${FLASH_TTL_MS / 1000}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
