import { isIP } from "node:net";

/**
 * One spelling per address, so a client cannot get a fresh rate-limit bucket by writing its address
 * differently: `01.2.3.4`, `1.2.3.4:80`, `[1.2.3.4]` and `::ffff:1.2.3.4` are all `1.2.3.4`, and IPv6 is
 * lower-cased and compressed. Returns null for anything that is not an IP address.
 */
export function canonicalAddress(raw: string): string | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const octets = text.split(".").map(Number);
    return octets.every((octet) => octet <= 255) ? octets.join(".") : null;
  }
  if (isIP(text) !== 6) return null;
  // The URL parser prints IPv6 in its canonical, compressed, lower-case form (RFC 5952).
  const host = new URL(`http://[${text}]`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return host;
}

/**
 * The client's address as the outermost trusted proxy saw it, or null when it cannot be known.
 *
 * `trustedHops` is how many proxies in front of this server append to X-Forwarded-For (TRUST_PROXY). Each
 * appends the address it received the request from, so the entry `trustedHops` from the right was written
 * by our outermost proxy; anything left of it came from the client and may be forged. With no trusted proxy
 * (the default) no entry can be believed: `next start` passes a client's own header through unchanged and
 * gives route handlers no socket address, so the answer is null.
 */
export function clientAddress(headers: Headers, trustedHops: number): string | null {
  if (trustedHops <= 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const entry = entries[entries.length - trustedHops];
  return entry === undefined ? null : canonicalAddress(entry);
}
