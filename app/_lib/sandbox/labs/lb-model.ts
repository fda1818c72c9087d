import { z } from "zod";
import {
  LB_CLIENTS,
  LB_STORAGES,
  LB_STRATEGIES,
  type LbEvent,
  type LbView,
} from "../contract";

type ClientId = (typeof LB_CLIENTS)[number];
type Strategy = (typeof LB_STRATEGIES)[number];
type Storage = (typeof LB_STORAGES)[number];

/** Documentation-range addresses (RFC 5737): the "hash of client" strategy hashes these. */
export const CLIENT_ADDRESSES: Record<ClientId, { label: string; ip: string }> = {
  // Chosen so that over 3 nodes the hash spreads them 1, 2, 3, 1.
  you: { label: "You", ip: "203.0.113.5" },
  ana: { label: "Ana", ip: "198.51.100.11" },
  ben: { label: "Ben", ip: "192.0.2.42" },
  chen: { label: "Chen", ip: "198.51.100.102" },
};

const sessionSchema = z.object({ visits: z.number().int().min(0) });
const eventSchema = z.custom<LbEvent>((value) => typeof value === "object" && value !== null && "type" in value);

/** Everything the simulation remembers; kept per learner in the lab record and validated on every load. */
export const lbStateSchema = z.object({
  strategy: z.enum(LB_STRATEGIES),
  storage: z.enum(LB_STORAGES),
  nodes: z.array(z.object({ alive: z.boolean(), memory: z.record(z.string(), sessionSchema), handled: z.number().int() })).min(2).max(5),
  shared: z.record(z.string(), sessionSchema),
  clients: z.record(
    z.enum(LB_CLIENTS),
    z.object({
      sid: z.string().nullable(),
      /** 0-based node the balancer's sticky cookie points at. */
      sticky: z.number().int().nullable(),
      /** The whole session, carried in the client's cookie (stateless-cookie storage). */
      stateless: sessionSchema.nullable(),
      visits: z.number().int(),
      lastNode: z.number().int().nullable(),
    }),
  ),
  cursor: z.number().int(),
  seq: z.number().int(),
  lastEvent: eventSchema.nullable(),
  log: z.array(eventSchema),
});
export type LbState = z.infer<typeof lbStateSchema>;

const LOG_LENGTH = 12;

export function initialLbState(strategy: Strategy = "round-robin", storage: Storage = "per-node-memory", nodes = 3): LbState {
  const clients = Object.fromEntries(
    LB_CLIENTS.map((id) => [id, { sid: null, sticky: null, stateless: null, visits: 0, lastNode: null }]),
  ) as LbState["clients"];
  return {
    strategy,
    storage,
    nodes: Array.from({ length: nodes }, () => ({ alive: true, memory: {}, handled: 0 })),
    shared: {},
    clients,
    cursor: 0,
    seq: 0,
    lastEvent: null,
    log: [],
  };
}

/** FNV-1a: a stable, well-spread hash so the same address keeps landing on the same node. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function aliveNodes(state: LbState): number[] {
  return state.nodes.flatMap((node, index) => (node.alive ? [index] : []));
}

/** nginx gives up re-hashing after this many tries and falls back to round robin. */
const REHASH_TRIES = 20;

/**
 * As nginx's `hash $remote_addr` without `consistent`: the hash modulo the configured nodes picks one,
 * and when that node is down the balancer hashes again (with a try counter prefixed to the key) until
 * it lands on a live one. So a dead node's clients move and come back when it returns, while everyone
 * else stays put; only changing the number of configured nodes reshuffles most clients.
 */
function hashRoute(state: LbState, client: ClientId): { node: number; first: number } {
  const { ip } = CLIENT_ADDRESSES[client];
  const count = state.nodes.length;
  const first = hash(ip) % count;
  let node = first;
  for (let tries = 1; !state.nodes[node]!.alive && tries < REHASH_TRIES; tries++) node = hash(`${tries}${ip}`) % count;
  // After that many misses nginx uses round robin; the first live node keeps this model deterministic.
  if (!state.nodes[node]!.alive) node = aliveNodes(state)[0]!;
  return { node, first };
}

const hashTarget = (state: LbState, client: ClientId): number => hashRoute(state, client).node;

function nextRoundRobin(state: LbState): number {
  for (let step = 0; step < state.nodes.length; step++) {
    const index = (state.cursor + step) % state.nodes.length;
    if (state.nodes[index]!.alive) {
      state.cursor = (index + 1) % state.nodes.length;
      return index;
    }
  }
  throw new Error("no live node");
}

/** Where the client's current session data lives, or null if it has none. */
function sessionHome(state: LbState, client: ClientId): { where: "node"; node: number } | { where: "shared" | "cookie" } | null {
  const c = state.clients[client];
  if (state.storage === "stateless-cookie") return c.stateless ? { where: "cookie" } : null;
  if (!c.sid) return null;
  if (state.storage === "shared-store") return state.shared[c.sid] ? { where: "shared" } : null;
  const node = state.nodes.findIndex((n) => n.alive && Object.hasOwn(n.memory, c.sid!));
  return node === -1 ? null : { where: "node", node };
}

function push(state: LbState, event: LbEvent): LbState {
  return { ...state, lastEvent: event, log: [event, ...state.log].slice(0, LOG_LENGTH) };
}

const clone = (state: LbState): LbState => structuredClone(state);

/** One request from `client` through the balancer to a node, which looks for the session. */
export function sendRequest(previous: LbState, client: ClientId): LbState {
  const state = clone(previous);
  const c = state.clients[client];
  const stuck = c.sticky !== null && state.nodes[c.sticky]?.alive ? c.sticky : null;
  let node: number;
  let how: string;
  if (state.strategy === "sticky-cookie" && stuck !== null) {
    node = stuck;
    how = `your sticky cookie lb=node-${node + 1} sent you back to node ${node + 1}`;
  } else if (state.strategy === "client-hash") {
    const route = hashRoute(state, client);
    node = route.node;
    const address = CLIENT_ADDRESSES[client].ip;
    how =
      route.first === node
        ? `the hash of your address ${address} picks node ${node + 1}`
        : `the hash of your address ${address} picks node ${route.first + 1}, which is down, so the balancer hashed again and got node ${node + 1}`;
  } else {
    node = nextRoundRobin(state);
    how =
      state.strategy === "sticky-cookie"
        ? c.sticky === null
          ? `you had no sticky cookie, so the balancer picked node ${node + 1} in turn and set lb=node-${node + 1}`
          : `your sticky node ${c.sticky + 1} is down, so the balancer re-stuck you to node ${node + 1}`
        : `round robin: node ${node + 1} was next in turn`;
    if (state.strategy === "sticky-cookie") c.sticky = node;
  }
  const target = state.nodes[node]!;
  target.handled++;

  const hadSession = state.storage === "stateless-cookie" ? c.stateless !== null : c.sid !== null;
  let found: { visits: number } | undefined;
  if (state.storage === "stateless-cookie") found = c.stateless ?? undefined;
  else if (c.sid && state.storage === "shared-store") found = state.shared[c.sid];
  else if (c.sid) found = Object.hasOwn(target.memory, c.sid) ? target.memory[c.sid] : undefined;

  const outcome: "new" | "found" | "lost" = found ? "found" : hadSession ? "lost" : "new";
  const visits = found ? found.visits + 1 : 1;
  if (found) {
    found.visits = visits;
  } else if (state.storage === "stateless-cookie") {
    c.stateless = { visits };
  } else {
    c.sid = `${client}-${++state.seq}`;
    if (state.storage === "shared-store") state.shared[c.sid] = { visits };
    else target.memory[c.sid] = { visits };
  }
  if (state.storage === "stateless-cookie") c.stateless = { visits };
  c.visits = visits;
  c.lastNode = node;

  const place = state.storage === "per-node-memory" ? `node ${node + 1}'s own memory` : state.storage === "shared-store" ? "the shared store" : "your cookie";
  const explanation =
    outcome === "found"
      ? `${capitalise(how)}; it found your session in ${place} (visit ${visits}).`
      : outcome === "lost"
        ? `${capitalise(how)}, but your session is not in ${place}. It starts a new one: visits back to 1, and a real app would have logged you out.`
        : `${capitalise(how)}. You had no session cookie, so it started a session in ${place}.`;
  return push(state, { type: "request", client, node: node + 1, outcome, visits, explanation });
}

/** Clients who lose their session if `node` (0-based) dies: their data was in its memory (or, rarely, a re-hash moves them). */
function affectedByKill(state: LbState, node: number): ClientId[] {
  if (state.storage !== "per-node-memory") return [];
  const after = clone(state);
  after.nodes[node]!.alive = false;
  after.nodes[node]!.memory = {};
  return LB_CLIENTS.filter((client) => {
    const home = sessionHome(state, client);
    if (!home || home.where !== "node") return false;
    if (home.node === node) return true;
    return state.strategy === "client-hash" && aliveNodes(after).length > 0 && hashTarget(after, client) !== home.node;
  });
}

/** Clients a revived node pulls back from the node that took them in, and from the session they started there. */
function affectedByRevive(state: LbState, node: number): ClientId[] {
  if (state.storage !== "per-node-memory" || state.strategy !== "client-hash") return [];
  const after = clone(state);
  after.nodes[node]!.alive = true;
  return LB_CLIENTS.filter((client) => {
    const home = sessionHome(state, client);
    return home?.where === "node" && hashTarget(after, client) !== home.node;
  });
}

export class LastNodeError extends Error {}

export function killNode(previous: LbState, node: number): LbState {
  if (!previous.nodes[node]?.alive) return previous;
  if (aliveNodes(previous).length === 1) throw new LastNodeError("At least one node must stay up, or nobody gets an answer.");
  const affected = affectedByKill(previous, node);
  const state = clone(previous);
  state.nodes[node] = { alive: false, memory: {}, handled: state.nodes[node]!.handled };
  const names = affected.map((id) => CLIENT_ADDRESSES[id].label);
  const explanation =
    state.storage === "per-node-memory"
      ? affected.length
        ? `Node ${node + 1} died and its memory went with it. ${list(names)} will find no session on their next request.`
        : `Node ${node + 1} died and its memory went with it, but no current session lived there.`
      : `Node ${node + 1} died. Sessions live in ${state.storage === "shared-store" ? "the shared store" : "each client's cookie"}, not in the node, so nobody loses theirs.`;
  return push(state, { type: "kill", node: node + 1, affectedClients: affected, explanation });
}

export function reviveNode(previous: LbState, node: number): LbState {
  if (!previous.nodes[node] || previous.nodes[node]!.alive) return previous;
  const affected = affectedByRevive(previous, node);
  const state = clone(previous);
  state.nodes[node] = { alive: true, memory: {}, handled: state.nodes[node]!.handled };
  const explanation = affected.length
    ? `Node ${node + 1} is back with empty memory. The hash sends ${list(affected.map((id) => CLIENT_ADDRESSES[id].label))} back to it, away from the node that kept their session while it was down.`
    : `Node ${node + 1} is back with empty memory.`;
  return push(state, { type: "revive", node: node + 1, affectedClients: affected, explanation });
}

export function configure(strategy: Strategy, storage: Storage, nodes: number): LbState {
  const state = initialLbState(strategy, storage, nodes);
  return push(state, {
    type: "configure",
    explanation: `${nodes} fresh nodes behind a ${strategy} balancer, sessions kept in ${storage.replace(/-/g, " ")}. Every client starts without cookies.`,
  });
}

export function lbView(state: LbState): LbView {
  return {
    strategy: state.strategy,
    storage: state.storage,
    nodes: state.nodes.map((node, index) => ({ number: index + 1, alive: node.alive, sessionsInMemory: Object.keys(node.memory).length, handled: node.handled })),
    clients: LB_CLIENTS.map((id) => {
      const c = state.clients[id];
      return {
        id,
        label: CLIENT_ADDRESSES[id].label,
        ip: CLIENT_ADDRESSES[id].ip,
        stickyCookie: state.strategy === "sticky-cookie" && c.sticky !== null ? `lb=node-${c.sticky + 1}` : null,
        sessionCookie:
          state.storage === "stateless-cookie"
            ? c.stateless
              ? `session=sealed{"visits":${c.stateless.visits}}`
              : null
            : c.sid
              ? `sid=${c.sid}`
              : null,
        visits: c.visits,
        lastNode: c.lastNode === null ? null : c.lastNode + 1,
      };
    }),
    sharedStoreSessions: Object.keys(state.shared).length,
    atRiskByNode: Object.fromEntries(state.nodes.map((node, index) => [String(index + 1), node.alive ? affectedByKill(state, index) : []])),
    lastEvent: state.lastEvent,
    log: state.log,
    note: "A simulation: the balancer and its nodes are objects inside our one server, not separate machines. The routing and storage rules are the real ones.",
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
