/**
 * The session-affinity lab: many clients behind one balancer, routed once per round, with a topology
 * change (kill, revive, add, remove) between rounds. Every route comes from the transcribed balancers in
 * nginx.ts and haproxy.ts; this module only keeps score: who moved, whose session (kept in the memory of
 * the node that served them last) was lost, and how the load spreads.
 */
import { mulberry32Uint } from "@/app/_lib/random/seeded";
import type { ParsedAddress } from "./addresses";
import { createBackend, routeWithCookie } from "./haproxy";
import { createUpstream, pickConsistent, pickHash, pickIpHash, pickRoundRobin, type NginxUpstream } from "./nginx";

export const STRATEGIES = ["round-robin", "ip-hash", "hash", "consistent", "cookie"] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STRATEGY_LABELS: Record<Strategy, string> = {
  "round-robin": "nginx round robin",
  "ip-hash": "nginx ip_hash",
  hash: "nginx hash $remote_addr",
  consistent: "nginx hash $remote_addr consistent",
  cookie: "HAProxy cookie SRV insert (balance source)",
};

export const LIMITS = { minNodes: 1, maxNodes: 10, maxWeight: 10, minClients: 1, maxClients: 10_000, maxEvents: 12 } as const;

export type LabEvent = { kind: "kill" | "revive" | "add" | "remove"; node: number };

export type LabConfig = {
  strategy: Strategy;
  /** one weight per node at the start; node ids are 1..weights.length */
  weights: number[];
  clients: number;
  /** share of clients, in percent, behind one NAT whose public addresses share a /24 */
  natPercent: number;
  seed: number;
  events: LabEvent[];
};

export type NodeState = { id: number; weight: number; down: boolean };

export const nodeName = (id: number) => `10.0.0.${id}:8080`;

const v4 = (a: number, b: number, c: number, d: number): ParsedAddress => ({ family: 4, bytes: [a, b, c, d], text: `${a}.${b}.${c}.${d}` });

/** Client i's source address: the first natCount share one /24 (203.0.113.0/24), the rest are spread out. */
export function clientAddresses(count: number, natPercent: number, seed: number): ParsedAddress[] {
  const natCount = Math.round((count * natPercent) / 100);
  const next = mulberry32Uint(seed >>> 0 || 1);
  const out: ParsedAddress[] = [];
  for (let i = 0; i < count; i++) {
    if (i < natCount) {
      out.push(v4(203, 0, 113, 1 + (i % 254)));
      continue;
    }
    const r = next();
    // First octet 11..222, never 127 or the NAT's 203.0.113.0/24, so a /24 is shared only by chance.
    let a = 11 + (r % 212);
    if (a === 127 || a === 203) a++;
    out.push(v4(a, (r >>> 8) & 0xff, (r >>> 16) & 0xff, 1 + ((r >>> 24) % 254)));
  }
  return out;
}

export type Round = {
  /** what changed before this round, in words */
  title: string;
  nodes: (NodeState & { name: string; requests: number; sessions: number })[];
  /** clients served by another node than in the previous round */
  moved: number;
  /** clients who had a session and did not find it where they landed */
  lost: number;
  /** requests no node could take (every node down): 502 from nginx, 503 from HAProxy */
  unserved: number;
  /** how many distinct nodes the NAT's clients reached */
  natNodes: number;
  /** up to 8 examples of clients who moved: address, from node id, to node id (0 = none) */
  movedExamples: { address: string; from: number; to: number }[];
};

export type Simulation = {
  config: LabConfig;
  addresses: ParsedAddress[];
  nodes: NodeState[];
  /** node id serving each client in the latest round (0 = none) */
  servedBy: Int32Array;
  /** node id whose memory holds each client's session (0 = none) */
  sessionOn: Int32Array;
  /** the HAProxy SRV cookie each client holds (node id, 0 = none) */
  cookie: Int32Array;
  rounds: Round[];
  /** messages for events that could not apply (e.g. removing the last node) */
  skipped: string[];
  /** the id the next added node gets: ids are never reused, so a new node is never mistaken for a removed one */
  nextId: number;
};

type Balancer = (address: ParsedAddress, client: number) => number;

/** A balancer for the current nodes: a fresh nginx start (or reload), or HAProxy with those servers. */
function balancerFor(strategy: Strategy, nodes: NodeState[], cookie: Int32Array): Balancer {
  const servers = nodes.map((n) => ({ name: nodeName(n.id), weight: n.weight, down: n.down }));
  const idAt = (index: number) => (index < 0 ? 0 : nodes[index]!.id);
  if (strategy === "cookie") {
    const backend = createBackend(nodes.map((n) => ({ name: `n${n.id}`, cookie: `n${n.id}`, weight: n.weight, disabled: n.down })));
    return (address, client) => {
      const held = cookie[client]!;
      const outcome = routeWithCookie(backend, address, held ? `n${held}` : null);
      const id = idAt(outcome.server);
      if (outcome.setCookie) cookie[client] = id;
      return id;
    };
  }
  const upstream: NginxUpstream = createUpstream(servers);
  switch (strategy) {
    case "round-robin":
      return () => idAt(pickRoundRobin(upstream));
    case "ip-hash":
      return (address) => idAt(pickIpHash(upstream, address));
    case "hash":
      return (address) => idAt(pickHash(upstream, address.text));
    case "consistent":
      return (address) => idAt(pickConsistent(upstream, address.text));
  }
}

function routeRound(sim: Simulation, title: string, balancer: Balancer): Round {
  const { addresses, servedBy, sessionOn } = sim;
  const requests = new Map<number, number>(sim.nodes.map((n) => [n.id, 0]));
  const natCount = Math.round((addresses.length * sim.config.natPercent) / 100);
  const natSeen = new Set<number>();
  let moved = 0;
  let lost = 0;
  let unserved = 0;
  const movedExamples: Round["movedExamples"] = [];
  const first = sim.rounds.length === 0;
  for (let i = 0; i < addresses.length; i++) {
    const to = balancer(addresses[i]!, i);
    const from = servedBy[i]!;
    if (!first && to !== from) {
      moved++;
      if (movedExamples.length < 8) movedExamples.push({ address: addresses[i]!.text, from, to });
    }
    if (!first && from !== 0 && sessionOn[i] !== to) lost++;
    servedBy[i] = to;
    sessionOn[i] = to;
    if (to === 0) unserved++;
    else requests.set(to, requests.get(to)! + 1);
    if (i < natCount && to) natSeen.add(to);
  }
  const sessions = new Map<number, number>();
  for (let i = 0; i < sessionOn.length; i++) if (sessionOn[i]) sessions.set(sessionOn[i]!, (sessions.get(sessionOn[i]!) ?? 0) + 1);
  return {
    title,
    nodes: sim.nodes.map((n) => ({ ...n, name: nodeName(n.id), requests: requests.get(n.id) ?? 0, sessions: sessions.get(n.id) ?? 0 })),
    moved,
    lost,
    unserved,
    natNodes: natSeen.size,
    movedExamples,
  };
}

/** The nodes after one event, without routing anyone: cheap enough to run on every key press. */
export type Topology = { nodes: NodeState[]; nextId: number };

/** Applies one event to the nodes; returns the new topology and the round title, or why it was skipped. */
export function changeTopology(topology: Topology, event: LabEvent): { topology: Topology; title: string } | { skipped: string } {
  const { nodes } = topology;
  const node = nodes.find((n) => n.id === event.node);
  switch (event.kind) {
    case "add": {
      if (nodes.length >= LIMITS.maxNodes) return { skipped: `No node added: the lab stops at ${LIMITS.maxNodes} nodes.` };
      const fresh = { id: topology.nextId, weight: 1, down: false };
      return { topology: { nodes: [...nodes, fresh], nextId: topology.nextId + 1 }, title: `Node ${fresh.id} added` };
    }
    case "remove":
      if (!node) return { skipped: `No node ${event.node} to remove.` };
      if (nodes.length === 1) return { skipped: "The last node stays: an upstream needs at least one server." };
      return { topology: { nodes: nodes.filter((n) => n.id !== event.node), nextId: topology.nextId }, title: `Node ${event.node} removed` };
    case "kill":
      if (!node || node.down) return { skipped: `Node ${event.node} is not up.` };
      return { topology: { nodes: nodes.map((n) => (n.id === event.node ? { ...n, down: true } : n)), nextId: topology.nextId }, title: `Node ${event.node} killed (marked down)` };
    case "revive":
      if (!node || !node.down) return { skipped: `Node ${event.node} is not down.` };
      return { topology: { nodes: nodes.map((n) => (n.id === event.node ? { ...n, down: false } : n)), nextId: topology.nextId }, title: `Node ${event.node} revived, with empty memory` };
  }
}

/** The nodes once every event of `config` has applied (skipped events change nothing), as `simulate` would leave them. */
export function topologyAfter(config: LabConfig): Topology {
  let topology: Topology = { nodes: config.weights.map((weight, i) => ({ id: i + 1, weight, down: false })), nextId: config.weights.length + 1 };
  for (const event of config.events) {
    const changed = changeTopology(topology, event);
    if ("topology" in changed) topology = changed.topology;
  }
  return topology;
}

/** Applies one event to the simulation's nodes and the sessions they held. */
function applyEvent(sim: Simulation, event: LabEvent): { title: string } | { skipped: string } {
  const changed = changeTopology({ nodes: sim.nodes, nextId: sim.nextId }, event);
  if ("skipped" in changed) return changed;
  sim.nodes = changed.topology.nodes;
  sim.nextId = changed.topology.nextId;
  // A removed or killed node's memory is gone: the sessions it held are lost.
  if (event.kind === "remove" || event.kind === "kill") {
    for (let i = 0; i < sim.sessionOn.length; i++) if (sim.sessionOn[i] === event.node) sim.sessionOn[i] = 0;
  }
  return { title: changed.title };
}

/** Round 1 with every client arriving fresh, then one round after each event. Never throws. */
export function simulate(config: LabConfig): Simulation {
  const addresses = clientAddresses(config.clients, config.natPercent, config.seed);
  const sim: Simulation = {
    config,
    addresses,
    nodes: config.weights.map((weight, i) => ({ id: i + 1, weight, down: false })),
    servedBy: new Int32Array(addresses.length),
    sessionOn: new Int32Array(addresses.length),
    cookie: new Int32Array(addresses.length),
    rounds: [],
    skipped: [],
    nextId: config.weights.length + 1,
  };
  sim.rounds.push(routeRound(sim, "Every client's first request", balancerFor(config.strategy, sim.nodes, sim.cookie)));
  for (const event of config.events) advance(sim, event);
  return sim;
}

/** One more event and the round after it, in place (the lab keeps the simulation and adds to it). */
export function advance(sim: Simulation, event: LabEvent): Simulation {
  const applied = applyEvent(sim, event);
  if ("skipped" in applied) {
    sim.skipped.push(applied.skipped);
    return sim;
  }
  // Open-source nginx changes `down` and servers by a reload, which starts the round-robin weights afresh.
  sim.rounds.push(routeRound(sim, applied.title, balancerFor(sim.config.strategy, sim.nodes, sim.cookie)));
  return sim;
}

/** A copy the next `advance` can change without touching this one (addresses are shared: they never change). */
export function snapshot(sim: Simulation): Simulation {
  return { ...sim, nodes: [...sim.nodes], servedBy: sim.servedBy.slice(), sessionOn: sim.sessionOn.slice(), cookie: sim.cookie.slice(), rounds: [...sim.rounds], skipped: [...sim.skipped] };
}

/**
 * `simulate`, incrementally: remembers the runs it computed for one set of settings (the same strategy, nodes,
 * clients, NAT share and seed), and computes a run from the longest remembered one whose events start its own.
 * One more event costs one round, and an undo costs nothing. Other settings start it afresh.
 */
export function createRunCache(limit = LIMITS.maxEvents + 1): (config: LabConfig) => Simulation {
  let base = "";
  let runs = new Map<string, Simulation>();
  const key = (events: readonly LabEvent[]) => events.map((e) => `${e.kind}${e.node}`).join(".");
  return (config) => {
    const settings = JSON.stringify([config.strategy, config.weights, config.clients, config.natPercent, config.seed]);
    if (settings !== base) {
      base = settings;
      runs = new Map();
    }
    const wanted = key(config.events);
    const hit = runs.get(wanted);
    if (hit) return hit;
    let from = config.events.length - 1;
    while (from >= 0 && !runs.has(key(config.events.slice(0, from)))) from--;
    let sim: Simulation;
    if (from < 0) {
      sim = simulate({ ...config, events: [] });
      if (config.events.length > 0) {
        runs.set("", sim);
        sim = snapshot(sim);
      }
      from = 0;
    } else sim = snapshot(runs.get(key(config.events.slice(0, from)))!);
    for (const event of config.events.slice(from)) advance(sim, event);
    sim.config = config;
    if (runs.size >= limit) runs.delete(runs.keys().next().value!);
    runs.set(wanted, sim);
    return sim;
  };
}

/** The share of all clients, as a percentage with one decimal. */
export const share = (count: number, of: number) => (of === 0 ? "0%" : `${(Math.round((count * 1000) / of) / 10).toString()}%`);

/** The lab's announcement for a round, in words. */
export function describeRound(round: Round, clients: number): string {
  const parts = [`${round.title}: ${round.moved} of ${clients} clients (${share(round.moved, clients)}) moved to another node`];
  parts.push(`${round.lost} (${share(round.lost, clients)}) lost their session`);
  if (round.unserved) parts.push(`${round.unserved} got no answer (no node available)`);
  return `${parts.join(", ")}.`;
}
