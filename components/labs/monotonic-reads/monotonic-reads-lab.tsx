"use client";

import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useValueAfterPaint } from "@/components/labs/use-value-after-paint";
import { checkHistory } from "@/app/_lib/labs/monotonic-reads/checker";
import { strategyNames, type SimConfig } from "@/app/_lib/labs/monotonic-reads/config";
import { MAX_HISTORY_CHARS, MAX_HISTORY_OPS, formatHistory, parseHistory } from "@/app/_lib/labs/monotonic-reads/parse";
import { compareStrategies, simulate } from "@/app/_lib/labs/monotonic-reads/simulate";
import { decodeState, encodeState, LAB_ID, UI_MAX_OPS, type LabState } from "@/app/_lib/labs/monotonic-reads/url-state";
import { Button, inputClass } from "@/components/sandbox/ui";
import { ReplicaPanel, RunButtons, StrategyPanel, WorkloadPanel } from "./controls";
import { presets } from "./presets";
import { CompareTable, HistoryTable, Summary, violationsByOp } from "./tables";
import { queryParam, replaceQueryParam } from "@/components/url-query";

/** Rows per page of the history table: the DOM stays small however long the run. */
const PAGE_SIZE = 25;

// The results re-render only when the run or the page changes, not on every other update of the lab.
const MemoSummary = memo(Summary);
const MemoCompareTable = memo(CompareTable);
const MemoHistoryTable = memo(HistoryTable);

function readUrl(): { state: LabState; problems: string[] } {
  return decodeState(queryParam(LAB_ID));
}

/**
 * The monotonic-reads lab: a leader and lagging replicas, clients reading through a routing strategy,
 * and a checker that labels every operation with the session guarantees it breaks. All state lives
 * in `?monotonic-reads=`; every number comes from the pure model in app/_lib/labs/monotonic-reads.
 */
export default function MonotonicReadsLab() {
  const [initial] = useState(readUrl);
  const [state, setState] = useState<LabState>(initial.state);
  const [announcement, setAnnouncement] = useState(initial.problems.join(" "));
  const [urlProblems] = useState(initial.problems);
  const base = useId();

  // The controls follow `state` at once; the run, its tables and the URL follow a copy that catches up after the next
  // paint. A 1,000-operation run takes a while to simulate and draw on a slow phone: the control's feedback
  // ("Running…") paints first, then the result renders in a transition.
  const shown = useValueAfterPaint(state);

  // Keep the URL in step, so a link reproduces exactly this lab.
  const first = useRef(true);
  useEffect(() => {
    if (first.current && queryParam(LAB_ID) === null) {
      first.current = false;
      return;
    }
    first.current = false;
    replaceQueryParam(LAB_ID, encodeState(shown));
  }, [shown]);

  const config = shown.config;
  const run = useMemo(() => simulate(config), [config]);
  const byOp = useMemo(() => violationsByOp(run.check), [run]);

  const update = useCallback((next: Partial<SimConfig>, message?: string) => {
    setState((s) => ({ ...s, config: { ...s.config, ...next }, page: 0 }));
    if (message) setAnnouncement(message);
  }, []);

  // Announce the run's outcome whenever the simulation changes.
  const outcome = `${config.ops} operations with ${strategyNames[config.strategy]} routing: ${run.check.badReads} of ${run.check.readCount} reads break read your writes or monotonic reads.`;
  const lastOutcome = useRef(outcome);
  useEffect(() => {
    if (lastOutcome.current !== outcome) {
      lastOutcome.current = outcome;
      setAnnouncement(outcome);
    }
  }, [outcome]);

  return (
    <div className="grid gap-5">
      <div role="tablist" aria-label="Lab panels" className="flex flex-wrap gap-2">
        {(["simulate", "check"] as const).map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${base}-tab-${tab}`}
            aria-selected={state.tab === tab}
            aria-controls={`${base}-panel-${tab}`}
            tabIndex={state.tab === tab ? 0 : -1}
            onClick={() => setState((s) => ({ ...s, tab }))}
            onKeyDown={(event) => {
              if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
                const next = tab === "simulate" ? "check" : "simulate";
                setState((s) => ({ ...s, tab: next }));
                document.getElementById(`${base}-tab-${next}`)?.focus();
              }
            }}
            className="min-h-10 rounded-md border border-slate-400 px-3.5 py-2 text-sm font-medium aria-selected:border-sky-700 aria-selected:bg-sky-700 aria-selected:text-white dark:border-slate-500 dark:aria-selected:border-sky-400 dark:aria-selected:bg-sky-400 dark:aria-selected:text-slate-950"
          >
            {tab === "simulate" ? "Replicas and clients" : "Check a history"}
          </button>
        ))}
      </div>

      {urlProblems.length > 0 ? (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-800 dark:text-red-300">
          {urlProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}

      {/* Both panels stay mounted (the hidden one is out of the page and the accessibility tree), so switching tabs
          only flips `hidden` instead of tearing down and rebuilding a panel; the selected tab paints at once, and the
          panels swap right after that paint. */}
      <div role="tabpanel" id={`${base}-panel-simulate`} aria-labelledby={`${base}-tab-simulate`} hidden={shown.tab !== "simulate"} className="grid gap-5">
        <MemoSimulator
          config={state.config}
          onlyViolations={state.onlyViolations}
          page={state.page}
          shownConfig={shown.config}
          shownOnlyViolations={shown.onlyViolations}
          shownPage={shown.page}
          setState={setState}
          update={update}
          run={run}
          byOp={byOp}
        />
      </div>
      <div role="tabpanel" id={`${base}-panel-check`} aria-labelledby={`${base}-tab-check`} hidden={shown.tab !== "check"} className="grid gap-5">
        <MemoChecker text={state.text} setState={setState} simulated={run} announce={setAnnouncement} />
      </div>

      <p aria-live="polite" aria-atomic="true" className="text-sm font-medium">
        {announcement}
      </p>
    </div>
  );
}

type Run = ReturnType<typeof simulate>;
type SetState = React.Dispatch<React.SetStateAction<LabState>>;

/**
 * The simulator panel. Its controls follow `config`, `onlyViolations` and `page` (what the learner just chose); the
 * summary and the tables follow the `shown…` copies (which catch up after the next paint), with aria-busy meanwhile.
 * It takes these fields rather than the lab's whole state, so switching tabs or checking a history skips it.
 */
function Simulator({
  config,
  onlyViolations,
  page: wantedPage,
  shownConfig,
  shownOnlyViolations,
  shownPage: wantedShownPage,
  setState,
  update,
  run,
  byOp,
}: {
  config: SimConfig;
  onlyViolations: boolean;
  page: number;
  shownConfig: SimConfig;
  shownOnlyViolations: boolean;
  shownPage: number;
  setState: SetState;
  update: (next: Partial<SimConfig>, message?: string) => void;
  run: Run;
  byOp: ReturnType<typeof violationsByOp>;
}) {
  const [compareOn, setCompareOn] = useState(false);
  const compareShown = useValueAfterPaint(compareOn);
  const rows = useMemo(() => (compareShown ? compareStrategies(shownConfig) : null), [compareShown, shownConfig]);
  const strategyGroup = useId();
  const running = shownConfig !== config;
  const stale = running || shownOnlyViolations !== onlyViolations || wantedShownPage !== wantedPage || compareShown !== compareOn;

  const indexes = useMemo(() => {
    const all = run.history.map((_, i) => i);
    return shownOnlyViolations ? all.filter((i) => byOp.has(i)) : all;
  }, [run, byOp, shownOnlyViolations]);
  const pages = Math.max(1, Math.ceil(indexes.length / PAGE_SIZE));
  // The pager answers at once; the page of the table follows after the next paint.
  const page = Math.min(wantedPage, pages - 1);
  const shownPage = Math.min(wantedShownPage, pages - 1);
  const shown = useMemo(() => indexes.slice(shownPage * PAGE_SIZE, shownPage * PAGE_SIZE + PAGE_SIZE), [indexes, shownPage]);

  // Stable, so the memoized run buttons skip the renders that do not change them.
  const addOps = useCallback(
    (n: number) =>
      setState((s) => {
        const ops = Math.min(UI_MAX_OPS, s.config.ops + n);
        // Follow the newest operations: the last page of the unfiltered table.
        return { ...s, config: { ...s.config, ops }, page: s.onlyViolations ? s.page : Math.floor((ops - 1) / PAGE_SIZE) };
      }),
    [setState],
  );
  const toggleCompare = useCallback(() => setCompareOn((on) => !on), []);

  return (
    <>
      <ReplicaPanel lags={config.lags} events={config.events} ops={config.ops} update={update} />
      <WorkloadPanel clients={config.clients} writePercent={config.writePercent} seed={config.seed} ops={config.ops} update={update} />
      <StrategyPanel strategy={config.strategy} group={strategyGroup} update={update} />
      <RunButtons compareOn={compareOn} addOps={addOps} update={update} toggleCompare={toggleCompare} />

      <p className="min-h-5 text-sm">
        {stale ? (running ? `Running ${config.ops.toLocaleString("en-US")} operations…` : "Updating the tables…") : ""}
      </p>

      <div aria-busy={stale || undefined} className="grid gap-5">
        <section aria-label="Run summary" className="grid gap-2">
          <MemoSummary check={run.check} stale={run.stats.staleReads} meanBehind={run.stats.meanBehind} />
          {shownConfig.strategy === "token" ? <p className="text-sm">Reads no live replica could serve, sent to the leader: {run.stats.leaderFallbacks}</p> : null}
        </section>

        {rows ? <MemoCompareTable rows={rows} caption={`The same seeded workload (${shownConfig.ops} operations) under each strategy`} /> : null}

        <div className="grid gap-2">
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={onlyViolations}
                onChange={(e) => setState((s) => ({ ...s, onlyViolations: e.target.checked, page: 0 }))}
                className="h-4 w-4"
              />
              Only operations that break a guarantee
            </label>
            <nav aria-label="History pages" className="flex items-center gap-2 text-sm">
              <Button disabled={page === 0} onClick={() => setState((s) => ({ ...s, page: Math.max(0, Math.min(s.page, pages - 1) - 1) }))}>
                Previous page
              </Button>
              <span>
                Page {page + 1} of {pages}
              </span>
              <Button disabled={page >= pages - 1} onClick={() => setState((s) => ({ ...s, page: Math.min(pages - 1, s.page + 1) }))}>
                Next page
              </Button>
            </nav>
          </div>
          <MemoHistoryTable
            history={run.history}
            check={run.check}
            indexes={shown}
            byOp={byOp}
            caption={`History: ${shown.length === 0 ? "no operations to show" : `operations ${opRange(shown)}`} of ${run.history.length}${shownOnlyViolations ? ", only those that break a guarantee" : ""}`}
          />
        </div>
      </div>
    </>
  );
}

const MemoSimulator = memo(Simulator);

function opRange(shown: number[]): string {
  return `#${shown[0]! + 1}–#${shown.at(-1)! + 1}`;
}

function Checker({
  text: checkedText,
  setState,
  simulated,
  announce,
}: {
  text: string;
  setState: SetState;
  simulated: Run;
  announce: (message: string) => void;
}) {
  const fieldId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(checkedText);
  // The checked history's table follows after the click has painted (the announcement is computed at once).
  const shownText = useValueAfterPaint(checkedText);
  const parsed = useMemo(() => parseHistory(shownText), [shownText]);
  const check = useMemo(() => (parsed.ok ? checkHistory(parsed.history) : null), [parsed]);
  const byOp = useMemo(() => (check ? violationsByOp(check) : new Map()), [check]);
  const history = parsed.ok ? parsed.history : [];

  function submit(text: string) {
    setDraft(text);
    setState((s) => ({ ...s, text }));
    const result = parseHistory(text);
    if (!result.ok) {
      announce(`The history has ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}: ${result.errors[0]}`);
      return;
    }
    const c = checkHistory(result.history);
    announce(
      c.violations.length === 0
        ? `${result.history.length} operations: no guarantee broken.`
        : `${result.history.length} operations: ${c.violations.length} violation${c.violations.length === 1 ? "" : "s"} (RYW ${c.counts.RYW}, MR ${c.counts.MR}, WFR ${c.counts.WFR}, MW ${c.counts.MW}).`,
    );
  }

  const canCopy = simulated.history.length <= MAX_HISTORY_OPS;

  return (
    <>
      <p className="text-sm">
        One operation per line: <code>client r|w key=value</code>, optionally <code>@version</code> (the write&apos;s place in the
        one write order, or the state a read saw) and <code>on node</code>. Without <code>@</code>, writes are numbered in line order and
        a read is given the newest state that returns its value. <code>nil</code> is a key nobody wrote. At most {MAX_HISTORY_OPS}{" "}
        operations and {MAX_HISTORY_CHARS.toLocaleString("en-US")} characters.
      </p>
      <div className="flex flex-wrap gap-2">
        {presets.map((preset) => (
          <Button key={preset.name} onClick={() => submit(preset.text)}>
            {preset.name}
          </Button>
        ))}
        <Button
          disabled={!canCopy}
          title={canCopy ? undefined : `Only runs of up to ${MAX_HISTORY_OPS} operations can be copied`}
          onClick={() => submit(formatHistory(simulated.history, simulated.check.reads.map((r) => r?.value)))}
        >
          {canCopy ? "Check the simulated run" : `Simulated run too long to copy (over ${MAX_HISTORY_OPS})`}
        </Button>
      </div>
      <form
        className="grid gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          submit(draft);
        }}
      >
        <label htmlFor={fieldId} className="text-sm font-medium">
          History
        </label>
        <textarea
          id={fieldId}
          value={draft}
          onChange={(e) => setDraft(e.target.value.slice(0, MAX_HISTORY_CHARS + 1))}
          rows={8}
          spellCheck={false}
          aria-invalid={!parsed.ok || undefined}
          aria-describedby={!parsed.ok ? errorId : undefined}
          className={`${inputClass} font-mono text-sm`}
        />
        {!parsed.ok ? (
          <ul id={errorId} className="list-disc pl-5 text-sm text-red-800 dark:text-red-300">
            {parsed.errors.slice(0, 8).map((e) => (
              <li key={e}>{e}</li>
            ))}
            {parsed.errors.length > 8 ? <li>…and {parsed.errors.length - 8} more.</li> : null}
          </ul>
        ) : null}
        <div>
          <Button type="submit" variant="primary">
            Check history
          </Button>
        </div>
      </form>
      {check ? (
        <>
          <Summary check={check} />
          <HistoryTable history={history} check={check} indexes={history.map((_, i) => i)} byOp={byOp} caption="The checked history" />
        </>
      ) : null}
    </>
  );
}

const MemoChecker = memo(Checker);
