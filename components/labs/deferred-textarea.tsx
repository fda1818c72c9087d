"use client";

import { memo, useEffect, useRef, useState, type TextareaHTMLAttributes } from "react";
import { afterNextPaint } from "./after-paint";
import { draftOnValue } from "./draft";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "defaultValue" | "onChange"> & {
  value: string;
  /** The lab's change handler: runs in a task after the key press that made the change has painted. */
  onValue: (value: string) => void;
};

/**
 * A lab's text field whose key presses re-render only the field. The lab keeps the value; a key press shows the
 * typed text at once from the field's own draft and hands it to the lab after that frame, so the lab's render
 * (every control around the field) is no longer part of the key press.
 * When the lab's value changes, `draftOnValue` (draft.ts) says whether the draft stays.
 */
export const DeferredTextarea = memo(function DeferredTextarea({ value, onValue, onBlur, ...props }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const draftRef = useRef<string | null>(null);
  const handed = useRef<string | null>(null);
  const cancel = useRef<(() => void) | undefined>(undefined);
  const latest = useRef(onValue);
  useEffect(() => {
    latest.current = onValue;
  }, [onValue]);

  useEffect(() => {
    const typed = draftRef.current;
    if (typed === null) return;
    const outcome = draftOnValue(typed, handed.current, value);
    if (outcome === "keep") return;
    if (outcome === "replaced") cancel.current?.();
    draftRef.current = null;
    setDraft(null);
  }, [value]);
  useEffect(() => () => cancel.current?.(), []);

  /** Hands typed text to the lab, ending any hand-off still waiting for its frame. */
  function handOn(text: string) {
    cancel.current?.();
    cancel.current = undefined;
    handed.current = text;
    latest.current(text);
  }

  return (
    <textarea
      {...props}
      value={draft ?? value}
      onChange={(event) => {
        const text = event.target.value;
        draftRef.current = text;
        setDraft(text);
        cancel.current?.();
        cancel.current = afterNextPaint(() => handOn(text));
      }}
      // Focus leaves the field before a button's click or Enter runs, and React renders a blur's updates before
      // the next event: a learner who types and at once presses Verify gets the text they see verified, not the
      // text from before the last frame (on a busy phone the hand-off can wait longer than that press).
      onBlur={(event) => {
        if (cancel.current && draftRef.current !== null) handOn(draftRef.current);
        onBlur?.(event);
      }}
    />
  );
});
