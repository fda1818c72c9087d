import { z } from "zod";
import { createUpstream, pickHash, pickRoundRobin, type NginxUpstream } from "../../labs/session-affinity/nginx";
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
  // Chosen so that over 3 nodes nginx's `hash $remote_addr` spreads them 1, 2, 3, 1.
  you: { label: "You", ip: "203.0.113.5" },
  ana: { label: "Ana", ip: "198.51.100.10" },
  ben: { label: "Ben", ip: "192.0.2.5" },
  chen: { label: "Chen", ip: "198.51.100.4" },
};

const sessionSchema = z.object({ visits: z.number().int().min(0) });
const eventSchema = z.custom<LbEvent>((value) => typeof value === "object" && value !== null && "type" in value);

/** Everything the simulation remembers; kept per learner in the lab record and validated on every load. */
export const lbStateSchema = z.object({
  strategy: z.enum(LB_STRATEGIES),
  storage: z.enum(LB_STORAGES),
  nodes: z
    .array(
      z.object({
        alive: z.boolean(),
        memory: z.record(z.string(), sessionSchema),
        handled: z.number().int(),
        /** nginx's peer->current_weight for smooth weighted round robin (records saved before it existed read as 0). */
        currentWeight: z.number().int().default(0),
      }),
    )
    .min(2)
    .max(5),
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
    nodes: Array.from({ length: nodes }, () => ({ alive: true, memory: {}, handled: 0, currentWeight: 0 })),
    shared: {},
    clients,
    seq: 0,
    lastEvent: null,
    log: [],
  };
}

/** The sandbox's balancer as one nginx upstream: equal weights, dead nodes marked `down`. */
function upstreamOf(state: LbState, everyoneUp = false): NginxUpstream {
  const upstream = createUpstream(state.nodes.map((node, i) => ({ name: `node-${i + 1}`, weight: 1, down: !everyoneUp && !node.alive })));
  upstream.current = state.nodes.map((node) => node.currentWeight);
  return upstream;
}

/**
 * nginx's `hash $remote_addr` without `consistent` (the shared model in app/_lib/labs/session-affinity,
 * checked against real nginx): CRC-32 of the address modulo the configured nodes; when that node is down
 * nginx hashes again until it lands on a live one. So a dead node's clients move and come back when it
 * returns, while everyone else stays put.
 */
function hashRoute(state: LbState, client: ClientId): { node: number; first: number } {
  const { ip } = CLIENT_ADDRESSES[client];
  return { node: pickHash(upstreamOf(state), ip), first: pickHash(upstreamOf(state, true), ip) };
}

/** nginx's smooth weighted round robin over the live nodes; updates the weights it keeps in `state`. */
function nextRoundRobin(state: LbState): number {
  const upstream = upstreamOf(state);
  const node = pickRoundRobin(upstream);
  if (node < 0) throw new Error("no live node");
  state.nodes.forEach((n, i) => (n.currentWeight = upstream.current[i]!));
  return node;
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

/** How the learner's own client is addressed ("you", "your") and everyone else (by name). */
function voice(client: ClientId) {
  const label = CLIENT_ADDRESSES[client].label;
  return client === "you" ? { who: "you", whose: "your", Who: "You" } : { who: label, whose: `${label}'s`, Who: label };
}

/** Where the balancer sends `client`'s next request, and why; updates the balancer's own state (turn, sticky cookie). */
function route(state: LbState, client: ClientId): { node: number; how: string } {
  const c = state.clients[client];
  const v = voice(client);
  const stuck = c.sticky !== null && state.nodes[c.sticky]?.alive ? c.sticky : null;
  if (state.strategy === "sticky-cookie" && stuck !== null) {
    return { node: stuck, how: `${v.whose} sticky cookie lb=node-${stuck + 1} sent ${v.who} back to node ${stuck + 1}` };
  }
  if (state.strategy === "client-hash") {
    const { node, first } = hashRoute(state, client);
    const address = CLIENT_ADDRESSES[client].ip;
    return {
      node,
      how:
        first === node
          ? `the hash of ${v.whose} address ${address} picks node ${node + 1}`
          : `the hash of ${v.whose} address ${address} picks node ${first + 1}, which is down, so the balancer hashed again and got node ${node + 1}`,
    };
  }
  const node = nextRoundRobin(state);
  if (state.strategy !== "sticky-cookie") return { node, how: `round robin: node ${node + 1} was next in turn` };
  const how =
    c.sticky === null
      ? `${v.who} had no sticky cookie, so the balancer picked node ${node + 1} in turn and set lb=node-${node + 1}`
      : `${v.whose} sticky node ${c.sticky + 1} is down, so the balancer re-stuck ${v.who} to node ${node + 1}`;
  c.sticky = node;
  return { node, how };
}

/** One request from `client` through the balancer to a node, which looks for the session. */
export function sendRequest(previous: LbState, client: ClientId): LbState {
  const state = clone(previous);
  const c = state.clients[client];
  const v = voice(client);
  const { node, how } = route(state, client);
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

  const place = state.storage === "per-node-memory" ? `node ${node + 1}'s own memory` : state.storage === "shared-store" ? "the shared store" : `${v.whose} cookie`;
  const explanation =
    outcome === "found"
      ? `${capitalise(how)}; it found ${v.whose} session in ${place} (visit ${visits}).`
      : outcome === "lost"
        ? `${capitalise(how)}, but ${v.whose} session is not in ${place}. It starts a new one: visits back to 1, and a real app would have logged ${client === "you" ? "you" : "them"} out.`
        : `${capitalise(how)}. ${v.Who} had no session cookie, so it started a session in ${place}.`;
  return push(state, { type: "request", client, node: node + 1, outcome, visits, explanation });
}

/** Whether `client`'s next request would find its session, if it were the next to send one. */
function wouldFind(state: LbState, client: ClientId): boolean {
  const home = sessionHome(state, client);
  if (!home) return false;
  if (home.where !== "node") return true;
  if (!state.nodes.some((n) => n.alive)) return false;
  return route(clone(state), client).node === home.node;
}

/**
 * Clients who lose their session because `node` (0-based) dies: those whose next request would find it
 * now and would not after. Clients who would lose it anyway (round robin sending them elsewhere) are not listed.
 */
function affectedByKill(state: LbState, node: number): ClientId[] {
  if (state.storage !== "per-node-memory") return [];
  const after = clone(state);
  after.nodes[node] = { ...after.nodes[node]!, alive: false, memory: {} };
  return LB_CLIENTS.filter((client) => wouldFind(state, client) && !wouldFind(after, client));
}

/** Clients a revived node pulls back from the node that took them in, and from the session they started there. */
function affectedByRevive(state: LbState, node: number): ClientId[] {
  if (state.storage !== "per-node-memory" || state.strategy === "round-robin") return [];
  const after = clone(state);
  after.nodes[node] = { ...after.nodes[node]!, alive: true, memory: {} };
  return LB_CLIENTS.filter((client) => wouldFind(state, client) && !wouldFind(after, client));
}

export class LastNodeError extends Error {}

export function killNode(previous: LbState, node: number): LbState {
  if (!previous.nodes[node]?.alive) return previous;
  if (previous.nodes.filter((n) => n.alive).length === 1) throw new LastNodeError("At least one node must stay up, or nobody gets an answer.");
  const affected = affectedByKill(previous, node);
  const state = clone(previous);
  state.nodes[node] = { ...state.nodes[node]!, alive: false, memory: {} };
  // Unlike a reload of open-source nginx, a kill here keeps the round-robin weights: the sandbox's balancer
  // notices a dead node at run time, as a health check would.
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
  state.nodes[node] = { ...state.nodes[node]!, alive: true, memory: {} };
  const explanation = affected.length
    ? `Node ${node + 1} is back with empty memory. The hash sends ${list(affected.map((id) => CLIENT_ADDRESSES[id].label))} back to it, away from the node that kept their session while it was down.`
    : `Node ${node + 1} is back with empty memory.`;
  return push(state, { type: "revive", node: node + 1, affectedClients: affected, explanation });
}

const STRATEGY_WORDS: Record<Strategy, string> = { "round-robin": "round-robin", "sticky-cookie": "sticky-cookie", "client-hash": "client-address-hash" };
const STORAGE_WORDS: Record<Storage, string> = { "per-node-memory": "per-node memory", "shared-store": "a shared store", "stateless-cookie": "stateless cookies" };

export function configure(strategy: Strategy, storage: Storage, nodes: number): LbState {
  const state = initialLbState(strategy, storage, nodes);
  return push(state, {
    type: "configure",
    explanation: `${nodes} fresh nodes behind a ${STRATEGY_WORDS[strategy]} balancer, sessions kept in ${STORAGE_WORDS[storage]}. Every client starts without cookies.`,
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
