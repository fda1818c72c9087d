import { describe, expect, it } from "vitest";
import { tempStore } from "@/testing/sandbox";
import { COUNT_MAX_AGE_MS, composeSandbox, type SandboxDeps } from "./compose";
import { newSessionId } from "./ids/session-id";

const record = (now: number) => ({ user: "Ana", data: {}, createdAt: now, lastSeenAt: now, idleExpiresAt: now + 60_000, absoluteExpiresAt: now + 60_000 });

function compose(overrides: Partial<SandboxDeps> = {}) {
  let now = 1_700_000_000_000;
  let opened = 0;
  const store = tempStore();
  const sandbox = composeSandbox({
    secrets: { "1": "a".repeat(32) },
    openStore: () => {
      opened++;
      return store;
    },
    clock: () => now,
    rateLimit: { burst: 1, perSecond: 1 },
    ...overrides,
  });
  return { sandbox, store, advance: (ms: number) => (now += ms), opened: () => opened };
}

describe("composeSandbox", () => {
  it("opens the store once, on first use, and shares it between kinds and labs", () => {
    const { sandbox, store, opened } = compose();
    expect(opened()).toBe(0);
    expect(sandbox.server.store()).toBe(store);
    expect(sandbox.token("jwt").store()).toBe(store);
    expect(sandbox.lb.store()).toBe(store);
    expect(opened()).toBe(1);
  });

  it("recounts the store only when the injected clock says the last count is stale", async () => {
    const { sandbox, store, advance } = compose();
    expect(await sandbox.server.count()).toBe(0);
    await store.create(newSessionId(), record(Date.now()));
    advance(COUNT_MAX_AGE_MS);
    expect(await sandbox.server.count()).toBe(0);
    advance(1);
    expect(await sandbox.server.count()).toBe(1);
  });

  it("seals and signs with keys derived from the secrets passed in", async () => {
    const a = compose().sandbox.token("sealed").adapter;
    const b = compose({ secrets: { "1": "b".repeat(32) } }).sandbox.token("sealed").adapter;
    const { value } = await a.issue({ id: newSessionId(), user: "Ana", data: {} }, Date.now());
    expect((await a.open(value, Date.now())).ok).toBe(true);
    expect(await b.open(value, Date.now())).toMatchObject({ ok: false, reason: "tampered" });
  });

  it("builds a rate limiter from the limit passed in, or none when it is off", () => {
    expect(compose().sandbox.limiter?.limit).toEqual({ burst: 1, perSecond: 1 });
    expect(compose({ rateLimit: null }).sandbox.limiter).toBeNull();
  });
});
