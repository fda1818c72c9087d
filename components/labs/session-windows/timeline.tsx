"use client";

import { memo, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { engineNames, type Engine } from "@/app/_lib/labs/session-windows/engines";
import type { EngineRun } from "@/app/_lib/labs/session-windows/results";

/** Left column for the row labels, and the heights of a user's event lane and of each engine's lane. */
const LABEL = 52;
const EVENT_LANE = 26;
const ENGINE_LANE = 13;
const ROW = EVENT_LANE + 3 * ENGINE_LANE + 10;
const AXIS = 22;

export type RowEvent = { index: number; t: number; arrived: boolean };

export type TimelineProps = {
  rows: { key: string; events: RowEvent[] }[];
  runs: EngineRun[];
  span: number;
  watermark: number | undefined;
  selected: number | undefined;
  /** Pointer: click on a lane's empty space adds an event there; on an event selects it; dragging moves it. */
  onAdd: (key: string, t: number) => void;
  onSelect: (index: number) => void;
  onMove: (index: number, t: number) => void;
  onKey: (event: React.KeyboardEvent<SVGSVGElement>) => void;
  label: string;
};

const laneClass: Record<Engine, string> = {
  kafka: "fill-sky-700 dark:fill-sky-400",
  flink: "fill-violet-700 dark:fill-violet-400",
  beam: "fill-amber-700 dark:fill-amber-400",
};

/**
 * The per-user timeline: every user is one row with its events on top and the sessions of Kafka Streams, Flink
 * and Beam in three labelled lanes below. Each lane is one SVG path however many events it holds, and rows are
 * memoized, so 2,000 events stay cheap to draw. The SVG is as wide as its box: it never overflows the page.
 */
export const Timeline = memo(function Timeline(props: TimelineProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 640);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const plot = Math.max(60, width - LABEL - 8);
  const x = (t: number) => xOf(t, plot, props.span);
  const toTime = (px: number) => Math.round(((px - LABEL) / plot) * props.span);
  const height = props.rows.length * ROW + AXIS;
  const drag = useRef<{ index: number; moved: boolean } | null>(null);

  function timeAt(event: ReactPointerEvent<SVGSVGElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    return { px: event.clientX - rect.left, py: event.clientY - rect.top };
  }

  function onPointerDown(event: ReactPointerEvent<SVGSVGElement>) {
    const { px, py } = timeAt(event);
    const rowIndex = Math.floor(py / ROW);
    const row = props.rows[rowIndex];
    if (!row || px < LABEL || py - rowIndex * ROW > EVENT_LANE) return;
    const near = row.events.reduce<RowEvent | undefined>((best, e) => (Math.abs(x(e.t) - px) <= 7 && (!best || Math.abs(x(e.t) - px) < Math.abs(x(best.t) - px)) ? e : best), undefined);
    if (near) {
      props.onSelect(near.index);
      drag.current = { index: near.index, moved: false };
      event.currentTarget.setPointerCapture(event.pointerId);
    } else {
      props.onAdd(row.key, toTime(px));
    }
  }

  function onPointerMove(event: ReactPointerEvent<SVGSVGElement>) {
    if (!drag.current) return;
    drag.current.moved = true;
    props.onMove(drag.current.index, Math.max(0, Math.min(props.span, toTime(timeAt(event).px))));
  }

  const ticks = axisTicks(props.span);
  const eventPaths = useMemo(() => {
    const paths = new Map<string, { arrived: string; pending: string }>();
    props.rows.forEach((row, i) => {
      const cy = i * ROW + EVENT_LANE / 2;
      let arrived = "";
      let pending = "";
      for (const e of row.events) {
        // A short vertical tick per event: far cheaper to paint than 2,000 arcs.
        const d = `M${xOf(e.t, plot, props.span).toFixed(1)} ${cy - 6}v12`;
        if (e.arrived) arrived += d;
        else pending += d;
      }
      paths.set(row.key, { arrived, pending });
    });
    return paths;
  }, [props.rows, plot, props.span]);
  // Every lane's bars and drop marks in one pass over each engine's sessions and emissions.
  const lanePaths = useMemo(() => {
    const rowOf = new Map(props.rows.map((row, i) => [row.key, i]));
    const paths = new Map<string, string[]>();
    props.runs.forEach((run, lane) => {
      const bars = new Map<string, string>();
      const drops = new Map<string, string>();
      for (const s of run.sessions) {
        const i = rowOf.get(s.key);
        if (i === undefined) continue;
        const top = i * ROW + EVENT_LANE + lane * ENGINE_LANE;
        const x0 = xOf(s.start, plot, props.span);
        const w = Math.max(3, xOf(s.end, plot, props.span) - x0);
        bars.set(s.key, (bars.get(s.key) ?? "") + `M${x0.toFixed(1)} ${top + 2}h${w.toFixed(1)}v${ENGINE_LANE - 4}h${(-w).toFixed(1)}z`);
      }
      for (const e of run.emissions) {
        if (e.kind !== "drop") continue;
        const i = rowOf.get(e.key);
        if (i === undefined) continue;
        const top = i * ROW + EVENT_LANE + lane * ENGINE_LANE;
        const cx = xOf(e.t, plot, props.span);
        drops.set(e.key, (drops.get(e.key) ?? "") + `M${(cx - 4).toFixed(1)} ${top + 1}l8 ${ENGINE_LANE - 2}M${(cx + 4).toFixed(1)} ${top + 1}l-8 ${ENGINE_LANE - 2}`);
      }
      for (const row of props.rows) {
        const list = paths.get(row.key) ?? [];
        list.push(bars.get(row.key) ?? "", drops.get(row.key) ?? "");
        paths.set(row.key, list);
      }
    });
    return paths;
  }, [props.runs, props.rows, plot, props.span]);
  // Where each event is drawn, by arrival index: a selection change looks one up instead of scanning every row.
  const placeOf = useMemo(() => {
    const places = new Map<number, { e: RowEvent; i: number }>();
    props.rows.forEach((row, i) => {
      for (const e of row.events) places.set(e.index, { e, i });
    });
    return places;
  }, [props.rows]);
  const selectedEvent = props.selected === undefined ? undefined : placeOf.get(props.selected);
  return (
    <div ref={box} className="w-full max-w-full overflow-hidden [contain:content]">
      <svg
        role="application"
        aria-label={props.label}
        aria-roledescription="timeline"
        tabIndex={0}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="block touch-none select-none rounded-md focus:outline-2 focus:outline-offset-2 focus:outline-sky-700 dark:focus:outline-sky-400"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
        onKeyDown={props.onKey}
      >
        {props.rows.map((row, i) => {
          const events = eventPaths.get(row.key);
          const lanes = lanePaths.get(row.key) ?? [];
          return (
            <Row
              key={row.key}
              name={row.key}
              y={i * ROW}
              plot={plot}
              arrived={events?.arrived ?? ""}
              pending={events?.pending ?? ""}
              kafkaBars={lanes[0] ?? ""}
              kafkaDrops={lanes[1] ?? ""}
              flinkBars={lanes[2] ?? ""}
              flinkDrops={lanes[3] ?? ""}
              beamBars={lanes[4] ?? ""}
              beamDrops={lanes[5] ?? ""}
            />
          );
        })}
        {selectedEvent ? (
          <circle
            aria-hidden="true"
            cx={xOf(selectedEvent.e.t, plot, props.span)}
            cy={selectedEvent.i * ROW + EVENT_LANE / 2}
            r={8}
            className="fill-none stroke-slate-900 stroke-2 dark:stroke-slate-100"
          />
        ) : null}
        <g className="fill-slate-700 text-[10px] dark:fill-slate-300" aria-hidden="true">
          <line x1={LABEL} x2={LABEL + plot} y1={height - AXIS + 2} y2={height - AXIS + 2} className="stroke-slate-400" />
          {ticks.map((t) => (
            // A label centred on the plot's last pixels would run past the edge of the drawing and be cut off.
            <text key={t} x={x(t)} y={height - 6} textAnchor={x(t) > width - 16 ? "end" : "middle"}>
              {t} s
            </text>
          ))}
        </g>
        {props.watermark !== undefined && Number.isFinite(props.watermark) ? (
          <g aria-hidden="true">
            <line x1={x(props.watermark)} x2={x(props.watermark)} y1={0} y2={height - AXIS} strokeDasharray="4 3" className="stroke-slate-900 dark:stroke-slate-100" />
            <text x={Math.min(x(props.watermark) + 3, width - 60)} y={10} className="fill-slate-900 text-[10px] dark:fill-slate-100">
              watermark
            </text>
          </g>
        ) : null}
      </svg>
    </div>
  );
});

function axisTicks(span: number): number[] {
  const step = [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400, 21600].find((s) => span / s <= 5) ?? 21600;
  const ticks: number[] = [];
  for (let t = 0; t <= span; t += step) ticks.push(t);
  return ticks;
}

function xOf(t: number, plot: number, span: number) {
  return LABEL + (Math.min(Math.max(t, 0), span) / span) * plot;
}

const engineOrder: Engine[] = ["kafka", "flink", "beam"];

/** One user's row: only strings come in, so React skips every row whose paths did not change. */
const Row = memo(function Row(props: {
  name: string;
  y: number;
  plot: number;
  arrived: string;
  pending: string;
  kafkaBars: string;
  kafkaDrops: string;
  flinkBars: string;
  flinkDrops: string;
  beamBars: string;
  beamDrops: string;
}) {
  const cy = props.y + EVENT_LANE / 2;
  const lanes: Record<Engine, [string, string]> = {
    kafka: [props.kafkaBars, props.kafkaDrops],
    flink: [props.flinkBars, props.flinkDrops],
    beam: [props.beamBars, props.beamDrops],
  };
  return (
    <g aria-hidden="true">
      <text x={2} y={cy + 4} className="fill-slate-900 text-[12px] font-semibold dark:fill-slate-100">
        {props.name}
      </text>
      <line x1={LABEL} x2={LABEL + props.plot} y1={cy} y2={cy} className="stroke-slate-300 dark:stroke-slate-700" />
      <path d={props.arrived} strokeWidth={3} className="stroke-slate-900 dark:stroke-slate-100" />
      <path d={props.pending} strokeWidth={1.5} strokeDasharray="3 2" className="stroke-slate-600 dark:stroke-slate-300" />
      {engineOrder.map((engine, lane) => {
        const top = props.y + EVENT_LANE + lane * ENGINE_LANE;
        return (
          <g key={engine}>
            <text x={6} y={top + ENGINE_LANE - 3} className="fill-slate-700 text-[9px] dark:fill-slate-300">
              {engineNames[engine].replace(" Streams", "")}
            </text>
            <path d={lanes[engine][0]} className={`${laneClass[engine]} opacity-80`} />
            <path d={lanes[engine][1]} className="fill-none stroke-red-700 stroke-2 dark:stroke-red-400" />
          </g>
        );
      })}
    </g>
  );
});
