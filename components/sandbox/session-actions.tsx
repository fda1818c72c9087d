"use client";

import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { SessionData } from "@/app/_lib/sandbox/contract";
import type { SandboxKindApi } from "./use-sandbox-kind";
import { Button, inputClass } from "./ui";

function Field({
  label,
  name,
  value,
  onChange,
  error,
  hint,
  autoComplete = "off",
  multiline = false,
  action,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  autoComplete?: string;
  multiline?: boolean;
  /** A button to sit right of the input, aligned with it. */
  action?: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // A 422 naming this field puts the learner right where the fix goes.
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const shared = {
    id,
    name,
    ref,
    value,
    autoComplete,
    spellCheck: false,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
    className: inputClass,
  } as const;
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
          <textarea {...shared} rows={1} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...shared} type="text" onChange={(e) => onChange(e.target.value)} />
        )}
        {action}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}

/** The learner's controls for one kind: log in, put and remove data, read, regenerate, log out. */
export function SessionActions({ api, data }: { api: SandboxKindApi; data: SessionData | null }) {
  const { state } = api;
  const [name, setName] = useState("");
  const [key, setKey] = useState("");
  const [value, setValue] = useState("");
  // The API prefixes the field's name for clients without a form; next to the field it would only repeat the label.
  const fieldError = (field: string) => {
    if (state.error?.field !== field) return undefined;
    const prefix = `${field}: `;
    return state.error.message.startsWith(prefix) ? state.error.message.slice(prefix.length) : state.error.message;
  };

  async function onLogin(event: FormEvent) {
    event.preventDefault();
    await api.login(name);
  }

  async function onPut(event: FormEvent) {
    event.preventDefault();
    const done = await api.put(key, value);
    // Clear only on success, so a refused value is still there to fix.
    if (done) {
      setKey("");
      setValue("");
    }
  }

  const entries = data ? Object.entries(data) : [];

  return (
    <div className="grid gap-5">
      <form onSubmit={onLogin} noValidate>
        <Field
          label="Your name"
          name="name"
          value={name}
          onChange={setName}
          error={fieldError("name")}
          hint="Any display name. The sandbox asks no password: logging in just starts a session."
          action={
            <Button type="submit" variant="primary" busy={state.busy === "Log in"} waiting={state.busy !== null} className="shrink-0">
              Log in
            </Button>
          }
        />
      </form>

      <form onSubmit={onPut} noValidate className="grid gap-2">
        <div className="grid gap-2 sm:grid-cols-[2fr_3fr]">
          <Field label="Key" name="key" value={key} onChange={setKey} error={fieldError("key")} hint="A letter first, e.g. theme" />
          <Field label="Value" name="value" value={value} onChange={setValue} error={fieldError("value")} hint="Any short text, e.g. dark" multiline />
        </div>
        <div>
          <Button type="submit" busy={state.busy === "Put data"} waiting={state.busy !== null}>
            Put data
          </Button>
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
                  <span className="[overflow-wrap:anywhere]">{v.length > 40 ? `${v.slice(0, 40)}… (${v.length.toLocaleString("en")} characters)` : v}</span>
                </div>
                <Button aria-label={`Remove ${k}`} waiting={state.busy !== null} onClick={() => void api.remove(k)} className="shrink-0">
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="flex flex-wrap gap-2">
        <Button busy={state.busy === "Read back"} waiting={state.busy !== null} onClick={() => void api.read()}>
          Read back
        </Button>
        <Button busy={state.busy === "Regenerate the ID"} waiting={state.busy !== null} onClick={() => void api.regenerate()}>
          Regenerate the ID
        </Button>
        <Button variant="danger" busy={state.busy === "Log out"} waiting={state.busy !== null} onClick={() => void api.logout()}>
          Log out
        </Button>
      </div>
    </div>
  );
}
