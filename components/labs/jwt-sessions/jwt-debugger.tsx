"use client";

import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useValueAfterPaint } from "@/components/labs/use-value-after-paint";
import { COMMON_SECRETS } from "@/app/_lib/labs/jwt-sessions/common-secrets";
import { decodeToken } from "@/app/_lib/labs/jwt-sessions/decode";
import { findSecret } from "@/app/_lib/labs/jwt-sessions/hmac";
import { overCap } from "@/app/_lib/labs/jwt-sessions/limits";
import { lintToken } from "@/app/_lib/labs/jwt-sessions/lint";
import { findPreset, PRESETS, presetToken } from "@/app/_lib/labs/jwt-sessions/presets";
import { decodeUrlState, encodeUrlState, type UrlState } from "@/app/_lib/labs/jwt-sessions/url-state";
import { verifyToken, type KeyKind, type VerifyResult } from "@/app/_lib/labs/jwt-sessions/verify";
import { callApi } from "@/components/sandbox/api-client";
import { Button, inputClass } from "@/components/sandbox/ui";
import { afterPaint } from "@/components/labs/after-paint";
import { DeferredTextarea } from "@/components/labs/deferred-textarea";
import { AttackPanel } from "./attack-panel";
import { createAnnouncer, LiveRegion } from "./live-region";
import { SignPanel, type Signed } from "./sign-panel";
import { DecodedTables, FindingsList, ProblemList, TokenParts } from "./token-view";
import { queryParam, replaceQueryParam } from "@/components/url-query";

const LAB_ID = "jwt-debugger";
const PINNABLE = ["HS256", "HS384", "HS512", "RS256", "PS256", "ES256", "ES384", "ES512", "EdDSA"] as const;
const KEY_LABELS: Record<KeyKind, string> = { secret: "HMAC secret", pem: "PEM public key", jwk: "JWK", jwks: "JWKS (key chosen by kid)" };
const STAGE_TEXT: Record<string, string> = {
  input: "input",
  token: "token format",
  algorithm: "algorithm check",
  key: "key choice",
  signature: "signature",
  claims: "claims check",
};

const MemoTables = memo(DecodedTables);
const MemoFindings = memo(FindingsList);
const MemoParts = memo(TokenParts);
// The panels below the decoder re-render only when their own props change, not on every key press above.
const MemoSignPanel = memo(SignPanel);
const MemoAttackPanel = memo(AttackPanel);

const nowSec = () => Math.floor(Date.now() / 1000);

export default function JwtDebugger() {
  const ids = useId();
  const [ui, setUi] = useState<UrlState>(() => decodeUrlState(null));
  const [token, setToken] = useState("");
  const [tokenSource, setTokenSource] = useState<"preset" | "typed" | "sandbox" | "signed" | "attack">("preset");
  const [keyText, setKeyText] = useState("");
  const [result, setResult] = useState<{ verdict: VerifyResult; stale: boolean } | null>(null);
  const [busy, setBusy] = useState<null | "verify" | "crack" | "sandbox" | "check">(null);
  const [announcer] = useState(() => createAnnouncer());
  const setAnnounce = announcer.announce;
  const [crack, setCrack] = useState<string | null>(null);
  const [sandboxCheck, setSandboxCheck] = useState<string | null>(null);
  // The example the picker shows from the key press until that example's token, key and verdict are in.
  const [picked, setPicked] = useState<string | null>(null);
  const loaded = useRef(false);

  // Decoding, linting and the claim tables follow the token after the key press has painted.
  const deferredToken = useValueAfterPaint(token);
  const decoded = useMemo(() => decodeToken(deferredToken), [deferredToken]);
  const now = useMemo(() => nowSec(), [decoded]); // eslint-disable-line react-hooks/exhaustive-deps -- a fresh clock per decoded token
  const secretIsCommon = ui.keyKind === "secret" && ui.encoding === "utf8" && (COMMON_SECRETS as readonly string[]).includes(keyText);
  const findings = useMemo(() => lintToken(decoded, { maxLifetimeSec: ui.maxLifetimeMin * 60, now, secretIsCommon }), [decoded, ui.maxLifetimeMin, now, secretIsCommon]);
  const keyCap = overCap("The key", keyText);

  const update = useCallback((patch: Partial<UrlState>) => {
    setUi((prev) => ({ ...prev, ...patch }));
    setResult((prev) => (prev ? { ...prev, stale: true } : prev));
  }, []);

  const runVerify = useCallback(
    async (input: { token: string; keyText: string; state: UrlState }) => {
      setBusy("verify");
      // The busy button paints first; decoding, parsing the key and rendering the verdict come after.
      await afterPaint();
      const verdict = await verifyToken({
        token: input.token,
        keyKind: input.state.keyKind,
        keyText: input.keyText,
        secretEncoding: input.state.encoding,
        algorithms: input.state.algorithms,
        audience: input.state.audience,
        issuer: input.state.issuer,
        requireExp: input.state.requireExp,
        now: nowSec(),
      });
      setResult({ verdict, stale: false });
      setBusy(null);
      setAnnounce(verdict.ok ? `Verified: valid ${verdict.alg} signature with ${verdict.keyLabel}, and the claims pass your policy.` : `Refused at the ${STAGE_TEXT[verdict.stage]}: ${verdict.message}`);
    },
    [setAnnounce],
  );

  const loadPreset = useCallback(
    async (id: string, state: UrlState) => {
      const preset = findPreset(id);
      if (!preset) {
        setPicked(null);
        return;
      }
      const next: UrlState = { ...state, preset: id, keyKind: preset.keyKind, encoding: preset.secretEncoding ?? "utf8", algorithms: [...preset.algorithms] };
      const presetTokenText = await presetToken(preset, nowSec());
      setUi(next);
      setToken(presetTokenText);
      setTokenSource("preset");
      setKeyText(preset.keyText);
      setCrack(null);
      setSandboxCheck(null);
      setPicked(null);
      await runVerify({ token: presetTokenText, keyText: preset.keyText, state: next });
    },
    [runVerify],
  );

  // Once: state from the URL; a shared token from the fragment (never sent to the server).
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const state = decodeUrlState(queryParam(LAB_ID));
    const shared = /^#jwt=([A-Za-z0-9_.-]{1,16384})$/.exec(window.location.hash)?.[1];
    if (shared) {
      setUi({ ...state, preset: "none" });
      setToken(shared);
      setTokenSource("typed");
      setAnnounce("Loaded the token from the link's fragment. Add the key to verify it.");
    } else {
      void loadPreset(state.preset === "none" ? "shop" : state.preset, state);
    }
  }, [loadPreset, setAnnounce]);

  // The URL follows the state (no request is made: replaceState only rewrites the address bar). It follows a
  // copy that catches up after the next paint, so rewriting the address never delays a click or key press.
  const urlUi = useValueAfterPaint(ui);
  useEffect(() => {
    if (!loaded.current) return;
    replaceQueryParam(LAB_ID, encodeUrlState(urlUi), (url) => {
      if (url.hash.startsWith("#jwt=")) url.hash = "";
    });
  }, [urlUi]);

  // The latest settings, for the stable callbacks handed to the memoized panels (read in events, never in render).
  const uiRef = useRef(ui);
  useEffect(() => {
    uiRef.current = ui;
  }, [ui]);

  /**
   * A pick paints first (only the picker's value changes; the memoized panels skip that render); the example's
   * token and key, which redraw most of the lab, follow in a task after that paint, so the key press that chose
   * it is not held up by them.
   */
  async function pickPreset(id: string) {
    setPicked(id);
    await afterPaint();
    await loadPreset(id, uiRef.current);
  }

  function editToken(value: string) {
    setToken(value);
    setTokenSource("typed");
    setCrack(null);
    setSandboxCheck(null);
    if (ui.preset !== "none") setUi((prev) => ({ ...prev, preset: "none" }));
    setResult((prev) => (prev ? { ...prev, stale: true } : prev));
  }

  async function tryWordList() {
    setBusy("crack");
    const found = await findSecret(token.trim(), COMMON_SECRETS);
    const text = found.secret === null ? `None of the ${found.tried} common secrets signs this token (or it is not an HMAC token).` : `Found it: the secret is ${JSON.stringify(found.secret)}, guess ${found.tried} of ${COMMON_SECRETS.length}. Anyone holding this token can now sign their own.`;
    setCrack(text);
    setAnnounce(text);
    setBusy(null);
  }

  async function openSandboxJwt() {
    setBusy("sandbox");
    const read = async () => {
      const r = await callApi("read", { kind: "jwt" });
      if (!r.ok) return { error: r.message };
      return { token: /(?:^|;\s*)__Host-sbx-jwt=([^;]+)/.exec(r.data.wire.cookieHeader ?? "")?.[1] ?? null };
    };
    let got = await read();
    if ("token" in got && got.token === null) {
      const login = await callApi("login", { kind: "jwt", body: { name: "Debugger" } });
      got = login.ok ? await read() : { error: login.message };
    }
    setBusy(null);
    if ("error" in got || !got.token) {
      setAnnounce(`Could not open the sandbox's JWT: ${"error" in got ? got.error : "no token came back"}`);
      return;
    }
    const next: UrlState = { ...ui, preset: "none", keyKind: "secret", encoding: "utf8", algorithms: ["HS256"], audience: "session-lab-sandbox", issuer: "session-lab-sandbox" };
    setUi(next);
    setToken(got.token);
    setTokenSource("sandbox");
    setKeyText("");
    setResult(null);
    setSandboxCheck(null);
    setAnnounce("Loaded the sandbox's own JWT (from its HttpOnly cookie, via the sandbox's read endpoint). Only the server holds its key: ask the sandbox to verify it.");
  }

  async function askSandbox() {
    setBusy("check");
    const r = await callApi("jwtCheck", { body: { token: token.trim() } });
    setBusy(null);
    const text = r.ok ? (r.data.outcome.state === "active" ? `The sandbox accepts it: ${r.data.outcome.explanation}` : `The sandbox refuses it (${r.data.outcome.reason}): ${r.data.outcome.explanation}`) : `The sandbox did not answer: ${r.message}`;
    setSandboxCheck(text);
    setAnnounce(text);
  }

  const openSigned = useCallback(
    (signed: Signed) => {
      const next: UrlState = { ...uiRef.current, preset: "none", keyKind: signed.alg === "HS256" ? "secret" : "jwk", encoding: signed.encoding, algorithms: [signed.alg] };
      setUi(next);
      setToken(signed.token);
      setTokenSource("signed");
      setKeyText(signed.verifyKey);
      setCrack(null);
      setSandboxCheck(null);
      void runVerify({ token: signed.token, keyText: signed.verifyKey, state: next });
      document.getElementById(`${ids}-token`)?.focus();
    },
    [ids, runVerify],
  );

  const inspectAttackToken = useCallback(
    (attackToken: string) => {
      setToken(attackToken);
      setTokenSource("attack");
      setUi((prev) => ({ ...prev, preset: "none" }));
      setResult(null);
      setCrack(null);
      setSandboxCheck(null);
      setAnnounce("The attack token is in the decoder above.");
      document.getElementById(`${ids}-token`)?.focus();
    },
    [ids, setAnnounce],
  );

  const selectAttack = useCallback((attack: UrlState["attack"]) => setUi((prev) => ({ ...prev, attack })), []);

  function shareLink() {
    const url = new URL(window.location.href);
    url.searchParams.set(LAB_ID, encodeUrlState(ui));
    url.hash = /^[A-Za-z0-9_.-]+$/.test(token.trim()) && token.trim().length <= 4096 ? `jwt=${token.trim()}` : "";
    void navigator.clipboard?.writeText(url.toString()).then(
      () => setAnnounce("Link copied. The token is in the fragment (after #), which browsers never send to a server; keys and secrets are not in it."),
      () => setAnnounce(`Copy this link: ${url.toString().slice(0, 200)}`),
    );
  }

  const tokenError = decoded.errors[0];
  const verdict = result?.verdict;
  const fieldClass = `${inputClass} font-mono text-xs`;
  const preset = findPreset(ui.preset);

  return (
    <div className="space-y-8">
      <LiveRegion announcer={announcer} />

      <section aria-labelledby={`${ids}-decode`} className="space-y-3">
        <h3 id={`${ids}-decode`} className="text-lg font-semibold">1. Decode</h3>
        <div className="flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="block font-medium">Example token</span>
            <select
              className={`${inputClass} mt-1`}
              value={picked ?? ui.preset}
              onChange={(event) => void pickPreset(event.target.value)}
            >
              {ui.preset === "none" && <option value="none">(your own token)</option>}
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <Button onClick={openSandboxJwt} busy={busy === "sandbox"} waiting={busy !== null && busy !== "sandbox"}>
            Open the sandbox&apos;s own JWT
          </Button>
          <Button onClick={shareLink}>Copy a link to this</Button>
        </div>
        {preset && <p className="text-sm text-slate-700 dark:text-slate-300">{preset.note}</p>}
        <label htmlFor={`${ids}-token`} className="block text-sm font-medium">
          Token (up to 16 kB; it stays in this page)
        </label>
        <DeferredTextarea
          id={`${ids}-token`}
          className={fieldClass}
          rows={4}
          spellCheck={false}
          autoComplete="off"
          value={token}
          onValue={editToken}
          aria-invalid={tokenError ? true : undefined}
          aria-describedby={`${ids}-token-msg`}
        />
        <div id={`${ids}-token-msg`} className="space-y-1">
          {tokenError && (
            <p className="text-sm font-medium text-red-800 dark:text-red-300">
              <span aria-hidden="true">⚠ </span>
              {tokenError.part === "token" ? "" : `${tokenError.part}: `}
              {tokenError.message}
            </p>
          )}
          <ProblemList items={decoded.errors.slice(1)} label="Also" />
          <ProblemList items={decoded.warnings} label="Note" />
        </div>
        {decoded.form === "jwe" && <p className="text-sm">This is a JWE: its content is encrypted, so only the header below is readable.</p>}
        <MemoParts segments={decoded.segments} />
        <MemoTables decoded={decoded} nowSec={now} />
        {tokenSource === "sandbox" && (
          <div className="space-y-2">
            <Button onClick={askSandbox} busy={busy === "check"} waiting={busy !== null && busy !== "check"}>
              Ask the sandbox to verify it
            </Button>
            {sandboxCheck && <p className="text-sm">{sandboxCheck}</p>}
          </div>
        )}
      </section>

      <section aria-labelledby={`${ids}-verify`} className="space-y-3">
        <h3 id={`${ids}-verify`} className="text-lg font-semibold">2. Verify</h3>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Key type</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {(Object.keys(KEY_LABELS) as KeyKind[]).map((kind) => (
              <label key={kind} className="flex items-center gap-1.5 text-sm">
                <input type="radio" name={`${ids}-kind`} checked={ui.keyKind === kind} onChange={() => update({ keyKind: kind })} />
                {KEY_LABELS[kind]}
              </label>
            ))}
          </div>
        </fieldset>
        {ui.keyKind === "secret" && (
          <label className="block text-sm">
            <span className="font-medium">Secret encoding</span>
            <select className={`${inputClass} mt-1 max-w-xs`} value={ui.encoding} onChange={(event) => update({ encoding: event.target.value === "base64url" ? "base64url" : "utf8" })}>
              <option value="utf8">Text (UTF-8 bytes)</option>
              <option value="base64url">base64url-encoded bytes</option>
            </select>
          </label>
        )}
        <label htmlFor={`${ids}-key`} className="block text-sm font-medium">
          {KEY_LABELS[ui.keyKind]} (never sent anywhere)
        </label>
        <textarea
          id={`${ids}-key`}
          className={fieldClass}
          rows={ui.keyKind === "secret" ? 1 : 5}
          spellCheck={false}
          autoComplete="off"
          value={keyText}
          onChange={(event) => {
            setKeyText(event.target.value);
            setResult((prev) => (prev ? { ...prev, stale: true } : prev));
          }}
          aria-invalid={keyCap || (verdict && !verdict.ok && verdict.field === "key" && !result?.stale) ? true : undefined}
          aria-describedby={`${ids}-key-msg`}
        />
        <p id={`${ids}-key-msg`} className="text-sm text-red-800 dark:text-red-300">
          {keyCap ?? (verdict && !verdict.ok && verdict.field === "key" && !result?.stale ? verdict.message : "")}
        </p>
        <fieldset>
          <legend className="text-sm font-medium">Allowed algorithms (pinned by you; the token&apos;s header cannot add to them)</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {PINNABLE.map((alg) => (
              <label key={alg} className="flex items-center gap-1.5 font-mono text-sm">
                <input
                  type="checkbox"
                  checked={ui.algorithms.includes(alg)}
                  onChange={(event) => update({ algorithms: event.target.checked ? [...ui.algorithms, alg] : ui.algorithms.filter((a) => a !== alg) })}
                />
                {alg}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
            Try it: load the RFC 7515 A.5 example, or allow HS256 with a PEM key, and see which check refuses the token.
          </p>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-3">
          <label className="text-sm">
            <span className="font-medium">Expected aud</span>
            <input className={`${inputClass} mt-1`} value={ui.audience} onChange={(event) => update({ audience: event.target.value.slice(0, 200) })} placeholder="e.g. https://api.example" />
          </label>
          <label className="text-sm">
            <span className="font-medium">Expected iss</span>
            <input className={`${inputClass} mt-1`} value={ui.issuer} onChange={(event) => update({ issuer: event.target.value.slice(0, 200) })} placeholder="e.g. https://id.example" />
          </label>
          <label className="flex items-center gap-2 self-end text-sm">
            <input type="checkbox" checked={ui.requireExp} onChange={(event) => update({ requireExp: event.target.checked })} />
            Require exp
          </label>
        </div>
        <Button variant="primary" onClick={() => void runVerify({ token, keyText, state: ui })} busy={busy === "verify"} waiting={busy !== null && busy !== "verify"}>
          Verify signature and claims
        </Button>
        <div className="text-sm" aria-live="off">
          {verdict && (
            <div className={`rounded-md border p-3 ${verdict.ok ? "border-emerald-700 dark:border-emerald-400" : "border-red-700 dark:border-red-400"}`}>
              <p className="font-semibold">
                {verdict.ok ? "✓ Valid" : `✗ Refused at the ${STAGE_TEXT[verdict.stage]}`}
                {result?.stale && " (edited since: press Verify again)"}
              </p>
              <p>{verdict.ok ? `The ${verdict.alg} signature matches ${verdict.keyLabel}, and the claims pass your policy.` : verdict.message}</p>
              {verdict.notes.map((note) => (
                <p key={note} className="mt-1">
                  Note: {note}
                </p>
              ))}
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby={`${ids}-lint`} className="space-y-3">
        <h3 id={`${ids}-lint`} className="text-lg font-semibold">3. Lint (RFC 8725)</h3>
        <label className="block max-w-xs text-sm">
          <span className="font-medium">Longest lifetime you accept (minutes)</span>
          <input
            className={`${inputClass} mt-1`}
            type="number"
            min={1}
            max={525600}
            value={ui.maxLifetimeMin}
            onChange={(event) => {
              const n = Math.round(Number(event.target.value));
              if (Number.isFinite(n) && n >= 1 && n <= 525600) update({ maxLifetimeMin: n });
            }}
          />
        </label>
        <MemoFindings findings={findings} />
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={tryWordList} busy={busy === "crack"} waiting={busy !== null && busy !== "crack"}>
            Try {COMMON_SECRETS.length} common secrets on this token
          </Button>
          {crack && <p className="text-sm">{crack}</p>}
        </div>
      </section>

      <MemoSignPanel onUse={openSigned} announce={setAnnounce} />

      <MemoAttackPanel initial={ui.attack} onSelect={selectAttack} onInspect={inspectAttackToken} announce={setAnnounce} />
    </div>
  );
}
