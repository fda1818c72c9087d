"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode, type RefObject } from "react";
import type { SandboxKind, SessionData } from "@/app/_lib/sandbox/contract";
import { DATA_VALUE_MAX_CHARS } from "@/app/_lib/sandbox/input-limits";
import type { SandboxKindApi } from "./use-sandbox-kind";
import { useHydrated } from "@/components/use-hydrated";
import { Button, inputClass } from "./ui";

/** Where every form posts without JavaScript (app/sandbox/act/route.ts); with it, the page calls the JSON API. */
export const FORM_ACTION = "/sandbox/act";

/** Why the actions that change a session wait for one; shown next to them and named by aria-describedby. */
export const NEEDS_SESSION = "Log in first: there is no session to change yet.";

function Field({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  autoComplete = "off",
  inputRef,
  maxLength,
  action,
  multiline = false,
  below,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  autoComplete?: string;
  inputRef?: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  maxLength?: number;
  /** A button to sit right of the input, aligned with it. */
  action?: ReactNode;
  /** A textarea, where Enter starts a new line and Ctrl+Enter (⌘+Enter) submits the form. */
  multiline?: boolean;
  /** A control that belongs to this field, under it. */
  below?: ReactNode;
}) {
  const id = useId();
  const own = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const ref = inputRef ?? own;
  // A 422 naming this field puts the learner right where the fix goes.
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error, ref]);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs leading-5 text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      <div className="mt-1 flex gap-2">
        {multiline ? (
          <textarea
            id={id}
            name={name}
            ref={ref as RefObject<HTMLTextAreaElement | null>}
            value={value}
            rows={5}
            maxLength={maxLength}
            autoComplete={autoComplete}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            className={`${inputClass} resize-y`}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={submitOnModEnter}
          />
        ) : (
          // One line, like any one-line form: Enter submits, and no invisible line break reaches the server.
          <input
            id={id}
            name={name}
            ref={ref as RefObject<HTMLInputElement | null>}
            value={value}
            type="text"
            maxLength={maxLength}
            autoComplete={autoComplete}
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
            className={inputClass}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {action}
      </div>
      {below}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** In a textarea Enter is a new line, so the form's own submit is Ctrl+Enter (⌘+Enter), as in most editors. */
function submitOnModEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

/** Hidden fields every form of a kind sends, so the no-JavaScript route knows which tab it came from. */
function KindField({ kind, action }: { kind: SandboxKind; action?: string }) {
  return (
    <>
      <input type="hidden" name="kind" value={kind} />
      {action && <input type="hidden" name="action" value={action} />}
    </>
  );
}

/** The learner's controls for one kind: log in, put and remove data, read, regenerate, log out. */
export function SessionActions({ api, data, kind, active }: { api: SandboxKindApi; data: SessionData | null; kind: SandboxKind; active: boolean }) {
  const { state } = api;
  const [name, setName] = useState("");
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  const [multiline, setMultiline] = useState(false);
  const hydrated = useHydrated();
  const keyRef = useRef<HTMLInputElement>(null);
  const valueRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const reasonId = useId();
  const multilineId = useId();
  // Back to one line would silently drop the line breaks (a text input strips them), so it waits until there are none.
  const keepsLines = multiline && value.includes("\n");
  // The API prefixes the field's name for clients without a form; next to the field it would only repeat the label.
  const fieldError = (field: string) => {
    if (state.error?.field !== field || state.error.section !== "session") return undefined;
    const prefix = `${field}: `;
    return state.error.message.startsWith(prefix) ? state.error.message.slice(prefix.length) : state.error.message;
  };
  const blocked = state.busy !== null;

  async function onLogin(event: FormEvent) {
    event.preventDefault();
    if (blocked) return;
    await api.login(name);
  }

  async function onPut(event: FormEvent) {
    event.preventDefault();
    if (blocked || !active) return;
    // Enter in Key with no value yet goes on to Value, as the next field of the form, instead of saving an empty value.
    if (document.activeElement === keyRef.current && value === "") {
      valueRef.current?.focus();
      return;
    }
    const done = await api.put(key, value);
    // Clear only on success, so a refused value is still there to fix.
    if (done) {
      setKey("");
      setValue("");
      keyRef.current?.focus();
    }
  }

  async function onSessionButton(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (blocked) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const action = submitter?.value;
    if (action === "read") await api.read();
    else if (action === "regenerate" && active) await api.regenerate();
    else if (action === "logout") await api.logout();
  }

  async function onRemove(event: FormEvent<HTMLFormElement>, k: string) {
    event.preventDefault();
    if (blocked) return;
    await api.remove(k);
  }

  const entries = data ? Object.entries(data) : [];

  return (
    <div className="grid gap-5">
      <form method="post" action={FORM_ACTION} onSubmit={onLogin} noValidate>
        <KindField kind={kind} action="login" />
        <Field
          label="Your name"
          name="name"
          value={name}
          onChange={setName}
          error={fieldError("name")}
          hint="Any display name. The sandbox asks no password: logging in just starts a session."
          maxLength={40}
          action={
            <Button type="submit" variant="primary" busy={state.busy === "Log in"} waiting={blocked} className="shrink-0">
              Log in
            </Button>
          }
        />
      </form>

      <form method="post" action={FORM_ACTION} onSubmit={onPut} noValidate className="grid gap-2">
        <KindField kind={kind} action="put" />
        <div className="grid gap-2 sm:grid-cols-[2fr_3fr]">
          <Field label="Key" name="key" inputRef={keyRef} value={key} onChange={setKey} error={fieldError("key")} hint="A letter first, e.g. theme" maxLength={32} />
          <Field
            label="Value"
            name="value"
            inputRef={valueRef}
            value={value}
            onChange={setValue}
            error={fieldError("value")}
            hint={multiline ? "Text on several lines; Ctrl+Enter (⌘+Enter) puts the pair." : "One line of text, e.g. dark"}
            maxLength={DATA_VALUE_MAX_CHARS}
            multiline={multiline}
            below={
              // Without JavaScript the switch could not swap the field, so it appears once the page can.
              hydrated && (
                <div className="mt-1 flex items-start gap-2 text-sm">
                  <input
                    id={multilineId}
                    type="checkbox"
                    checked={multiline}
                    aria-disabled={keepsLines || undefined}
                    aria-describedby={keepsLines ? `${multilineId}-why` : undefined}
                    className="mt-1 size-4 shrink-0"
                    onChange={() => {
                      if (keepsLines) return;
                      setMultiline(!multiline);
                      // The new field replaces the old one; the learner's place is in it, not on the switch.
                      requestAnimationFrame(() => valueRef.current?.focus());
                    }}
                  />
                  <div>
                    <label htmlFor={multilineId}>Several lines</label>
                    {keepsLines && (
                      <p id={`${multilineId}-why`} className="text-xs leading-5 text-slate-600 dark:text-slate-400">
                        Remove the line breaks to go back to one line.
                      </p>
                    )}
                  </div>
                </div>
              )
            }
          />
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Button type="submit" busy={state.busy === "Put data"} waiting={blocked} unavailable={!active} aria-describedby={active ? undefined : reasonId}>
            Put data
          </Button>
          {!active && (
            <p id={reasonId} className="text-sm text-slate-600 dark:text-slate-400">
              {NEEDS_SESSION}
            </p>
          )}
        </div>
      </form>

      <div>
        <h4 className="text-sm font-semibold">Data in the session</h4>
        {entries.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">None yet.</p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {entries.map(([k, v]) => (
              <li key={k} className="flex items-center gap-3 px-3 py-2">
                <div className="min-w-0 flex-1 font-mono text-[13px] leading-6">
                  <span className="font-semibold text-sky-800 dark:text-sky-300">{k}</span>
                  <span className="text-slate-600 dark:text-slate-400"> = </span>
                  <span className="whitespace-pre-wrap [overflow-wrap:anywhere]">{v.length > 40 ? `${v.slice(0, 40)}… (${v.length.toLocaleString("en")} characters)` : v}</span>
                </div>
                <form method="post" action={FORM_ACTION} onSubmit={(event) => void onRemove(event, k)} className="shrink-0">
                  <KindField kind={kind} action="remove" />
                  <input type="hidden" name="key" value={k} />
                  <Button type="submit" aria-label={`Remove ${k}`} waiting={blocked}>
                    Remove
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </div>

      <form method="post" action={FORM_ACTION} onSubmit={(event) => void onSessionButton(event)} className="flex flex-wrap gap-2">
        <KindField kind={kind} />
        <Button type="submit" name="action" value="read" busy={state.busy === "Read back"} waiting={blocked}>
          Read back
        </Button>
        <Button
          type="submit"
          name="action"
          value="regenerate"
          busy={state.busy === "Regenerate the ID"}
          waiting={blocked}
          unavailable={!active}
          aria-describedby={active ? undefined : reasonId}
        >
          Regenerate the ID
        </Button>
        <Button type="submit" name="action" value="logout" variant="danger" busy={state.busy === "Log out"} waiting={blocked}>
          Log out
        </Button>
      </form>
    </div>
  );
}
