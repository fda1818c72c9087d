"use client";

import { memo, startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { inspect, MAX_LINES, type LineReport } from "@/app/_lib/labs/cookie-based-sessions/inspect";
import { findPreset, PRESETS } from "@/app/_lib/labs/cookie-based-sessions/presets";
import { decodeUrlState, encodeUrlState, MAX_LINK_CHARS, type UrlState } from "@/app/_lib/labs/cookie-based-sessions/url-state";
import { inputClass } from "@/components/sandbox/ui";
import { useValueAfterPaint } from "@/components/labs/use-value-after-paint";
import { LineView } from "./inspection-view";
import { queryParam, replaceQueryParam } from "@/components/url-query";
import { TableScroller } from "@/components/labs/table-scroller";
import { DeferredTextarea } from "@/components/labs/deferred-textarea";

const LAB_ID = "cookie-inspector";

// Memoized so a keystroke re-renders only the fields: the report redraws in the deferred render.
const MemoLineView = memo(LineView);

const LineList = memo(function LineList({ lines, selected, onSelect }: { lines: LineReport[]; selected: number; onSelect: (i: number) => void }) {
  return (
    <TableScroller label="All lines">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">All lines (choose one to see its walk)</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Chromium</th>
            <th scope="col">Browsers</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <th scope="row">
                <button type="button" className="min-h-6 min-w-6 px-1 underline" aria-pressed={i === selected} onClick={() => onSelect(i)}>
                  Line {i + 1}
                </button>
              </th>
              <td>{l.outcomes.chromium.verdict === "stored" ? "✓ stored" : l.outcomes.chromium.verdict === "deleted" ? "○ not kept" : "✗ ignored"}</td>
              <td>{l.differs ? "differ" : "agree"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
});

// Drawing another line's walk is a transition: the click paints at once, the tables follow.
const selectLine = (set: (i: number) => void) => (i: number) => startTransition(() => set(i));
const first = findPreset("framework-defaults")!;
const INITIAL: UrlState = { url: first.url, lines: first.lines, fresh: false, blockThirdParty: false };

/** The Set-Cookie inspector: draws inspect()'s report for the learner's lines, URL and switches. */
export default function CookieInspector() {
  const ids = useId();
  const [state, setState] = useState<UrlState>(INITIAL);
  const [selected, setSelected] = useState(0);
  const onSelect = useMemo(() => selectLine(setSelected), []);
  const [linkNote, setLinkNote] = useState("");
  const loaded = useRef(false);
  // The report follows the input after the next paint (useDeferredValue's catch-up render often ran before the
  // frame, in the key press's own frame). The clock is read once per input, in the browser only (the server's
  // example uses a fixed one).
  const deferred = useValueAfterPaint(state);
  const result = useMemo(() => inspect(deferred.url, deferred.lines, Date.now(), { fresh: deferred.fresh, blockThirdParty: deferred.blockThirdParty }), [deferred]);

  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const fromUrl = decodeUrlState(queryParam(LAB_ID));
    if (fromUrl) setState(fromUrl);
  }, []);

  // The address follows the report on screen, after it has painted: rewriting it never delays a key press.
  useEffect(() => {
    if (!loaded.current) return;
    const encoded = encodeUrlState(deferred);
    const fits = encodeURIComponent(encoded).length <= MAX_LINK_CHARS;
    replaceQueryParam(LAB_ID, fits ? encoded : null);
    setLinkNote(fits ? "" : "This input is too long to fit in a link; the address bar no longer reproduces it.");
  }, [deferred]);

  const stored = result.ok ? result.lines.filter((l) => l.outcomes.chromium.verdict === "stored").length : 0;
  const announce = result.ok
    ? `${result.lines.length} line${result.lines.length === 1 ? "" : "s"}: Chromium stores ${stored}, ignores or deletes ${result.lines.length - stored}.${result.lines.some((l) => l.differs) ? " Browsers differ on some lines." : ""}`
    : result.message;
  const current = result.ok ? result.lines[Math.min(selected, result.lines.length - 1)] : undefined;
  const update = (patch: Partial<UrlState>) => setState((prev) => ({ ...prev, ...patch }));
  const setLines = useCallback((lines: string) => setState((prev) => ({ ...prev, lines })), []);
  const urlError = !result.ok && result.field === "url" ? result.message : null;
  const linesError = !result.ok && result.field === "lines" ? result.message : null;

  return (
    <div className="grid gap-4 text-sm [&>*]:min-w-0">
      <h3 className="mt-0 text-lg font-semibold">Set-Cookie inspector</h3>
      <label className="grid gap-1">
        <span className="font-medium">Example</span>
        <select
          className={inputClass}
          value=""
          onChange={(e) => {
            const preset = findPreset(e.target.value);
            if (preset) {
              update({ url: preset.url, lines: preset.lines });
              setSelected(0);
            }
          }}
        >
          <option value="">Load an example…</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <div className="grid gap-1">
        <label htmlFor={`${ids}-url`} className="font-medium">
          Response URL (the page or request that sent the headers)
        </label>
        <input id={`${ids}-url`} className={inputClass} value={state.url} onChange={(e) => update({ url: e.target.value })} aria-invalid={urlError ? true : undefined} aria-describedby={urlError ? `${ids}-url-error` : undefined} spellCheck={false} />
        {urlError ? (
          <p id={`${ids}-url-error`} className="font-medium text-red-800 dark:text-red-300">
            ✗ {urlError}
          </p>
        ) : null}
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${ids}-lines`} className="font-medium">
          Set-Cookie lines, one per line (at most 64 kB and {MAX_LINES} lines)
        </label>
        <DeferredTextarea id={`${ids}-lines`} className={`${inputClass} min-h-32 font-mono`} value={state.lines} onValue={setLines} aria-invalid={linesError ? true : undefined} aria-describedby={linesError ? `${ids}-lines-error` : undefined} spellCheck={false} />
        {linesError ? (
          <p id={`${ids}-lines-error`} className="font-medium text-red-800 dark:text-red-300">
            ✗ {linesError}
          </p>
        ) : null}
      </div>
      <fieldset className="grid min-w-0 gap-1">
        <legend className="font-medium">For the request matrix</legend>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={state.fresh} onChange={(e) => update({ fresh: e.target.checked })} />
          The cookie is at most two minutes old (Chromium&apos;s Lax-allowing-unsafe window)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={state.blockThirdParty} onChange={(e) => update({ blockThirdParty: e.target.checked })} />
          Third-party cookies are blocked
        </label>
      </fieldset>
      <p role="status" aria-live="polite" className="font-medium">
        {announce}
      </p>
      {linkNote ? <p>{linkNote}</p> : null}
      {result.ok ? (
        <>
          <LineList lines={result.lines} selected={selected} onSelect={onSelect} />
          {current ? <MemoLineView report={current} index={Math.min(selected, result.lines.length - 1)} /> : null}
        </>
      ) : null}
    </div>
  );
}
