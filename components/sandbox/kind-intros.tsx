import { LessonLink } from "./lesson-link";
import { Term } from "@/components/glossary/term";
import type { SandboxKind } from "@/app/_lib/sandbox/contract";

function minutes(ms: number): string {
  const m = ms / 60_000;
  return `${m} minute${m === 1 ? "" : "s"}`;
}

export type Timeouts = { idleMs: number; absoluteMs: number; tokenMs: number };

/** What each kind is, what it costs, and where the lesson covers it. Server-rendered: no JS. */
export function KindIntro({ kind, timeouts }: { kind: SandboxKind; timeouts: Timeouts }) {
  if (kind === "sealed") {
    return (
      <>
        <p>
          A <Term id="sealed-cookie">sealed cookie</Term> carries the whole session — your name and data — inside the cookie, encrypted
          with AES-256-CBC and authenticated with HMAC-SHA256 by iron-session. The server keeps nothing: any server holding the secret can
          open it, so this is a <Term id="stateless">stateless</Term> session.
        </p>
        <p className="mt-3">
          You gain: no lookup and no store to run. You pay: every byte rides along on every request, a cookie holds about 4 kB at most, and
          the server cannot take back a cookie it has issued. Seals here live {minutes(timeouts.tokenMs)}.{" "}
          <LessonLink to="sealed" />. Walk its Set-Cookie header through the browser&apos;s storage model in{" "}
          <LessonLink to="cookieInspector">the Set-Cookie inspector</LessonLink>.
        </p>
      </>
    );
  }
  if (kind === "server") {
    return (
      <>
        <p>
          The cookie carries only a <Term id="session-id">session ID</Term>: 128 random bits that mean nothing by themselves. Your name and
          data stay in a store on the server under that ID — a <Term id="stateful">stateful</Term> session, looked up on every request.
        </p>
        <p className="mt-3">
          You gain: a tiny cookie that reveals nothing, and a logout that deletes the record so every copy of the cookie dies with it. You
          pay: a lookup per request and a store every server must reach. Demo timeouts: <Term id="idle-timeout">idle</Term>{" "}
          {minutes(timeouts.idleMs)}, <Term id="absolute-timeout">absolute</Term> {minutes(timeouts.absoluteMs)}.{" "}
          <LessonLink to="opaqueId" />; <LessonLink to="timeouts" />.
        </p>
      </>
    );
  }
  return (
    <>
      <p>
        A <Term id="jwt">JSON Web Token</Term> carries claims — who you are, when it expires, your data — base64url-encoded and signed
        with HMAC-SHA256 (HS256). Signed, not encrypted: anyone holding it can read it; only the key holder can change it. The server
        accepts HS256 only and requires an <code className="font-mono text-[0.9em]">exp</code>.
      </p>
      <p className="mt-3">
        Like the sealed cookie it needs no lookup, and like it, it cannot be revoked early without putting server-side state back. It lives
        in an HttpOnly cookie here, not in localStorage, so page scripts cannot read it. Tokens live {minutes(timeouts.tokenMs)}.{" "}
        <LessonLink to="jwt" />. Take this token apart, verify it and attack it in <LessonLink to="jwtDebugger">the JWT debugger</LessonLink>.
      </p>
    </>
  );
}
