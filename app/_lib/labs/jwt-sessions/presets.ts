import { hmacToken } from "./hmac";
import type { KeyKind, SecretEncoding } from "./verify";

/**
 * Example tokens the debugger can load, each with the key that verifies it. The RFC examples are the
 * RFCs' own bytes (see rfc-vectors.test.ts); "shop" is this lab's own, signed with a weak secret on purpose.
 */
export type Preset = {
  id: string;
  label: string;
  token: string;
  keyKind: KeyKind;
  keyText: string;
  secretEncoding?: SecretEncoding;
  algorithms: string[];
  /** What the learner should notice. */
  note: string;
};

const RFC_CLAIMS = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";

export const PRESETS: Preset[] = [
  {
    id: "shop",
    label: "A shop's session token (HS256, weak secret)",
    token: "", // signed at load time, so its exp is always in the future: see presetToken
    keyKind: "secret",
    keyText: "secret",
    secretEncoding: "utf8",
    algorithms: ["HS256"],
    note: "Its signature checks out, and the lint still finds four risks: a 30-day lifetime, no aud, personal data anyone can read, and a secret on every word list.",
  },
  {
    id: "rfc7519",
    label: "RFC 7519 §3.1 / RFC 7515 A.1 (HS256)",
    token: `eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.${RFC_CLAIMS}.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk`,
    keyKind: "secret",
    keyText: "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
    secretEncoding: "base64url",
    algorithms: ["HS256"],
    note: "The RFC's own example. The signature is valid; the token expired on 2011-03-22, so a careful verifier refuses it today.",
  },
  {
    id: "rfc7515-none",
    label: "RFC 7515 A.5 (alg none)",
    token: `eyJhbGciOiJub25lIn0.${RFC_CLAIMS}.`,
    keyKind: "secret",
    keyText: "anything",
    algorithms: ["HS256"],
    note: "An Unsecured JWS: no signature at all. A verifier for signed tokens must refuse it.",
  },
  {
    id: "rfc7520-jwks",
    label: "RFC 7520 §4.1 (RS256, key chosen from a JWKS by kid)",
    token:
      "eyJhbGciOiJSUzI1NiIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9.SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIgZG9vci4gWW91IHN0ZXAgb250byB0aGUgcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5vIGtub3dpbmcgd2hlcmUgeW91IG1pZ2h0IGJlIHN3ZXB0IG9mZiB0by4.MRjdkly7_-oTPTS3AXP41iQIGKa80A0ZmTuV5MEaHoxnW2e5CZ5NlKtainoFmKZopdHM1O2U4mwzJdQx996ivp83xuglII7PNDi84wnB-BDkoBwA78185hX-Es4JIwmDLJK3lfWRa-XtL0RnltuYv746iYTh_qHRD68BNt1uSNCrUCTJDt5aAE6x8wW1Kt9eRo4QPocSadnHXFxnt8Is9UzpERV0ePPQdLuW3IS_de3xyIrDaLGdjluPxUAhb6L2aXic1U12podGU0KLUQSE_oI-ZnmKJ3F4uOZDnd6QZWJushZ41Axf_fcIe8u9ipH84ogoree7vjbU5y18kDquDg",
    keyKind: "jwks",
    keyText: JSON.stringify(
      {
        keys: [
          { kty: "EC", kid: "another-key", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" },
          {
            kty: "RSA",
            kid: "bilbo.baggins@hobbiton.example",
            use: "sig",
            n: "n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw",
            e: "AQAB",
          },
        ],
      },
      null,
      2,
    ),
    algorithms: ["RS256"],
    note: "The payload is a quotation, not JSON: a valid JWS that is not a JWT. The header's kid picks the second key of the set.",
  },
];

/** The preset's token; the shop's is signed now (issued an hour ago, valid for 30 days). */
export async function presetToken(preset: Preset, now: number): Promise<string> {
  if (preset.id !== "shop") return preset.token;
  const iat = now - 3600;
  const claims = { sub: "u_42", name: "Ada Lovelace", email: "ada@example.com", role: "member", iss: "https://shop.example", iat, exp: iat + 30 * 86400 };
  return hmacToken('{"alg":"HS256","typ":"JWT"}', JSON.stringify(claims), "secret");
}

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
