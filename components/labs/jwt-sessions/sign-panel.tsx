"use client";

import { useId, useState } from "react";
import { SIGN_ALGORITHMS, type SignAlgorithm } from "@/app/_lib/labs/jwt-sessions/algorithms";
import { generateSigningKeys, signToken, type KeyPair } from "@/app/_lib/labs/jwt-sessions/sign";
import type { SecretEncoding } from "@/app/_lib/labs/jwt-sessions/verify";
import { Button, inputClass } from "@/components/sandbox/ui";
import { afterPaint } from "@/components/labs/after-paint";

export type Signed = { token: string; alg: SignAlgorithm; verifyKey: string; encoding: SecretEncoding };

function defaultClaims(): string {
  const iat = Math.floor(Date.now() / 1000);
  return JSON.stringify({ iss: "https://id.example", sub: "u_42", aud: "https://api.example", iat, exp: iat + 600, jti: "t-1" }, null, 2);
}

/** Encode and sign: HS256 with a typed secret, or RS256 / ES256 / EdDSA with a key pair made by this browser. */
export function SignPanel({ onUse, announce }: { onUse: (signed: Signed) => void; announce: (text: string) => void }) {
  const ids = useId();
  const [alg, setAlg] = useState<SignAlgorithm>("ES256");
  const [header, setHeader] = useState('{\n  "typ": "JWT"\n}');
  const [claims, setClaims] = useState(defaultClaims);
  const [secret, setSecret] = useState("");
  const [pair, setPair] = useState<KeyPair | null>(null);
  const [busy, setBusy] = useState<null | "keys" | "sign">(null);
  const [error, setError] = useState<{ field: "header" | "payload" | "key"; message: string } | null>(null);
  const [signed, setSigned] = useState<Signed | null>(null);

  async function makeKeys() {
    if (alg === "HS256") return;
    setBusy("keys");
    // The busy button paints first; the key pair and its render come after.
    await afterPaint();
    const made = await generateSigningKeys(alg);
    setBusy(null);
    if ("error" in made) {
      setError({ field: "key", message: made.error });
      announce(made.error);
      return;
    }
    setPair(made);
    setError(null);
    announce(`Generated a ${alg} key pair in this browser. The private key never leaves the page.`);
  }

  async function sign() {
    setBusy("sign");
    const keyText = alg === "HS256" ? secret : pair?.alg === alg ? pair.privateJwk : "";
    if (alg !== "HS256" && !keyText) {
      setBusy(null);
      const message = `Generate a ${alg} key pair first.`;
      setError({ field: "key", message });
      announce(message);
      return;
    }
    const r = await signToken({ alg, headerJson: header, payloadJson: claims, keyText, secretEncoding: "utf8" });
    setBusy(null);
    if (!r.ok) {
      setError({ field: r.field, message: r.message });
      setSigned(null);
      announce(r.message);
      return;
    }
    setError(null);
    const result: Signed = { token: r.token, alg, verifyKey: alg === "HS256" ? secret : pair!.publicJwk, encoding: "utf8" };
    setSigned(result);
    announce(`Signed with ${alg}: a ${r.token.length}-character token.`);
  }

  const field = `${inputClass} font-mono text-xs`;
  const err = (f: "header" | "payload" | "key") => (error?.field === f ? error.message : "");

  return (
    <section aria-labelledby={`${ids}-h`} className="space-y-3">
      <h3 id={`${ids}-h`} className="text-lg font-semibold">4. Encode and sign</h3>
      <label className="block max-w-xs text-sm">
        <span className="font-medium">Algorithm</span>
        <select
          className={`${inputClass} mt-1`}
          value={alg}
          onChange={(event) => {
            setAlg(event.target.value as SignAlgorithm);
            setSigned(null);
            setError(null);
          }}
        >
          {SIGN_ALGORITHMS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm">
          <span className="font-medium">Header (alg is set for you)</span>
          <textarea className={`${field} mt-1`} rows={4} spellCheck={false} value={header} onChange={(e) => setHeader(e.target.value)} aria-invalid={err("header") ? true : undefined} aria-describedby={`${ids}-header-msg`} />
          <span id={`${ids}-header-msg`} className="text-red-800 dark:text-red-300">{err("header")}</span>
        </label>
        <label className="text-sm">
          <span className="font-medium">Claims</span>
          <textarea className={`${field} mt-1`} rows={8} spellCheck={false} value={claims} onChange={(e) => setClaims(e.target.value)} aria-invalid={err("payload") ? true : undefined} aria-describedby={`${ids}-claims-msg`} />
          <span id={`${ids}-claims-msg`} className="text-red-800 dark:text-red-300">{err("payload")}</span>
        </label>
      </div>
      {alg === "HS256" ? (
        <label className="block text-sm">
          <span className="font-medium">Secret (text; at least 32 bytes per RFC 7518 §3.2)</span>
          <input className={`${field} mt-1`} value={secret} onChange={(e) => setSecret(e.target.value)} autoComplete="off" spellCheck={false} aria-invalid={err("key") ? true : undefined} aria-describedby={`${ids}-key-msg`} />
        </label>
      ) : (
        <div className="space-y-2">
          <Button onClick={makeKeys} busy={busy === "keys"} waiting={busy !== null && busy !== "keys"}>
            Generate a {alg} key pair in this browser
          </Button>
          {pair?.alg === alg && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Public key (JWK and PEM)</summary>
              <pre tabIndex={0} className="mt-1 overflow-x-auto font-mono text-xs">{pair.publicJwk}</pre>
              <pre tabIndex={0} className="mt-1 overflow-x-auto font-mono text-xs">{pair.publicPem}</pre>
            </details>
          )}
        </div>
      )}
      <p id={`${ids}-key-msg`} className="text-sm text-red-800 dark:text-red-300">
        {err("key")}
      </p>
      <Button variant="primary" onClick={sign} busy={busy === "sign"} waiting={busy !== null && busy !== "sign"}>
        Sign
      </Button>
      {signed && (
        <div className="space-y-2">
          <p className="font-mono text-xs break-all">{signed.token}</p>
          <Button onClick={() => onUse(signed)}>Open it in the decoder, with its {signed.alg === "HS256" ? "secret" : "public key"}</Button>
        </div>
      )}
    </section>
  );
}
