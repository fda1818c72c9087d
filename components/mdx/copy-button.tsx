"use client";

import { useRef } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { CopyFace, copyButtonClass, useCopy } from "@/components/copy/use-copy";

/**
 * Copies the text of the code block (the <figure>) it sits in. Rendered only once hydrated: without
 * JavaScript it could do nothing. The text is read from the page rather than passed as a prop, which
 * would put a third copy of every block into the RSC payload.
 */
export function CopyButton({ label }: { label: string }) {
  // false on the server and in the hydrating render, true after: the button appears only once it can work.
  const ready = useHydrated();
  const { status, copy } = useCopy();
  const button = useRef<HTMLButtonElement>(null);

  if (!ready) return null;
  return (
    <button
      ref={button}
      type="button"
      onClick={() => void copy(button.current?.closest("figure")?.querySelector("pre")?.textContent ?? "")}
      aria-label={`Copy code: ${label}`}
      className={`h-7 ${copyButtonClass}`}
    >
      <CopyFace status={status} />
    </button>
  );
}
