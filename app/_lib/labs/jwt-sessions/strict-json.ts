import { MAX_JSON_DEPTH } from "./limits";

export type StrictJson =
  | {
      ok: true;
      /** What JSON.parse returns: for a duplicate name, the lexically last value (what most libraries use). */
      value: unknown;
      /** Member names that appear twice in one object, as dotted paths (RFC 7519 §4: names MUST be unique). */
      duplicates: string[];
      /** Numbers a JavaScript double cannot hold exactly, with their text (RFC 7159 §6 interoperability). */
      hugeNumbers: { path: string; text: string }[];
    }
  | { ok: false; message: string };

/**
 * JSON.parse, plus what it hides: a duplicate member name silently keeps the last value, and
 * 9007199254740993 silently becomes 9007199254740992. This walks the (already valid) text once more
 * to find both. Never throws.
 */
export function parseStrictJson(text: string): StrictJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, "") : "not JSON";
    return { ok: false, message: `is not valid JSON (${detail.slice(0, 120)})` };
  }
  const walker = new Walker(text);
  try {
    walker.value("");
  } catch (error) {
    if (error instanceof TooDeep) return { ok: false, message: `nests deeper than ${MAX_JSON_DEPTH} levels` };
    return { ok: false, message: "is not valid JSON" };
  }
  return { ok: true, value, duplicates: walker.duplicates, hugeNumbers: walker.huge };
}

class TooDeep extends Error {}

class Walker {
  at = 0;
  depth = 0;
  duplicates: string[] = [];
  huge: { path: string; text: string }[] = [];
  constructor(private readonly text: string) {}

  private skip() {
    while (this.at < this.text.length && " \t\r\n".includes(this.text[this.at]!)) this.at++;
  }

  value(path: string): void {
    this.skip();
    const c = this.text[this.at];
    if (c === "{") return this.object(path);
    if (c === "[") return this.array(path);
    if (c === '"') {
      this.string();
      return;
    }
    const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?|^(true|false|null)/.exec(this.text.slice(this.at, this.at + 400));
    if (!match) throw new Error("unexpected");
    if (match[3] === undefined) this.number(match[0], path);
    this.at += match[0].length;
  }

  private number(text: string, path: string) {
    const n = Number(text);
    const isInteger = /^-?\d+$/.test(text);
    if (!Number.isFinite(n) || (isInteger && !Number.isSafeInteger(n) && BigInt(text) !== BigInt(n))) {
      this.huge.push({ path: path || "(top)", text });
    }
  }

  private string(): string {
    const start = this.at;
    this.at++;
    while (this.text[this.at] !== '"') this.at += this.text[this.at] === "\\" ? 2 : 1;
    this.at++;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  private enter() {
    if (++this.depth > MAX_JSON_DEPTH) throw new TooDeep();
  }

  private object(path: string) {
    this.enter();
    this.at++;
    const seen = new Set<string>();
    this.skip();
    if (this.text[this.at] === "}") {
      this.at++;
      this.depth--;
      return;
    }
    for (;;) {
      this.skip();
      const name = this.string();
      const childPath = path ? `${path}.${name}` : name;
      if (seen.has(name)) this.duplicates.push(childPath);
      seen.add(name);
      this.skip();
      this.at++; // ':'
      this.value(childPath);
      this.skip();
      if (this.text[this.at++] === "}") break;
    }
    this.depth--;
  }

  private array(path: string) {
    this.enter();
    this.at++;
    this.skip();
    if (this.text[this.at] === "]") {
      this.at++;
      this.depth--;
      return;
    }
    for (let i = 0; ; i++) {
      this.value(`${path}[${i}]`);
      this.skip();
      if (this.text[this.at++] === "]") break;
    }
    this.depth--;
  }
}
