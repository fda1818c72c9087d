"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { SandboxKind } from "@/app/_lib/sandbox/contract";
import { cookieValue } from "@/app/_lib/http/cookie-syntax";
import { DevicesLab } from "./devices-lab";
import { FixationLab } from "./fixation-lab";
import { LessonLink } from "./lesson-link";
import type { LessonLinkId } from "./lesson-links";
import { JwtInspector } from "./jwt-inspector";
import { ReplayLab } from "./replay-lab";
import { SealInspector } from "./seal-inspector";
import type { InitialKindState } from "@/app/_lib/sandbox/form/initial-state";
import { NEEDS_SESSION, SessionActions } from "./session-actions";
import { SessionStatus } from "./session-status";
import { SizeBar } from "./size-bar";
import { StoreInspector } from "./store-inspector";
import { TamperLab } from "./tamper-lab";
import { AlertRegion, Button, Card, SectionHeading } from "./ui";
import { useSandboxKind, type SandboxError, type Section } from "./use-sandbox-kind";
import { WireView } from "./wire-view";

const INITIAL_READ = "Opened the page";
const PAD = "Add 1,000 characters of data";

const LAB_TITLES: Partial<Record<Section, string>> = { tamper: "Tamper", replay: "Replay after logout", fixation: "Session fixation", devices: "Your sessions" };

const SIZE_NOTES: Record<SandboxKind, string> = {
  sealed: "Everything you store travels inside this cookie, encrypted (padded to 16-byte blocks) and base64url-encoded: each byte of data costs about 1⅓ bytes of cookie, on every request.",
  jwt: "Every claim travels inside this cookie, base64url-encoded: each byte of data costs about 1⅓ bytes of cookie, on every request.",
  server: "Only the ID travels. The data stays in the store, so this bar does not move however much you put in.",
};

function Heading({ id, children, lesson, level = 3 }: { id: string; children: ReactNode; lesson?: LessonLinkId[]; level?: 3 | 4 }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <SectionHeading id={id} level={level}>
        {children}
      </SectionHeading>
      {lesson && (
        <p className="flex flex-wrap gap-x-3 text-sm">
          {lesson.map((to) => (
            <LessonLink key={to} to={to} />
          ))}
        </p>
      )}
    </div>
  );
}

/** Fields of the session form, where a refusal naming them is shown in full (session-actions.tsx). */
const FORM_FIELDS = ["name", "key", "value"];

function ErrorFor({ error, section }: { error: SandboxError | null; section: Section }) {
  const shown = error?.section === section ? error : null;
  // Saying it twice would not help: the alert points at the field, which takes focus and carries the reason.
  const pointer = shown?.field && FORM_FIELDS.includes(shown.field) ? { ...shown, message: `Check the ${shown.field} field: the reason is under it.` } : shown;
  return <AlertRegion error={pointer} kept={shown?.session === "unchanged"} ended={shown?.session === "ended"} />;
}

/** A lab that only works with JavaScript: without it, its controls are hidden (data-needs-js) and it says so. */
function NeedsScript({ children }: { children: ReactNode }) {
  return (
    <>
      <p data-without-js="" className="text-sm leading-6 text-slate-700 dark:text-slate-300">
        This lab needs JavaScript, which is off in this browser.
      </p>
      <div data-needs-js="" className="grid gap-3">
        {children}
      </div>
    </>
  );
}

export type KindWorkbenchProps = {
  kind: SandboxKind;
  cookieName: string;
  /** Server-rendered teaching text for this kind (what it is, links to the lesson). */
  intro: ReactNode;
  /** The session as the server rendered the page (and a form's result, without JavaScript). */
  initial?: InitialKindState;
};

/**
 * Sealed cookies and JWTs carry their own validity, so the server has no list of them to end. The usual
 * fix is a per-user version (or "not before" time) checked on every request: server-side state again.
 */
function WhyNoDeviceList({ kind }: { kind: "sealed" | "jwt" }) {
  const token = kind === "jwt" ? "JWT" : "sealed cookie";
  return (
    <div className="grid gap-2 text-sm leading-6 text-slate-700 dark:text-slate-300">
      <p>
        This kind cannot list your sessions or sign out your other devices. Each {token} is valid on its own until it expires: the
        server keeps no record of who holds one, so there is nothing to list and nothing to delete.
      </p>
      <p>
        To end them anyway, the server keeps a version number per user, copies it into every {token} it issues, and on every request
        compares the two. &ldquo;Sign out everywhere else&rdquo; raises the user&apos;s version and re-issues this browser&apos;s {token}; every
        older one is refused. That check is a lookup per request in a store shared by every server: the server-side state this kind
        was meant to avoid. The server-side tab shows the same feature with a store.
      </p>
    </div>
  );
}

/** Everything for one session kind: actions, status, the wire, inside the cookie, size and labs. */
export function KindWorkbench({ kind, cookieName, intro, initial }: KindWorkbenchProps) {
  const api = useSandboxKind(kind, initial);
  const { state } = api;
  const { view } = state;
  const resultRef = useRef<HTMLDivElement>(null);
  const id = (part: string) => `${kind}-${part}`;

  // When the control that was used disappears (a removed row, say), give focus to the result
  // instead of letting it fall to the top of the page.
  useEffect(() => {
    if (state.lastAction === null || state.lastAction === INITIAL_READ) return;
    const active = document.activeElement;
    if (!active || active === document.body) resultRef.current?.focus();
  }, [state.lastAction, state.view]);

  // On a phone the result sits below the form, out of sight: bring it up after a session action. Not
  // when a refusal names a field, which has taken focus to be fixed; never further than needed.
  const { lastAction, lastSection, error, view: shownView } = state;
  useEffect(() => {
    if (lastAction === null || lastAction === INITIAL_READ || lastSection !== "session" || error?.field) return;
    const box = resultRef.current?.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > window.innerHeight)) resultRef.current?.scrollIntoView({ block: "nearest" });
  }, [lastAction, lastSection, error, shownView]);

  const data = view?.status.state === "active" ? view.status.data : null;
  const active = view?.status.state === "active";
  const token = kind === "jwt" ? (view?.wire.setCookie.find((c) => c.name === cookieName && !c.deletes)?.value ?? cookieValue(view?.wire.cookieHeader ?? null, cookieName)) : null;

  async function pad() {
    const used = new Set(Object.keys(data ?? {}));
    let n = 1;
    while (used.has(`pad${n}`)) n += 1;
    await api.put(`pad${n}`, "x".repeat(1000), PAD, "size");
  }

  return (
    <div className="grid gap-6">
      <div className="max-w-3xl leading-7 text-slate-700 dark:text-slate-300">{intro}</div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
        <Card labelledBy={id("try")}>
          <SectionHeading id={id("try")}>Try it</SectionHeading>
          <div className="mt-3 grid gap-4">
            <ErrorFor error={state.error} section="session" />
            <SessionActions api={api} data={data} kind={kind} active={active} />
          </div>
        </Card>
        <Card labelledBy={id("now")}>
          <SectionHeading id={id("now")}>The session now</SectionHeading>
          <div className="mt-3 grid gap-4">
            <SessionStatus kind={kind} view={view} offset={state.offset} failed={state.error !== null} />
            <div ref={resultRef} tabIndex={-1} role="status" aria-live="polite" aria-atomic="true" aria-labelledby={id("happened")}
              className="rounded-md bg-sky-50 p-3 text-sm leading-6 text-slate-800 dark:bg-sky-950/50 dark:text-slate-200">
              <h4 id={id("happened")} className="font-semibold text-sky-900 dark:text-sky-200">
                What just happened{state.lastAction && state.lastAction !== INITIAL_READ ? `: ${state.lastAction}` : ""}
              </h4>
              {state.refused && (
                <p className="mt-1">
                  Refused: the server answered {state.refused.status}, and the reason is shown where you asked. Your session, as the server sees it now:
                </p>
              )}
              {!state.refused && state.lastSection && LAB_TITLES[state.lastSection] && (
                <p className="mt-1">
                  The result is in the {LAB_TITLES[state.lastSection]} lab below. Your own session, as the server sees it now:
                </p>
              )}
              {state.event && <p className="mt-1">{state.event.summary}</p>}
              {view && <p className="mt-1">{view.status.explanation}</p>}
            </div>
          </div>
        </Card>
      </div>

      <Card labelledBy={id("wire")}>
        <Heading id={id("wire")} lesson={["attributes"]}>The wire</Heading>
        <p className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-400">
          Scripts on this page cannot read HttpOnly cookies or Set-Cookie headers, so the server reports exactly what it received and sent.
        </p>
        <div className="mt-3">{state.wire ? <WireView wire={state.wire} echo={state.echo} cookieName={cookieName} /> : <p className="text-sm">Waiting for the first answer…</p>}</div>
      </Card>

      <Card labelledBy={id("inside")}>
        <Heading id={id("inside")} lesson={[kind === "server" ? "opaqueId" : kind]}>Inside the cookie</Heading>
        <div className="mt-3">
          {view?.inspect.kind === "sealed" && <SealInspector inspect={view.inspect} />}
          {view?.inspect.kind === "jwt" && <JwtInspector inspect={view.inspect} token={token} />}
          {view?.inspect.kind === "server" && <StoreInspector inspect={view.inspect} />}
        </div>
      </Card>

      <Card labelledBy={id("size")}>
        <Heading id={id("size")} lesson={["size"]}>Size</Heading>
        <div className="mt-3 grid gap-3">
          {view?.size ? <SizeBar bytes={view.size.bytes} label={`the whole Set-Cookie line; the value alone is ${view.size.valueBytes.toLocaleString("en")} bytes`} /> : <p className="text-sm">This browser holds no cookie of this kind, so there is nothing to measure.</p>}
          <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">{SIZE_NOTES[kind]}</p>
          <ErrorFor error={state.error} section="size" />
          <div data-needs-js="" className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Button busy={state.busy === PAD} waiting={state.busy !== null} unavailable={!active} aria-describedby={active ? undefined : id("pad-why")} onClick={() => void pad()}>
              {PAD}
            </Button>
            {!active && (
              <p id={id("pad-why")} className="text-sm text-slate-600 dark:text-slate-400">
                {NEEDS_SESSION}
              </p>
            )}
          </div>
        </div>
      </Card>

      <section aria-labelledby={id("labs")} className="grid gap-6">
        <h3 id={id("labs")} className="mt-2 text-xl font-semibold tracking-tight">Labs for this kind</h3>

        <Card labelledBy={id("tamper")}>
          <Heading id={id("tamper")} level={4} lesson={[kind === "server" ? "opaqueId" : kind]}>Tamper</Heading>
          <div className="mt-3 grid gap-3">
            <ErrorFor error={state.error} section="tamper" />
            <NeedsScript>
              <TamperLab api={api} kind={kind} />
            </NeedsScript>
          </div>
        </Card>

        <Card labelledBy={id("replay")}>
          <Heading id={id("replay")} level={4} lesson={["logout"]}>Replay after logout</Heading>
          <div className="mt-3 grid gap-3">
            <ErrorFor error={state.error} section="replay" />
            <NeedsScript>
              <ReplayLab api={api} kind={kind} />
            </NeedsScript>
          </div>
        </Card>

        <Card labelledBy={id("devices")}>
          <Heading id={id("devices")} level={4} lesson={["logout"]}>Your sessions</Heading>
          <div className="mt-3 grid gap-3">
            <ErrorFor error={state.error} section="devices" />
            {kind === "server" ? (
              <NeedsScript>
                <DevicesLab api={api} signedIn={view?.status.state === "active" && !view.status.anonymous} />
              </NeedsScript>
            ) : (
              <WhyNoDeviceList kind={kind} />
            )}
          </div>
        </Card>

        {kind === "server" && (
          <Card labelledBy={id("fixation")}>
            <Heading id={id("fixation")} level={4} lesson={["fixation", "regeneration"]}>Session fixation</Heading>
            <div className="mt-3 grid gap-3">
              <ErrorFor error={state.error} section="fixation" />
              <NeedsScript>
                <FixationLab api={api} />
              </NeedsScript>
            </div>
          </Card>
        )}
      </section>
    </div>
  );
}

