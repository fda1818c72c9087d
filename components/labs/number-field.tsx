"use client";

import { useId, useState } from "react";
import type { FieldCheck } from "@/app/_lib/labs/field-check";
import { inputClass } from "@/components/sandbox/ui";

/**
 * A number input for the labs: it keeps what the learner types and hands on only values `check` accepts. A bad
 * value gets check's message at the field and leaves the lab's state as it was.
 */
export function NumberField({
  label,
  value,
  check,
  onCommit,
  commitOnType = true,
  onInvalid,
  className = "",
}: {
  label: string;
  value: number;
  check: (text: string) => FieldCheck;
  onCommit: (value: number) => void;
  /** Commit while typing (gap, grace) or only through the form's button (a new event's time). */
  commitOnType?: boolean;
  /** Told when the text stops being valid (the add form disables its button). */
  onInvalid?: () => void;
  className?: string;
}) {
  const id = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  // The value changed elsewhere (a button, a preset, the URL): show it.
  if (seen !== value) {
    setSeen(value);
    setDraft(String(value));
  }
  const result = check(draft);
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={label}
        inputMode="numeric"
        value={draft}
        maxLength={12}
        aria-invalid={result.ok ? undefined : true}
        aria-describedby={result.ok ? undefined : errorId}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = check(event.target.value);
          if (commitOnType && next.ok && next.value !== value) onCommit(next.value);
          if (!commitOnType && next.ok) onCommit(next.value);
          if (!next.ok) onInvalid?.();
        }}
        className={inputClass}
      />
      {result.ok ? null : (
        <p id={errorId} className="mt-1 text-xs text-red-800 dark:text-red-300">
          {result.message}
        </p>
      )}
    </div>
  );
}
