"use client";

import { CopyFace, copyButtonClass, useCopy } from "@/components/copy/use-copy";

/**
 * Copies one token, cookie or header line. Hidden without JavaScript (data-needs-js, globals.css),
 * where it could do nothing. The visible word changes to "Copied", and a live region says so.
 */
export function CopyText({ text, label }: { text: string; label: string }) {
  const { status, copy } = useCopy();
  return (
    <button type="button" data-needs-js="" onClick={() => void copy(text)} aria-label={label} className={`h-8 ${copyButtonClass}`}>
      <CopyFace status={status} />
    </button>
  );
}
