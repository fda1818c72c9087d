import { mulberry32 } from "@/app/_lib/random/seeded";
import type { LabConfig } from "./config";
import { keyNames } from "./config";
import type { WindowEvent } from "./sessionize";

export type Preset = { id: string; title: string; about: string; config: LabConfig };

const e = (key: string, t: number): WindowEvent => ({ key, t });

/**
 * `count` events over every key, in bursts: each key has a few active stretches with short pauses inside them and
 * long pauses between them. Arrival is mostly in time order with some events a little late.
 */
export function manyKeys(count: number, seed = 14): WindowEvent[] {
  // Seeded (app/_lib/random/seeded.ts), so "many keys" is the same for everyone.
  const next = mulberry32(seed);
  const perKey = Math.ceil(count / keyNames.length);
  const all: (WindowEvent & { arrives: number })[] = [];
  for (const key of keyNames) {
    let t = Math.floor(next() * 120);
    for (let i = 0; i < perKey && all.length < count; i++) {
      all.push({ key, t, arrives: t + Math.floor(next() * next() * 90) });
      t += next() < 0.08 ? 60 + Math.floor(next() * 400) : 1 + Math.floor(next() * 20);
      if (t > 86_000) t = Math.floor(next() * 1000);
    }
  }
  return all.sort((a, b) => a.arrives - b.arrives).map(({ key, t }) => ({ key, t }));
}

export const presets: Preset[] = [
  {
    id: "one-gap",
    title: "Exactly one gap apart",
    about: "ana's events are exactly 10 s apart: Kafka Streams and Flink make one session, Beam three. ben's are 11 s apart: every engine makes two.",
    config: { gap: 10, grace: 0, events: [e("ana", 0), e("ben", 0), e("ana", 10), e("ben", 11), e("ana", 20)] },
  },
  {
    id: "bridge",
    title: "A late event bridges two sessions",
    about: "ana's events at 0 and 5 form one session and 20 and 24 another. The event at 12 arrives last and joins them into one session: Kafka deletes both with tombstones and sends the merged one.",
    config: { gap: 10, grace: 30, events: [e("ana", 0), e("ana", 5), e("ana", 20), e("ana", 24), e("ana", 12)] },
  },
  {
    id: "out-of-order",
    title: "Out-of-order arrivals",
    about: "Events arrive out of time order. The 20 s grace period covers most of them; ben's event at 3 arrives after stream time has reached 60 and is dropped by every engine.",
    config: {
      gap: 15,
      grace: 20,
      events: [e("ana", 5), e("ben", 8), e("ana", 30), e("ana", 12), e("cy", 40), e("ben", 25), e("ana", 60), e("cy", 33), e("ben", 3), e("cy", 52)],
    },
  },
  {
    id: "many-keys",
    title: "Many keys",
    about: "2,000 events over eight users, in bursts, arriving up to 90 s late. With a 30 s gap and a 60 s grace period nothing is dropped, and Kafka Streams still counts one session fewer than Flink and Beam; set the grace period to 0 to see drops.",
    config: { gap: 30, grace: 60, events: manyKeys(2_000) },
  },
];

export const defaultConfig: LabConfig = presets[0]!.config;
