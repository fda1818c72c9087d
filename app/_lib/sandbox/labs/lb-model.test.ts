import { describe, expect, it } from "vitest";
import { LB_CLIENTS, LB_STORAGES, LB_STRATEGIES } from "../contract";
import { configure, killNode, LastNodeError, lbStateSchema, lbView, reviveNode, sendRequest, type LbState } from "./lb-model";

type Client = (typeof LB_CLIENTS)[number];

/** Every client makes two requests so each has a session (wherever the setup keeps it). */
function warmedUp(strategy: (typeof LB_STRATEGIES)[number], storage: (typeof LB_STORAGES)[number], nodes = 3): LbState {
  let state = configure(strategy, storage, nodes);
  for (let round = 0; round < 2; round++) for (const client of LB_CLIENTS) state = sendRequest(state, client);
  return state;
}

/** The outcome of each client's next request, each from the same starting state. */
function nextOutcomes(state: LbState): Record<Client, string> {
  return Object.fromEntries(
    LB_CLIENTS.map((client) => {
      const event = sendRequest(state, client).lastEvent;
      return [client, event?.type === "request" ? event.outcome : "?"];
    }),
  ) as Record<Client, string>;
}

const lostOnes = (outcomes: Record<Client, string>) => LB_CLIENTS.filter((c) => outcomes[c] === "lost");

describe("who loses their session when node 2 dies", () => {
  for (const strategy of LB_STRATEGIES) {
    for (const storage of ["shared-store", "stateless-cookie"] as const) {
      it(`${strategy} × ${storage}: nobody`, () => {
        const after = killNode(warmedUp(strategy, storage), 1);
        expect(after.lastEvent).toMatchObject({ type: "kill", affectedClients: [] });
        expect(lostOnes(nextOutcomes(after))).toEqual([]);
        // And the count kept growing: nobody's visits were reset.
        expect(Object.values(after.clients).every((c) => c.visits === 2)).toBe(true);
      });
    }
  }

  it("sticky-cookie × per-node-memory: exactly the clients stuck to node 2", () => {
    const before = warmedUp("sticky-cookie", "per-node-memory");
    const stuckToTwo = LB_CLIENTS.filter((c) => before.clients[c].sticky === 1);
    expect(stuckToTwo.length).toBeGreaterThan(0);
    expect(lostOnes(nextOutcomes(before))).toEqual([]);
    const after = killNode(before, 1);
    expect(after.lastEvent).toMatchObject({ type: "kill", affectedClients: stuckToTwo });
    expect(lostOnes(nextOutcomes(after))).toEqual(stuckToTwo);
  });

  it("client-hash × per-node-memory: only the clients whose address hashes to node 2, as in nginx", () => {
    const before = warmedUp("client-hash", "per-node-memory");
    // Addresses spread 1, 2, 3, 1 over three nodes.
    expect(LB_CLIENTS.map((c) => before.clients[c].lastNode! + 1)).toEqual([1, 2, 3, 1]);
    expect(lostOnes(nextOutcomes(before))).toEqual([]);
    const after = killNode(before, 1);
    // The modulo is over the configured nodes, so nobody else moves; Ana is hashed again onto a live node.
    expect(after.lastEvent).toMatchObject({ type: "kill", affectedClients: ["ana"] });
    expect(lostOnes(nextOutcomes(after))).toEqual(["ana"]);
    const ana = sendRequest(after, "ana");
    expect(ana.clients.ana.lastNode).not.toBe(1);
    expect(ana.lastEvent).toMatchObject({ explanation: expect.stringContaining("picks node 2, which is down, so the balancer hashed again") });
  });

  it("round-robin × per-node-memory: sessions are lost even with every node up", () => {
    const state = warmedUp("round-robin", "per-node-memory");
    const requests = state.log.filter((e) => e.type === "request");
    expect(requests.some((e) => e.type === "request" && e.outcome === "lost")).toBe(true);
    const after = killNode(state, 1);
    // Only clients whose next request would still find their session lose it because of the kill: with
    // round robin that is node 2's clients, and only when node 2 is next in turn.
    const onTwo = LB_CLIENTS.filter((c) => Object.hasOwn(state.nodes[1]!.memory, state.clients[c].sid!));
    const nextInTurn = sendRequest(state, "you").clients.you.lastNode;
    expect(after.lastEvent).toMatchObject({ type: "kill", affectedClients: nextInTurn === 1 ? onTwo : [] });
  });

  it("narrates each client by name, and the learner's own client as you", () => {
    const state = sendRequest(sendRequest(configure("client-hash", "per-node-memory", 3), "ana"), "you");
    const [you, ana] = state.log;
    expect(ana?.explanation).toMatch(/^The hash of Ana's address 198\.51\.100\.10 picks node 2\. Ana had no session cookie/);
    expect(you?.explanation).toMatch(/^The hash of your address .* You had no session cookie/);
    expect(configure("round-robin", "per-node-memory", 3).lastEvent?.explanation).toContain("per-node memory");
  });
});

describe("reviving a node", () => {
  it("client-hash pulls the node's clients back to it, away from their new sessions; sticky does not", () => {
    const hashed = warmedUp("client-hash", "per-node-memory");
    let dead = killNode(hashed, 1);
    for (const client of LB_CLIENTS) dead = sendRequest(dead, client);
    const revived = reviveNode(dead, 1);
    expect(revived.lastEvent).toMatchObject({ type: "revive", affectedClients: ["ana"] });
    expect(lostOnes(nextOutcomes(revived))).toEqual(["ana"]);
    expect(sendRequest(revived, "ana").clients.ana.lastNode).toBe(1);

    const sticky = reviveNode(killNode(warmedUp("sticky-cookie", "per-node-memory"), 1), 1);
    expect(sticky.lastEvent).toMatchObject({ type: "revive", affectedClients: [] });
  });

  it("a revived node comes back with empty memory", () => {
    const state = reviveNode(killNode(warmedUp("sticky-cookie", "per-node-memory"), 0), 0);
    expect(state.nodes[0]).toMatchObject({ alive: true, memory: {} });
  });
});

describe("guards and view", () => {
  it("refuses to kill the last live node", () => {
    const state = killNode(configure("round-robin", "shared-store", 2), 0);
    expect(() => killNode(state, 1)).toThrow(LastNodeError);
  });

  it("ignores killing a dead node or reviving a live one", () => {
    const dead = killNode(configure("round-robin", "shared-store", 3), 2);
    expect(killNode(dead, 2)).toBe(dead);
    expect(reviveNode(dead, 0)).toBe(dead);
  });

  it("round robin skips dead nodes", () => {
    let state = killNode(configure("round-robin", "shared-store", 3), 1);
    const nodes: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = sendRequest(state, "you");
      nodes.push(state.clients.you.lastNode! + 1);
    }
    expect(nodes).toEqual([1, 3, 1, 3]);
  });

  it("shows sticky and session cookies, and predicts losses per node", () => {
    const view = lbView(warmedUp("sticky-cookie", "per-node-memory"));
    expect(view.clients[0]!.stickyCookie).toMatch(/^lb=node-\d$/);
    expect(view.clients[0]!.sessionCookie).toMatch(/^sid=you-\d+$/);
    expect(Object.values(view.atRiskByNode).flat().sort()).toEqual([...LB_CLIENTS].sort());
    expect(view.note).toMatch(/simulation/i);
  });

  it("keeps at most 12 log entries and round-trips through its schema", () => {
    let state = configure("round-robin", "stateless-cookie", 2);
    for (let i = 0; i < 20; i++) state = sendRequest(state, "ben");
    expect(state.log).toHaveLength(12);
    expect(lbStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
