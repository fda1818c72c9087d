"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof Link>, "prefetch">;

/**
 * A site link inside a lesson's text: it prefetches its route once the reader points at it or focuses it, not
 * as soon as it scrolls into view. A lesson shows a dozen such links on its first screen (glossary terms,
 * prerequisites); prefetching each one on sight cost two requests per link and the parse of their payloads on
 * the main thread while the page was still loading (bench/FINDINGS.md, "Prose links prefetched on intent").
 * This is the "hover-triggered prefetch" of Next's prefetching guide, with focus added for keyboard readers.
 */
export function IntentLink({ onPointerEnter, onFocus, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
