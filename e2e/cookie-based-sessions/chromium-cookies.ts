import type { Cookie } from "@playwright/test";
import type { CookieRecord } from "../../app/_lib/labs/cookie-based-sessions/store";

/** A cookie as both sides are compared: Playwright's `context.cookies()` shape. */
export type Comparable = {
  name: string;
  value: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; -1 for a session cookie. */
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: "Strict" | "Lax" | "None";
  partitionKey?: string;
};

/**
 * The model's record as Chromium reports it over CDP: a Domain cookie's domain starts with "."; a cookie
 * with no SameSite reads "Lax" (Playwright's mapping of Chromium's unspecified SameSite).
 */
export function fromModel(record: CookieRecord): Comparable & { relative: boolean } {
  return {
    name: record.name,
    value: record.value,
    domain: record.hostOnly ? record.domain : `.${record.domain}`,
    path: record.path,
    expires: record.expiry === null ? -1 : record.expiry / 1000,
    httpOnly: record.httpOnly,
    secure: record.secure,
    sameSite: record.sameSite === "Default" ? "Lax" : record.sameSite,
    ...(record.partitionKey ? { partitionKey: record.partitionKey } : {}),
    relative: record.expiryIsRelative,
  };
}

export function fromChromium(cookie: Cookie): Comparable {
  return {
    name: cookie.name,
    value: cookie.value,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.expires,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
  };
}

const key = (c: Comparable) => `${c.name}\u0000${c.domain}\u0000${c.path}\u0000${c.partitionKey ?? ""}`;

/**
 * The differences between the model's jar and Chromium's, as sentences. Relative expiries (Max-Age, the
 * 400-day cap) are compared within `slackSeconds`: the model and Chromium read the clock at different moments.
 */
export function compareJars(model: (Comparable & { relative: boolean })[], real: Comparable[], slackSeconds: number): string[] {
  const out: string[] = [];
  const realByKey = new Map(real.map((c) => [key(c), c]));
  const modelKeys = new Set(model.map(key));
  for (const m of model) {
    const r = realByKey.get(key(m));
    if (!r) {
      out.push(`model stores ${m.name}=${m.value.slice(0, 40)} for ${m.domain}${m.path}; Chromium does not`);
      continue;
    }
    for (const field of ["value", "httpOnly", "secure", "sameSite"] as const) {
      if (m[field] !== r[field]) out.push(`${m.name}: ${field} model=${JSON.stringify(m[field])} chromium=${JSON.stringify(r[field])}`);
    }
    const slack = m.relative ? slackSeconds : 1;
    if ((m.expires === -1) !== (r.expires === -1) || Math.abs(m.expires - r.expires) > slack) {
      out.push(`${m.name}: expires model=${m.expires === -1 ? "session" : new Date(m.expires * 1000).toISOString()} chromium=${r.expires === -1 ? "session" : new Date(r.expires * 1000).toISOString()}`);
    }
  }
  for (const r of real) {
    if (!modelKeys.has(key(r))) out.push(`Chromium stores ${r.name}=${r.value.slice(0, 40)} for ${r.domain}${r.path}${r.partitionKey ? ` (partition ${r.partitionKey})` : ""}; the model does not`);
  }
  return out;
}
