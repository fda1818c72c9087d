"use client";

import { memo, startTransition, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { capMessage, checkTime, keyNames, limits, type LabConfig } from "@/app/_lib/labs/session-windows/config";
import { engineNames, engines } from "@/app/_lib/labs/session-windows/engines";
import { neighbourInKeyboardOrder } from "@/app/_lib/labs/session-windows/keyboard-order";
import type { Preset } from "@/app/_lib/labs/session-windows/presets";
import { labInput, runEngine, runLab, summarize, type EngineRun } from "@/app/_lib/labs/session-windows/results";
import type { WindowEvent } from "@/app/_lib/labs/session-windows/sessionize";
import { decodeState, encodeState, LAB_ID, type LabState } from "@/app/_lib/labs/session-windows/url-state";
import { afterNextPaint } from "@/components/labs/after-paint";
import { AddPanel, PlaybackControls, PresetPanel, SelectedPanel, ViewButtons, WindowPanel, type LabActions } from "./lab-controls";
import { EmissionLog, SessionsTable } from "./results-views";
import { Timeline, type RowEvent } from "./timeline";
import { queryParam, replaceQueryParam } from "@/components/url-query";

type Note = { text: string; withSummary: boolean };
/** What the results draw: a state, the note of the change that made it, and the model for it. */
type Settled = { state: LabState; note: Note; lab: ReturnType<typeof runLab> };

/** What the live region says when an event is selected, by click or by arrow key. */
function selectionNote(events: readonly WindowEvent[], index: number): string {
  const e = events[index]!;
  return `Selected ${e.key} at ${e.t} s (arrival ${index + 1} of ${events.length}).`;
}

/** The logs and the table follow the settled run: the immediate render of a click skips them. */
const MemoEmissionLog = memo(EmissionLog);
const MemoSessionsTable = memo(SessionsTable);

/** The timeline's instructions: static, so no render of the lab touches them. */
const TimelineHelp = memo(function TimelineHelp({ id }: { id: string }) {
  return (
    <p className="text-sm" id={id}>
      Click a user&apos;s lane to add an event, drag an event to move it. On the focused timeline: arrow keys select an event,
      Shift+arrow moves it by 1 s (Shift+Alt: 10 s), Delete removes it. Solid ticks have arrived, dashed ones have not; a red × marks an
      event that engine dropped. Each bar is a session.
    </p>
  );
});

function readUrl(): { state: LabState; problems: string[] } {
  return decodeState(queryParam(LAB_ID));
}

/**
 * The session-window lab: events per user on a timeline, the sessions Kafka Streams, Flink and Beam form from
 * them, and a playback of the arrivals with each engine's output. All state lives in `?session-windows=`; every
 * session comes from the pure model in app/_lib/labs/session-windows.
 */
export default function SessionWindowsLab() {
  const [initial] = useState(readUrl);
  const [state, setState] = useState<LabState>(initial.state);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  // What the live region says: the last action, and (for changes) each engine's result after it, derived
  // from the same memoized run the page draws, so an interaction computes the model once.
  const [note, setNote] = useState<{ text: string; withSummary: boolean }>({ text: initial.problems.join(" "), withSummary: false });
  const setAnnouncement = (text: string) => setNote({ text, withSummary: false });
  const [addKey, setAddKey] = useState<string>(keyNames[0]);
  const [addTime, setAddTime] = useState<number | undefined>(0);
  const keyFieldId = useId();
  const stepId = useId();
  const config = state.config;
  const events = config.events;
  const step = Math.min(state.step, events.length);

  // Keep the URL in step, so a link reproduces exactly this lab. Written once the learner pauses, in idle time: with
  // 2,000 events, encoding the state and `replaceState` take 15-25 ms at 4x CPU, a task that delayed the next click
  // whenever it ran just before it (bench/FINDINGS.md, "Session windows and monotonic reads at 4x CPU").
  const first = useRef(true);
  useEffect(() => {
    if (first.current && queryParam(LAB_ID) === null) {
      first.current = false;
      return;
    }
    first.current = false;
    let idle: number | undefined;
    const write = () => {
      const value = encodeState(state);
      // A link just opened already says exactly this: nothing to write.
      if (queryParam(LAB_ID) !== value) replaceQueryParam(LAB_ID, value);
    };
    const handle = window.setTimeout(() => {
      // Safari has no requestIdleCallback.
      if ("requestIdleCallback" in window) idle = window.requestIdleCallback(write, { timeout: 1000 });
      else write();
    }, 400);
    return () => {
      window.clearTimeout(handle);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [state]);

  // The heavy part (the model over up to 2,000 events, the timeline's SVG, the table and the logs) draws a copy of
  // the state taken after the next paint, so a click or a keystroke paints its own feedback first: at 4x CPU the
  // model and the SVG took 50-150 ms inside the click (bench/FINDINGS.md, "Lab frames"). The live region reads the
  // same settled copy, so it never announces a summary of the state before the change.
  // After the next paint (a frame, then a task: the "yield after paint" of `useValueAfterPaint`, done here so no render
  // of the lab runs in between), the model for the new state runs one engine per task: the three playbacks over 2,000
  // events took 20-35 ms at 4x CPU in one piece, and an input that came meanwhile waited for all of it. Then one
  // transition draws it. The timeline, table, logs and live region draw `shown`: a state, its note and its model,
  // always from the same change.
  const [shown, setShown] = useState<Settled>(() => ({ state, note, lab: runLab(state.config, state.step) }));
  useEffect(() => {
    if (shown.state === state && shown.note === note) return;
    const { config, step: wanted } = state;
    const sameModel = shown.state.config === config && shown.state.step === wanted;
    // The engines' input (the events up to this step, with their watermarks) is built in the first task after the
    // paint too: React runs this effect inside the click that caused it (a discrete event's effects are flushed
    // synchronously), where building it took 3-4 ms at 4x CPU.
    let input: ReturnType<typeof labInput> | undefined;
    const runs: EngineRun[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      if (!sameModel && !input) input = labInput(config, wanted);
      if (input && runs.length < engines.length) {
        runs.push(runEngine(engines[runs.length]!, input, config));
        timer = setTimeout(next, 0);
        return;
      }
      startTransition(() => setShown({ state, note, lab: input ? { runs, watermark: input.watermark } : shown.lab }));
    };
    const cancelStart = afterNextPaint(next);
    // A newer change cancels this one's remaining engines.
    return () => {
      cancelStart();
      clearTimeout(timer);
    };
  }, [state, note, shown]);
  const lab = shown.lab;
  const shownConfig = shown.state.config;
  const shownEvents = shownConfig.events;
  const shownStep = Math.min(shown.state.step, shownEvents.length);
  const span = useMemo(() => {
    let max = 0;
    for (const e of shownEvents) if (e.t > max) max = e.t;
    return Math.max(60, max + shownConfig.gap);
  }, [shownEvents, shownConfig.gap]);
  const rows = useMemo(() => {
    const byKey = new Map<string, RowEvent[]>();
    shownEvents.forEach((e, index) => {
      const list = byKey.get(e.key) ?? [];
      list.push({ index, t: e.t, arrived: index < shownStep });
      byKey.set(e.key, list);
    });
    const keys = keyNames.filter((key) => byKey.has(key) || key === addKey);
    return keys.map((key) => ({ key, events: byKey.get(key) ?? [] }));
  }, [shownEvents, shownStep, addKey]);

  const summary = useMemo(() => lab.runs.map((run) => `${engineNames[run.engine]}: ${summarize(run)}`).join("; "), [lab]);

  const setConfig = useCallback((next: LabConfig, message: string, nextStep?: number) => {
    setState((s) => ({ ...s, config: next, step: nextStep ?? next.events.length }));
    setNote({ text: message, withSummary: true });
  }, []);

  function addEvent(key: string, t: number) {
    const cap = capMessage(events.length);
    if (cap) {
      setAnnouncement(cap);
      return;
    }
    const check = checkTime(String(t));
    if (!check.ok) {
      setAnnouncement(check.message);
      return;
    }
    setSelected(events.length);
    setConfig({ ...config, events: [...events, { key, t }] }, `Added ${key} at ${t} s, arriving last.`);
  }

  function moveEvent(index: number, t: number, quiet = false) {
    const event = events[index];
    if (!event) return;
    const clamped = Math.max(0, Math.min(limits.maxSeconds, Math.round(t)));
    if (clamped === event.t) return;
    const next: WindowEvent[] = events.slice();
    next[index] = { key: event.key, t: clamped };
    if (quiet) setState((s) => ({ ...s, config: { ...s.config, events: next } }));
    else setConfig({ ...config, events: next }, `Moved ${event.key}'s event to ${clamped} s.`, step);
  }

  function deleteEvent(index: number) {
    const event = events[index];
    if (!event) return;
    const next = events.filter((_, i) => i !== index);
    setSelected(next.length === 0 ? undefined : Math.min(index, next.length - 1));
    setConfig({ ...config, events: next }, `Deleted ${event.key}'s event at ${event.t} s.`, step > index ? step - 1 : Math.min(step, next.length));
  }

  /** Keyboard on the timeline: arrows select, Shift+arrows move by 1 s (Alt: 10 s), Delete removes. */
  function onTimelineKey(event: React.KeyboardEvent<SVGSVGElement>) {
    if (events.length === 0) return;
    const current = selected !== undefined && events[selected] ? selected : undefined;
    const handled = () => event.preventDefault();
    // Keyboard order is by row, then by time: found with one pass over the events on each key press, not a sort of
    // all 2,000 inside the render of every add, move and delete.
    const select = (direction: 1 | -1) => {
      const next = neighbourInKeyboardOrder(events, current, direction)!;
      setSelected(next);
      setAnnouncement(selectionNote(events, next));
    };
    if ((event.key === "ArrowLeft" || event.key === "ArrowRight") && event.shiftKey && current !== undefined) {
      handled();
      moveEvent(current, events[current]!.t + (event.key === "ArrowLeft" ? -1 : 1) * (event.altKey ? 10 : 1));
    } else if (event.key === "ArrowRight" || event.key === "ArrowDown") {
      handled();
      select(1);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
      handled();
      select(-1);
    } else if ((event.key === "Delete" || event.key === "Backspace") && current !== undefined) {
      handled();
      deleteEvent(current);
    }
  }

  // Every handler the timeline and the control panels get keeps its identity across renders and calls the latest
  // closures, so the memoized timeline and panels re-render only when what they draw changes (not on a keystroke in
  // another field, nor when the results catch up after the paint).
  const handlers = {
    addEvent,
    moveEvent,
    deleteEvent,
    onTimelineKey,
    events,
    preset: (preset: Preset) => {
      setSelected(undefined);
      setConfig(preset.config, `Preset: ${preset.title}. ${preset.about}`);
    },
    setGap: (gap: number) => setConfig({ ...config, gap }, `Gap set to ${gap} s.`, step),
    setGrace: (grace: number) => setConfig({ ...config, grace }, `Grace period set to ${grace} s.`, step),
    timeOrder: () => setConfig({ ...config, events: [...events].sort((a, b) => a.t - b.t) }, "Events now arrive in event-time order: nothing is out of order."),
    clear: () => {
      setSelected(undefined);
      setConfig({ ...config, events: [] }, "Cleared every event.");
    },
    add: () => {
      if (addTime !== undefined) addEvent(addKey, addTime);
    },
    previous: () => setState((s) => ({ ...s, step: Math.max(0, step - 1) })),
    next: () => {
      const next = Math.min(events.length, step + 1);
      setState((s) => ({ ...s, step: next }));
      const e = events[next - 1];
      if (e) setNote({ text: `Arrival ${next}: ${e.key} at ${e.t} s.`, withSummary: true });
    },
    allArrived: () => setState((s) => ({ ...s, step: events.length })),
  };
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [timelineHandlers] = useState(() => ({
    onAdd: (key: string, t: number) => latest.current.addEvent(key, t),
    onSelect: (index: number) => {
      const { events: now } = latest.current;
      setSelected(index);
      if (now[index]) setNote({ text: selectionNote(now, index), withSummary: false });
    },
    onMove: (index: number, t: number) => latest.current.moveEvent(index, t, true),
    onKey: (event: React.KeyboardEvent<SVGSVGElement>) => latest.current.onTimelineKey(event),
  }));
  const [actions] = useState<LabActions>(() => ({
    preset: (preset) => latest.current.preset(preset),
    setGap: (gap) => latest.current.setGap(gap),
    setGrace: (grace) => latest.current.setGrace(grace),
    toggleView: () => setState((s) => ({ ...s, view: s.view === "table" ? "timeline" : "table" })),
    timeOrder: () => latest.current.timeOrder(),
    clear: () => latest.current.clear(),
    setAddKey,
    setAddTime,
    invalidAddTime: () => setAddTime(undefined),
    add: () => latest.current.add(),
    move: (index, t) => latest.current.moveEvent(index, t),
    remove: (index) => latest.current.deleteEvent(index),
    setStep: (next) => setState((s) => ({ ...s, step: next })),
    previous: () => latest.current.previous(),
    next: () => latest.current.next(),
    allArrived: () => latest.current.allArrived(),
  }));

  const chosen = selected !== undefined ? events[selected] : undefined;
  const cap = capMessage(events.length);
  const timeCheck = addTime === undefined ? undefined : checkTime(String(addTime));

  return (
    <div className="grid min-w-0 gap-5">
      {initial.problems.length > 0 ? (
        <ul role="alert" className="list-disc pl-5 text-sm text-red-800 dark:text-red-300">
          {initial.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}

      <PresetPanel actions={actions} />
      <WindowPanel gap={config.gap} grace={config.grace} actions={actions} />

      <div className="grid gap-2">
        <TimelineHelp id={`${stepId}-help`} />
        {shown.state.view === "timeline" ? (
          <Timeline
            rows={rows}
            runs={lab.runs}
            span={span}
            watermark={lab.watermark}
            selected={selected}
            onAdd={timelineHandlers.onAdd}
            onSelect={timelineHandlers.onSelect}
            onMove={timelineHandlers.onMove}
            onKey={timelineHandlers.onKey}
            label={`Session timeline: ${shownEvents.length} events over ${rows.length} users. ${summary}.`}
          />
        ) : (
          <MemoSessionsTable runs={lab.runs} caption={`Sessions after ${shownStep} of ${shownEvents.length} arrivals, gap ${shownConfig.gap} s, grace ${shownConfig.grace} s`} />
        )}
        <ViewButtons table={state.view === "table"} empty={events.length === 0} actions={actions} />
      </div>

      <div className="grid gap-3 sm:grid-cols-2">
        <AddPanel addKey={addKey} cap={cap} timeOk={Boolean(timeCheck?.ok)} capId={`${stepId}-cap`} keyFieldId={keyFieldId} actions={actions} />
        <SelectedPanel chosen={chosen} selected={selected} count={events.length} actions={actions} />
      </div>

      <fieldset className="grid gap-2">
        <legend className="mb-1 font-semibold">Playback: events arrive in arrival order</legend>
        <label htmlFor={stepId} className="text-sm">
          Arrived: {shownStep} of {shownEvents.length}
          {lab.watermark === undefined ? "" : Number.isFinite(lab.watermark) ? `, watermark and stream time ${lab.watermark} s` : ", input ended (final watermark)"}
        </label>
        <PlaybackControls stepId={stepId} step={step} count={events.length} actions={actions} />
        <div className="grid gap-4 sm:grid-cols-3">
          {lab.runs.map((run) => (
            <MemoEmissionLog key={run.engine} run={run} upTo={shownStep} level={3} />
          ))}
        </div>
      </fieldset>

      <p aria-live="polite" aria-atomic="true" className="text-sm font-medium">
        {shown.note.withSummary ? `${shown.note.text} ${summary}.` : shown.note.text}
      </p>
    </div>
  );
}
