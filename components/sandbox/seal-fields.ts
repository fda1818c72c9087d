/** One `*`-separated field of an iron seal, with what it is for. */
export type SealField = {
  /** Short label shown above the value. */
  label: string;
  value: string;
  /** One or two sentences: what the field is and why it is there. */
  about: string;
  /** Fields an attacker can read in the clear; the rest are random or ciphertext. */
  readable: boolean;
};

export type SplitSeal =
  | { ok: true; fields: SealField[]; version: string | null; expiresAt: number | null }
  | { ok: false; reason: string };

// The order is fixed by iron's format: Fe26.2*id*salt*iv*ciphertext*expiry*hmacSalt*hmac.
const ABOUT: readonly Omit<SealField, "value">[] = [
  {
    label: "Format",
    about: "Iron's magic prefix and version (Fe is iron's chemical symbol, 26 its atomic number). A cookie without it is rejected before any cryptography runs.",
    readable: true,
  },
  {
    label: "Password id",
    about: "Which secret of the server's rotation map sealed this cookie. The newest secret seals; every listed secret can still open older cookies, so a secret can be rotated without logging everyone out.",
    readable: true,
  },
  {
    label: "Encryption salt",
    about: "256 random bits. PBKDF2 turns the secret plus this salt into the AES-256 key, so every cookie is encrypted under a fresh key.",
    readable: true,
  },
  {
    label: "IV",
    about: "128-bit initialisation vector for AES-256-CBC. Random per seal, so the same session data sealed twice never looks the same.",
    readable: true,
  },
  {
    label: "Ciphertext",
    about: "Your session data as JSON, encrypted with AES-256-CBC. Without the server's secret it is indistinguishable from random bytes: nothing in it can be read or edited.",
    readable: false,
  },
  {
    label: "Expiry",
    about: "When the seal stops being accepted, in milliseconds since 1970. It is in the clear but covered by the HMAC, so changing it breaks the seal. The server allows 60 s of clock skew.",
    readable: true,
  },
  {
    label: "HMAC salt",
    about: "Another 256 random bits, deriving a separate integrity key from the same secret.",
    readable: true,
  },
  {
    label: "HMAC",
    about: "HMAC-SHA256 over every field before it. Flip any byte anywhere and this no longer matches: the server discards the cookie as if it were absent.",
    readable: false,
  },
];

/**
 * Splits an iron-session cookie value (`Fe26.2*…*hmac~2`) into its fields. Pure and
 * tolerant: a learner can paste or tamper anything, so a malformed seal yields a reason.
 */
export function splitSeal(sealed: string): SplitSeal {
  const tilde = sealed.lastIndexOf("~");
  const body = tilde < 0 ? sealed : sealed.slice(0, tilde);
  const version = tilde < 0 ? null : sealed.slice(tilde + 1);
  const parts = body.split("*");
  if (parts.length !== ABOUT.length) {
    return { ok: false, reason: `A seal has ${ABOUT.length} fields separated by "*"; this value has ${parts.length}.` };
  }
  const fields = ABOUT.map((about, index) => ({ ...about, value: parts[index] ?? "" }));
  const expiry = Number(parts[5]);
  return { ok: true, fields, version, expiresAt: Number.isFinite(expiry) && expiry > 0 ? expiry : null };
}

/** What the `~2` suffix is: iron-session's own format version, not part of iron. */
export const SEAL_VERSION_ABOUT =
  "Added by iron-session, not by iron: the version of its cookie format, so a future release can still read today's cookies.";
