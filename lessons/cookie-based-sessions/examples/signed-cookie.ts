import { createHmac, timingSafeEqual } from "node:crypto";

/** Keys by id; the first signs, all verify, so an old key keeps working while it is rotated out. */
export type Keys = [current: { id: string; secret: string }, ...older: { id: string; secret: string }[]];

const tag = (secret: string, payload: string) => createHmac("sha256", secret).update(payload).digest("base64url");

export function sign(data: object, keys: Keys): string {
  const payload = Buffer.from(JSON.stringify(data)).toString("base64url");
  return `${payload}.${keys[0].id}.${tag(keys[0].secret, payload)}`;
}

/** The data if a known key made this exact cookie; null for anything else. Readable by anyone: signed, not encrypted. */
export function verify(cookie: string, keys: Keys): unknown {
  const [payload, id, mac] = cookie.split(".");
  const key = keys.find((k) => k.id === id);
  if (!payload || !mac || !key) return null;
  const expected = Buffer.from(tag(key.secret, payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}
