import { INITIAL_VALUE, type Operation } from "./history";

/** Caps for a hand-typed history: it is meant to be small enough to read. */
export const MAX_HISTORY_CHARS = 10_000;
export const MAX_HISTORY_OPS = 200;

export type ParseResult =
  | { ok: true; history: Operation[] }
  | { ok: false; errors: string[] };

const NAME = /^[A-Za-z][\w-]{0,15}$/;
const VALUE = /^[\w.-]{1,16}$/;

type Draft = {
  line: number;
  client: string;
  kind: "read" | "write";
  key: string;
  value?: string;
  version?: number;
  node?: string;
};

/**
 * Parses a hand-typed history, one operation per line:
 *
 *     alice w x=1            write x=1 (versions are given in line order unless @N says otherwise)
 *     alice w x=2 @5         write x=2 as the 5th write of the store's write order
 *     bob   r x=1            read x and got 1 (the read's state is the newest one consistent with that)
 *     bob   r x=1 @3         read x=1 from a replica at version 3 (checked: x must be 1 there)
 *     bob   r x @3 on r2     read x from replica r2 at version 3; the value follows from the writes
 *
 * `#` starts a comment. `nil` is the value of a key nothing has written. Never throws: every problem comes
 * back as a message naming its line.
 */
export function parseHistory(text: string): ParseResult {
  if (text.length > MAX_HISTORY_CHARS) {
    return { ok: false, errors: [`The history is ${text.length} characters; the limit is ${MAX_HISTORY_CHARS}.`] };
  }
  const errors: string[] = [];
  const drafts: Draft[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/#.*$/, "").trim();
    if (raw === "") continue;
    const lineNo = i + 1;
    if (drafts.length >= MAX_HISTORY_OPS) {
      errors.push(`Line ${lineNo}: a history has at most ${MAX_HISTORY_OPS} operations.`);
      break;
    }
    const draft = parseLine(raw, lineNo, errors);
    if (draft) drafts.push(draft);
  }
  if (drafts.length === 0 && errors.length === 0) errors.push("The history is empty: type one operation per line, e.g. `alice w x=1`.");
  if (errors.length > 0) return { ok: false, errors };
  return resolve(drafts);
}

function parseLine(raw: string, line: number, errors: string[]): Draft | undefined {
  const words = raw.split(/\s+/);
  const [client, verb, target, ...rest] = words;
  const where = `Line ${line}`;
  if (!client || !verb || !target) {
    errors.push(`${where}: expected "<client> r|w <key>=<value>", e.g. "alice w x=1".`);
    return undefined;
  }
  if (!NAME.test(client)) {
    errors.push(`${where}: "${client}" is not a client name (a letter, then up to 15 letters, digits, - or _).`);
    return undefined;
  }
  const kind = verb === "w" || verb === "write" ? "write" : verb === "r" || verb === "read" ? "read" : undefined;
  if (!kind) {
    errors.push(`${where}: "${verb}" is not an operation; use r (read) or w (write).`);
    return undefined;
  }
  const eq = target.indexOf("=");
  const key = eq < 0 ? target : target.slice(0, eq);
  const value = eq < 0 ? undefined : target.slice(eq + 1);
  if (!NAME.test(key)) {
    errors.push(`${where}: "${key}" is not a key name (a letter, then up to 15 letters, digits, - or _).`);
    return undefined;
  }
  if (value !== undefined && !VALUE.test(value)) {
    errors.push(`${where}: "${value}" is not a value (1 to 16 letters, digits, ".", "-" or "_").`);
    return undefined;
  }
  if (kind === "write" && value === undefined) {
    errors.push(`${where}: a write needs a value, e.g. "${client} w ${key}=1".`);
    return undefined;
  }
  if (kind === "write" && value === INITIAL_VALUE) {
    errors.push(`${where}: "${INITIAL_VALUE}" means "never written"; write another value.`);
    return undefined;
  }
  const draft: Draft = { line, client, kind, key, value };
  for (let j = 0; j < rest.length; j++) {
    const word = rest[j]!;
    if (word.startsWith("@")) {
      const n = Number(word.slice(1));
      const min = kind === "write" ? 1 : 0;
      if (!/^@\d{1,7}$/.test(word) || n < min) {
        errors.push(`${where}: "${word}" is not a version; use @ and a whole number ≥ ${min}, e.g. @3.`);
        return undefined;
      }
      draft.version = n;
    } else if (word === "on" && rest[j + 1] && NAME.test(rest[j + 1]!)) {
      draft.node = rest[j + 1];
      j += 1;
    } else {
      errors.push(`${where}: did not understand "${word}"; after the value only "@<version>" and "on <node>" may follow.`);
      return undefined;
    }
  }
  if (kind === "read" && value === undefined && draft.version === undefined) {
    errors.push(`${where}: a read needs the value it returned (${key}=…) or the version it saw (@N), or both.`);
    return undefined;
  }
  return draft;
}

/** Gives writes their versions, checks that values are unique per key, and works out each read's state. */
function resolve(drafts: Draft[]): ParseResult {
  const errors: string[] = [];
  const used = new Map<number, number>(); // version -> line
  for (const d of drafts) {
    if (d.kind !== "write" || d.version === undefined) continue;
    const other = used.get(d.version);
    if (other !== undefined) errors.push(`Line ${d.line}: version @${d.version} is already taken by the write on line ${other}.`);
    else used.set(d.version, d.line);
  }
  let next = 1;
  const byValue = new Map<string, Draft>(); // key \u0000 value -> write
  for (const d of drafts) {
    if (d.kind !== "write") continue;
    if (d.version === undefined) {
      while (used.has(next)) next += 1;
      d.version = next;
      used.set(next, d.line);
    }
    const id = `${d.key}\u0000${d.value}`;
    const other = byValue.get(id);
    if (other) errors.push(`Line ${d.line}: ${d.key}=${d.value} is already written on line ${other.line}; give every write of a key its own value, so a read names the write it saw.`);
    else byValue.set(id, d);
  }
  if (errors.length > 0) return { ok: false, errors };

  const maxVersion = Math.max(0, ...[...used.keys()]);
  // Write versions per key, ascending, to find the write after the one a read saw.
  const perKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind !== "write") continue;
    const list = perKey.get(d.key) ?? [];
    list.push(d);
    perKey.set(d.key, list);
  }
  for (const list of perKey.values()) list.sort((a, b) => a.version! - b.version!);

  const history: Operation[] = [];
  for (const d of drafts) {
    const base = { client: d.client, key: d.key, line: d.line, ...(d.node ? { node: d.node } : {}) };
    if (d.kind === "write") {
      history.push({ ...base, kind: "write", value: d.value!, version: d.version! });
      continue;
    }
    const writes = perKey.get(d.key) ?? [];
    if (d.value === undefined) {
      history.push({ ...base, kind: "read", at: d.version! });
      continue;
    }
    // The write the read saw, and the first write of the key after it.
    let seenVersion = 0;
    let after: number | undefined;
    if (d.value === INITIAL_VALUE) {
      after = writes[0]?.version;
    } else {
      const position = writes.findIndex((w) => w.value === d.value);
      if (position < 0) {
        errors.push(`Line ${d.line}: no write in this history sets ${d.key}=${d.value}, so no read can return it.`);
        continue;
      }
      seenVersion = writes[position]!.version!;
      after = writes[position + 1]?.version;
    }
    const newest = after === undefined ? Math.max(maxVersion, seenVersion) : after - 1;
    if (d.version !== undefined) {
      if (d.version < seenVersion || d.version > newest) {
        const actual = writes.filter((w) => w.version! <= d.version!).at(-1);
        const shown = actual ? `${actual.value} (written on line ${actual.line})` : INITIAL_VALUE;
        errors.push(`Line ${d.line}: at version @${d.version}, ${d.key} is ${shown}, not ${d.value}.`);
        continue;
      }
      history.push({ ...base, kind: "read", at: d.version });
    } else {
      // Only the value is known: take the newest state that returns it, so only certain violations are reported.
      history.push({ ...base, kind: "read", at: newest });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, history };
}

/** Writes a history back in the syntax `parseHistory` reads (reads with both value and version). */
export function formatHistory(history: readonly Operation[], values: readonly (string | undefined)[]): string {
  return history
    .map((op, i) => {
      const node = op.node ? ` on ${op.node}` : "";
      if (op.kind === "write") return `${op.client} w ${op.key}=${op.value} @${op.version}${node}`;
      const value = values[i];
      return `${op.client} r ${op.key}${value === undefined ? "" : `=${value}`} @${op.at}${node}`;
    })
    .join("\n");
}
