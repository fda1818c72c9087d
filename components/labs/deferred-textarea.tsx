"use client";

import { memo, useEffect, useRef, useState, type TextareaHTMLAttributes } from "react";
import { afterNextPaint } from "./after-paint";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "defaultValue" | "onChange"> & {
  value: string;
  /** The lab's change handler: runs in a task after the key press that made the change has painted. */
  onValue: (value: string) => void;
};

/**
 * A lab's text field whose key presses re-render only the field. The lab keeps the value; a key press shows the
 * typed text at once from the field's own draft and hands it to the lab after that frame, so the lab's render
 * (every control around the field) is no longer part of the key press.
 *
 * The draft stays until the lab's value equals it. A value the field handed on earlier is the lab catching up
 * while more keys were pressed, so the draft stays; any other value came from elsewhere (an example, an attack)
 * and replaces the draft, and typing not yet handed on is dropped rather than written over it.
 */
export const DeferredTextarea = memo(function DeferredTextarea({ value, onValue, ...props }: Props) {
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
    if (typed === null || (value !== typed && value === handed.current)) return;
    if (value !== typed) cancel.current?.();
    draftRef.current = null;
    setDraft(null);
  }, [value]);
  useEffect(() => () => cancel.current?.(), []);

  return (
    <textarea
      {...props}
      value={draft ?? value}
      onChange={(event) => {
        const text = event.target.value;
        draftRef.current = text;
        setDraft(text);
        cancel.current?.();
        cancel.current = afterNextPaint(() => {
          cancel.current = undefined;
          handed.current = text;
          latest.current(text);
        });
      }}
    />
  );
});
