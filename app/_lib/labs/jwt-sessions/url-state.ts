import { ATTACK_IDS, type AttackId } from "./attacks";
import { VERIFY_ALGORITHMS } from "./algorithms";
import { findPreset } from "./presets";
import type { KeyKind, SecretEncoding } from "./verify";

/**
 * The part of the debugger's state that goes into the URL (`?jwt-debugger=…`). Tokens, secrets and keys
 * never do: a query string reaches the server and its logs. A shared token travels in the fragment
 * (`#jwt=…`), which browsers never send.
 */
export type UrlState = {
  preset: string;
  keyKind: KeyKind;
  encoding: SecretEncoding;
  algorithms: string[];
  audience: string;
  issuer: string;
  requireExp: boolean;
  maxLifetimeMin: number;
  attack: AttackId | null;
};

export const DEFAULT_STATE: UrlState = {
  preset: "shop",
  keyKind: "secret",
  encoding: "utf8",
  algorithms: ["HS256"],
  audience: "",
  issuer: "",
  requireExp: true,
  maxLifetimeMin: 60,
  attack: null,
};

const KEY_KINDS: KeyKind[] = ["secret", "pem", "jwk", "jwks"];

export function encodeUrlState(state: UrlState): string {
  const parts = [
    `p:${state.preset}`,
    `k:${state.keyKind}`,
    `e:${state.encoding}`,
    `a:${state.algorithms.join(",")}`,
    `x:${state.requireExp ? 1 : 0}`,
    `l:${state.maxLifetimeMin}`,
  ];
  if (state.audience) parts.push(`aud:${state.audience}`);
  if (state.issuer) parts.push(`iss:${state.issuer}`);
  if (state.attack) parts.push(`t:${state.attack}`);
  return parts.join(";");
}

/** Reads what it can and keeps the defaults for the rest; never throws. */
export function decodeUrlState(value: string | null): UrlState {
  const state = { ...DEFAULT_STATE, algorithms: [...DEFAULT_STATE.algorithms] };
  if (!value) return state;
  for (const part of value.slice(0, 600).split(";")) {
    const at = part.indexOf(":");
    if (at < 0) continue;
    const key = part.slice(0, at);
    const v = part.slice(at + 1);
    if (key === "p" && (findPreset(v) || v === "none")) state.preset = v;
    else if (key === "k" && (KEY_KINDS as string[]).includes(v)) state.keyKind = v as KeyKind;
    else if (key === "e" && (v === "utf8" || v === "base64url")) state.encoding = v;
    else if (key === "a") state.algorithms = v.split(",").filter((a) => (VERIFY_ALGORITHMS as readonly string[]).includes(a));
    else if (key === "x") state.requireExp = v !== "0";
    else if (key === "l" && /^\d{1,6}$/.test(v) && Number(v) > 0) state.maxLifetimeMin = Number(v);
    else if (key === "aud") state.audience = v.slice(0, 200);
    else if (key === "iss") state.issuer = v.slice(0, 200);
    else if (key === "t" && (ATTACK_IDS as readonly string[]).includes(v)) state.attack = v as AttackId;
  }
  return state;
}
