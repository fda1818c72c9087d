import { parseCookieDate, type DateOptions } from "./date";
import type { SourceId } from "./sources";

/** RFC 6265bis §5.6 limits, in UTF-8 bytes (octets). */
export const MAX_NAME_VALUE_BYTES = 4096;
export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
/** RFC 6265bis §5.5: the recommended (and Chromium's) lifetime cap. */
export const MAX_AGE_LIMIT_SECONDS = 400 * 24 * 60 * 60;

/** One line of the walk: what was checked, what happened, and the rule that says so. */
export type Step = {
  title: string;
  outcome: "ok" | "ignored" | "rejected" | "note";
  detail: string;
  source: SourceId;
};

export type AttributeKind = "expires" | "max-age" | "domain" | "path" | "secure" | "httponly" | "samesite" | "partitioned";

/** One `; name=value` after the cookie's own pair, as parsed, with what became of it. */
export type ParsedAttribute = {
  name: string;
  value: string;
  kind: AttributeKind | null;
  /** Why this attribute had no effect, when it had none. */
  ignored?: string;
  /** Expires and Max-Age: the expiry time it yields (ms since the epoch). */
  expiry?: number;
  /** SameSite: the enforcement it yields. */
  sameSite?: "Strict" | "Lax" | "None" | "Default";
};

export type ParsedCookie =
  | { ok: true; name: string; value: string; attributes: ParsedAttribute[]; steps: Step[] }
  | { ok: false; reason: string; steps: Step[] };

const encoder = new TextEncoder();
export function octets(text: string): number {
  return encoder.encode(text).length;
}

/** %x00-08 / %x0A-1F / %x7F: the control characters that make a browser drop the whole line (HTAB is allowed). */
const CTL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const WSP = /^[ \t]+|[ \t]+$/g;

const KINDS: Record<string, AttributeKind> = {
  expires: "expires",
  "max-age": "max-age",
  domain: "domain",
  path: "path",
  secure: "secure",
  httponly: "httponly",
  samesite: "samesite",
  partitioned: "partitioned",
};

export type ParseOptions = {
  now: number;
  date?: DateOptions;
  /** Chromium accepts `Max-Age=+60` (its integer parser takes a leading "+"); the spec ignores it. */
  maxAgeAllowsPlus?: boolean;
  /** Chromium refuses a tab inside the name, the value or an attribute (ends trimmed); the spec allows HTAB. */
  rejectInnerTab?: boolean;
};

function describeControl(line: string): string {
  const match = CTL.exec(line);
  const code = match ? match[0].charCodeAt(0) : 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} at character ${(match?.index ?? 0) + 1}`;
}

/** RFC 6265bis §5.6, step by step. Never throws. */
export function parseSetCookie(line: string, options: ParseOptions): ParsedCookie {
  const steps: Step[] = [];
  if (CTL.test(line)) {
    const where = describeControl(line);
    steps.push({ title: "Control characters", outcome: "rejected", detail: `The line contains a control character (${where}); the whole line is ignored.`, source: "parse" });
    return { ok: false, reason: `contains a control character (${where})`, steps };
  }
  const semicolon = line.indexOf(";");
  const pair = semicolon < 0 ? line : line.slice(0, semicolon);
  const rest = semicolon < 0 ? "" : line.slice(semicolon);
  const eq = pair.indexOf("=");
  const name = (eq < 0 ? "" : pair.slice(0, eq)).replace(WSP, "");
  const value = (eq < 0 ? pair : pair.slice(eq + 1)).replace(WSP, "");
  if (eq < 0) {
    steps.push({ title: "Name and value", outcome: "note", detail: `No "=" before the first ";": the name is empty and the whole pair, "${clip(value)}", is the value (a nameless cookie).`, source: "parse" });
  } else {
    steps.push({ title: "Name and value", outcome: "ok", detail: `Name "${clip(name)}", value "${clip(value)}" (spaces and tabs at either end removed; quotes kept as part of the value).`, source: "parse" });
  }
  if (options.rejectInnerTab && (name.includes("\t") || value.includes("\t"))) {
    steps.push({ title: "Tab character", outcome: "rejected", detail: "Chromium refuses a tab inside the name or the value (the spec allows it): the whole line is ignored.", source: "chromiumParsed" });
    return { ok: false, reason: "a tab inside the name or value (Chromium)", steps };
  }
  const size = octets(name) + octets(value);
  if (size > MAX_NAME_VALUE_BYTES) {
    steps.push({ title: "Size", outcome: "rejected", detail: `Name plus value is ${size} bytes, over the ${MAX_NAME_VALUE_BYTES}-byte limit: the whole line is ignored.`, source: "parse" });
    return { ok: false, reason: `name plus value is ${size} bytes, over ${MAX_NAME_VALUE_BYTES}`, steps };
  }
  if (name === "" && value === "") {
    steps.push({ title: "Empty cookie", outcome: "rejected", detail: "Both the name and the value are empty: there is no cookie to store.", source: "storage" });
    return { ok: false, reason: "both name and value are empty", steps };
  }

  const attributes: ParsedAttribute[] = [];
  for (const av of rest === "" ? [] : rest.slice(1).split(";")) {
    const at = av.indexOf("=");
    const attrName = (at < 0 ? av : av.slice(0, at)).replace(WSP, "");
    const attrValue = (at < 0 ? "" : av.slice(at + 1)).replace(WSP, "");
    const kind = KINDS[attrName.toLowerCase()] ?? null;
    const attribute: ParsedAttribute = { name: attrName, value: attrValue, kind };
    attributes.push(attribute);
    if (octets(attrValue) > MAX_ATTRIBUTE_VALUE_BYTES) {
      attribute.ignored = `its value is ${octets(attrValue)} bytes, over the ${MAX_ATTRIBUTE_VALUE_BYTES}-byte limit for an attribute value`;
      continue;
    }
    if (kind === null) {
      attribute.ignored = attrName === "" ? "an empty attribute" : "not an attribute browsers know";
      continue;
    }
    if (kind === "expires") {
      const parsed = parseCookieDate(attrValue, options.date);
      if (parsed === null) attribute.ignored = "not a date the cookie-date algorithm can read";
      else attribute.expiry = Math.min(parsed, options.now + MAX_AGE_LIMIT_SECONDS * 1000);
    } else if (kind === "max-age") {
      const pattern = options.maxAgeAllowsPlus ? /^[-+]?\d+$/ : /^-?\d+$/;
      if (!pattern.test(attrValue)) {
        attribute.ignored = attrValue === "" ? "an empty Max-Age" : "Max-Age must be digits, optionally after one \"-\"";
      } else {
        const seconds = Math.min(Number(attrValue), MAX_AGE_LIMIT_SECONDS);
        attribute.expiry = seconds <= 0 ? 0 : options.now + seconds * 1000;
      }
    } else if (kind === "samesite") {
      const v = attrValue.toLowerCase();
      attribute.sameSite = v === "strict" ? "Strict" : v === "lax" ? "Lax" : v === "none" ? "None" : "Default";
      if (attribute.sameSite === "Default") attribute.ignored = `"${clip(attrValue)}" is not Strict, Lax or None, so the browser's default applies`;
    }
  }
  if (options.rejectInnerTab) {
    const tabbed = attributes.find((a) => a.name.includes("\t") || a.value.includes("\t"));
    if (tabbed) {
      steps.push({ title: "Tab character", outcome: "rejected", detail: `Chromium refuses a tab inside an attribute (${clip(tabbed.name)}); the spec allows it. The whole line is ignored.`, source: "chromiumParsed" });
      return { ok: false, reason: "a tab inside an attribute (Chromium)", steps };
    }
  }
  return { ok: true, name, value, attributes, steps };
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
