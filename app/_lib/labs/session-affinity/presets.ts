/** Ready-made set-ups for the lab, each showing one lesson point; the worked example runs the first. */
import type { LabConfig } from "./simulation";

export type Preset = { id: string; label: string; about: string; config: LabConfig };

export const PRESETS: readonly Preset[] = [
  {
    id: "nat",
    label: "ip_hash and a NAT",
    about: "A fifth of the clients share one /24; ip_hash sends them all to one node. Then node 3 dies and comes back.",
    config: { strategy: "ip-hash", weights: [1, 1, 1, 1, 1], clients: 2000, natPercent: 20, seed: 7, events: [{ kind: "kill", node: 3 }, { kind: "revive", node: 3 }] },
  },
  {
    id: "down-remove",
    label: "down versus remove",
    about: "ip_hash: marking node 5 down moves only its clients; removing it moves most clients.",
    config: { strategy: "ip-hash", weights: [1, 1, 1, 1, 1], clients: 2000, natPercent: 0, seed: 7, events: [{ kind: "kill", node: 5 }, { kind: "revive", node: 5 }, { kind: "remove", node: 5 }] },
  },
  {
    id: "add-hash",
    label: "add a node: hash",
    about: "hash $remote_addr without consistent: a sixth node moves most clients.",
    config: { strategy: "hash", weights: [1, 1, 1, 1, 1], clients: 2000, natPercent: 0, seed: 7, events: [{ kind: "add", node: 0 }] },
  },
  {
    id: "add-consistent",
    label: "add a node: consistent",
    about: "hash $remote_addr consistent: a sixth node moves about a sixth of the clients.",
    config: { strategy: "consistent", weights: [1, 1, 1, 1, 1], clients: 2000, natPercent: 0, seed: 7, events: [{ kind: "add", node: 0 }] },
  },
  {
    id: "cookie",
    label: "cookie survives",
    about: "HAProxy's inserted cookie: only node 2's clients move when it dies, and nobody moves back when it returns.",
    config: { strategy: "cookie", weights: [1, 1, 1, 1], clients: 2000, natPercent: 0, seed: 7, events: [{ kind: "kill", node: 2 }, { kind: "revive", node: 2 }, { kind: "add", node: 0 }] },
  },
  {
    id: "round-robin",
    label: "no affinity",
    about: "Round robin with sessions in node memory: after each change about two clients in three land on another node and lose their session.",
    config: { strategy: "round-robin", weights: [1, 1, 1], clients: 301, natPercent: 0, seed: 7, events: [{ kind: "kill", node: 2 }, { kind: "revive", node: 2 }] },
  },
];
