"use client";

import { useId, useState } from "react";
import { inputClass } from "@/components/sandbox/ui";

/**
 * A whole-number input that keeps what the learner types, and only hands valid values on.
 * A bad value gets its message at the field and leaves the lab's state as it was.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
  className = "",
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  className?: string;
}) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  // The value changed elsewhere (a button, the URL): show it.
  if (seen !== value) {
    setSeen(value);
    setDraft(String(value));
  }
  const n = Number(draft);
  const error =
    draft.trim() === "" || !/^\d+$/.test(draft.trim()) || n < min || n > max
      ? `A whole number from ${min} to ${max.toLocaleString("en-US")}.`
      : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={draft}
        maxLength={12}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          const next = Number(text);
          if (/^\d+$/.test(text.trim()) && next >= min && next <= max && next !== value) onCommit(next);
        }}
        className={inputClass}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-xs text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
