"use client";

import { memo } from "react";
import { checkGap, checkGrace, checkTime, keyNames, limits } from "@/app/_lib/labs/session-windows/config";
import { presets, type Preset } from "@/app/_lib/labs/session-windows/presets";
import type { WindowEvent } from "@/app/_lib/labs/session-windows/sessionize";
import { NumberField } from "@/components/labs/number-field";
import { Button, inputClass } from "@/components/sandbox/ui";

/**
 * What the lab's controls can ask for. The lab hands the panels one object whose functions never change identity
 * (each calls the lab's latest closure), so a memoized panel re-renders only when what it shows changes: a click
 * re-renders the panels it changes, and the results' render after the paint re-renders none of them. A render of
 * the whole lab cost 30-40 ms at 4x CPU in the click and again in the results' commit (bench/FINDINGS.md).
 */
export type LabActions = {
  preset: (preset: Preset) => void;
  setGap: (gap: number) => void;
  setGrace: (grace: number) => void;
  toggleView: () => void;
  timeOrder: () => void;
  clear: () => void;
  setAddKey: (key: string) => void;
  setAddTime: (t: number) => void;
  invalidAddTime: () => void;
  add: () => void;
  move: (index: number, t: number) => void;
  remove: (index: number) => void;
  setStep: (step: number) => void;
  previous: () => void;
  next: () => void;
  allArrived: () => void;
};

export const PresetPanel = memo(function PresetPanel({ actions }: { actions: LabActions }) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 font-semibold">Presets</legend>
      <div className="flex flex-wrap gap-2">
        {presets.map((preset) => (
          <Button key={preset.id} onClick={() => actions.preset(preset)}>
            {preset.title}
          </Button>
        ))}
      </div>
    </fieldset>
  );
});

export const WindowPanel = memo(function WindowPanel({ gap, grace, actions }: { gap: number; grace: number; actions: LabActions }) {
  return (
    <fieldset className="flex flex-wrap items-start gap-3">
      <legend className="mb-1 font-semibold">Windows</legend>
      <NumberField label="Gap (s)" value={gap} check={checkGap} onCommit={actions.setGap} className="w-32" />
      <NumberField label="Grace period (s)" value={grace} check={checkGrace} onCommit={actions.setGrace} className="w-40" />
    </fieldset>
  );
});

export const ViewButtons = memo(function ViewButtons({ table, empty, actions }: { table: boolean; empty: boolean; actions: LabActions }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Button aria-pressed={table} onClick={actions.toggleView}>
        Table view
      </Button>
      <Button onClick={actions.timeOrder}>Arrive in time order</Button>
      <Button variant="danger" disabled={empty} onClick={actions.clear}>
        Clear all events
      </Button>
    </div>
  );
});

export const AddPanel = memo(function AddPanel({
  addKey,
  cap,
  timeOk,
  capId,
  keyFieldId,
  actions,
}: {
  addKey: string;
  /** Why no event can be added (the lab is at its cap), or undefined. */
  cap: string | undefined;
  timeOk: boolean;
  capId: string;
  keyFieldId: string;
  actions: LabActions;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 font-semibold">Add an event</legend>
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-28">
          <label htmlFor={keyFieldId} className="mb-1 block text-sm font-medium">
            User
          </label>
          <select id={keyFieldId} value={addKey} onChange={(e) => actions.setAddKey(e.target.value)} className={inputClass}>
            {keyNames.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label="Event time (s)"
          value={0}
          check={checkTime}
          commitOnType={false}
          onCommit={actions.setAddTime}
          onInvalid={actions.invalidAddTime}
          className="w-36"
        />
      </div>
      <div>
        <Button variant="primary" unavailable={Boolean(cap) || !timeOk} aria-describedby={cap ? capId : undefined} onClick={actions.add}>
          Add event
        </Button>
        {cap ? (
          <p id={capId} className="mt-1 text-xs text-red-800 dark:text-red-300">
            {cap}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
});

export const SelectedPanel = memo(function SelectedPanel({
  chosen,
  selected,
  count,
  actions,
}: {
  chosen: WindowEvent | undefined;
  selected: number | undefined;
  count: number;
  actions: LabActions;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 font-semibold">Selected event</legend>
      {chosen && selected !== undefined ? (
        <>
          <p className="text-sm">
            {chosen.key} at {chosen.t} s, arrival {selected + 1} of {count}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => actions.move(selected, chosen.t - 1)} disabled={chosen.t <= 0}>
              1 s earlier
            </Button>
            <Button onClick={() => actions.move(selected, chosen.t + 1)} disabled={chosen.t >= limits.maxSeconds}>
              1 s later
            </Button>
            <Button variant="danger" onClick={() => actions.remove(selected)}>
              Delete event
            </Button>
          </div>
        </>
      ) : (
        <p className="text-sm">None: click an event, or focus the timeline and press an arrow key.</p>
      )}
    </fieldset>
  );
});

export const PlaybackControls = memo(function PlaybackControls({
  stepId,
  step,
  count,
  actions,
}: {
  stepId: string;
  step: number;
  count: number;
  actions: LabActions;
}) {
  return (
    <>
      <input id={stepId} type="range" min={0} max={count} value={step} onChange={(e) => actions.setStep(Number(e.target.value))} className="w-full" />
      <div className="flex flex-wrap gap-2">
        <Button disabled={step === 0} onClick={actions.previous}>
          Previous arrival
        </Button>
        <Button disabled={step >= count} onClick={actions.next}>
          Next arrival
        </Button>
        <Button disabled={step === count} onClick={actions.allArrived}>
          All arrived
        </Button>
      </div>
    </>
  );
});
