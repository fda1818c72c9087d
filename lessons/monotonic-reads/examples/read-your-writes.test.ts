import { describe, expect, it } from "vitest";
import { newer, nodeFor, parseLsn, seenAfterWrite, type Node } from "./read-your-writes";

function node(name: string, answers: Record<string, string | null>): Node {
  return {
    name,
    queryOne: async (sql) => {
      if (!(sql in answers)) throw new Error(`${name}: unexpected ${sql}`);
      return answers[sql] ?? null;
    },
  };
}
const REPLAYED = "SELECT pg_last_wal_replay_lsn()::text";
const WRITTEN = "SELECT pg_current_wal_lsn()::text";

describe("the lesson's read-your-writes example", () => {
  it("orders LSNs by both halves, not as text", () => {
    expect(parseLsn("0/A")! < parseLsn("0/10")!).toBe(true); // "0/A" > "0/10" as strings
    expect(parseLsn("1/0")! > parseLsn("0/FFFFFFFF")!).toBe(true);
    expect(parseLsn("nonsense")).toBeUndefined();
    expect(parseLsn(null)).toBeUndefined();
    expect(newer("0/A", "0/10")).toBe("0/10");
    expect(newer(undefined, "0/10")).toBe("0/10");
    expect(newer("0/10", "junk")).toBe("0/10");
  });

  it("remembers the leader's LSN after a write", async () => {
    expect(await seenAfterWrite(node("leader", { [WRITTEN]: "0/3000148" }))).toBe("0/3000148");
  });

  it("skips a replica that has not replayed what the session saw, and falls back to the leader", async () => {
    const leader = node("leader", {});
    const behind = node("r1", { [REPLAYED]: "0/3000000" });
    const fresh = node("r2", { [REPLAYED]: "0/3000148" });
    const down: Node = { name: "r3", queryOne: async () => Promise.reject(new Error("down")) };
    expect((await nodeFor("0/3000148", [behind, fresh], leader)).name).toBe("r2");
    expect((await nodeFor("0/3000148", [down, behind], leader)).name).toBe("leader");
    expect((await nodeFor(undefined, [behind], leader)).name).toBe("r1");
    // On a primary pg_last_wal_replay_lsn() is NULL: never mistaken for a fresh replica.
    expect((await nodeFor("0/1", [node("primary", { [REPLAYED]: null })], leader)).name).toBe("leader");
  });
});
