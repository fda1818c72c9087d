"use client";

import { useEffect, useState } from "react";
import { formatClock, formatRemaining } from "./time-format";

/**
 * A server deadline shown as clock time (the server's, in UTC, as its explanations give it) plus a
 * ticking countdown. `offset` is the server's clock minus the browser's, so a wrong browser clock
 * does not mislead the countdown. role="timer" is a live region that is silent by default:
 * screen readers are not interrupted every second.
 */
export function Countdown({ label, deadline, offset, hint }: { label: string; deadline: number; offset: number; hint: string }) {
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    // The clock is outside React: read it once at mount (the server cannot know the browser's), then every second.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset]);

  const passed = now !== null && now >= deadline;
  return (
    <div role="timer" aria-label={label} className="rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-700">
      <div className="font-medium">{label}</div>
      <div className="flex flex-wrap items-baseline gap-x-2">
        {/* The ticking part needs JavaScript; without it the deadline's clock time still says when. */}
        <span data-needs-js="" className={`font-mono text-lg font-semibold tabular-nums ${passed ? "text-red-800 dark:text-red-300" : "text-sky-800 dark:text-sky-300"}`}>
          {now === null ? "–:––" : passed ? "passed" : formatRemaining(deadline - now)}
        </span>
        <span className="text-slate-600 dark:text-slate-400">
          {passed ? "at" : "until"} <time dateTime={new Date(deadline).toISOString()}>{formatClock(deadline)}</time>
        </span>
      </div>
      <p className="text-xs leading-5 text-slate-600 dark:text-slate-400">{passed ? "The next request will find no session." : hint}</p>
    </div>
  );
}
