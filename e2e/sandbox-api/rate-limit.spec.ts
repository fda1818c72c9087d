import type { ErrorBody } from "../../app/_lib/sandbox/contract";
import { expect, test } from "./fixtures";
import { NextProcess } from "./next-process";

/**
 * The limiter on a real server, on its own `next start` with a bucket of 3 that refills one token every
 * 10,000 s: the 4th change is refused however slowly the machine sends them. (The main e2e server keeps
 * the default 120/10, which a slow machine might refill between requests; the arithmetic itself is
 * unit-tested with an injected clock in rate-limiter.test.ts.)
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

const dataDir = process.env.E2E_DATA_DIR || "data/e2e";
const basePort = Number(process.env.E2E_EXTRA_PORT_BASE || 32041);
// Behind one (simulated) proxy: the X-Forwarded-For entry the proxy appends tells clients apart.
const server = new NextProcess(basePort + 4, { DATA_DIR: dataDir, SANDBOX_RATE_LIMIT: "3/0.0001", TRUST_PROXY: "1" });
// No proxy configured (the default): no forwarding header is believed.
const direct = new NextProcess(basePort + 5, { DATA_DIR: dataDir, SANDBOX_RATE_LIMIT: "3/0.0001" });

test.beforeAll(async () => {
  await Promise.all([server.start(150_000), direct.start(150_000)]);
});

test.afterAll(async () => {
  await Promise.all([server.stop(), direct.stop()]);
});

test("rate limit: with no trusted proxy, a new X-Forwarded-For on every request does not get past the limit", async ({ playwright }) => {
  const statuses: number[] = [];
  for (let i = 1; i <= 6; i++) {
    const forger = await playwright.request.newContext({ baseURL: direct.origin, extraHTTPHeaders: { origin: direct.origin, "x-forwarded-for": `203.0.113.${i}` } });
    try {
      statuses.push((await forger.post("/api/sandbox/jwt/login", { data: { name: "Mallory" } })).status());
    } finally {
      await forger.dispose();
    }
  }
  expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
});

test("rate limit: behind a trusted proxy, spellings of one address share that client's bucket", async ({ playwright }) => {
  const statuses: number[] = [];
  for (const spelling of ["198.18.252.1", "198.018.252.001", "::ffff:198.18.252.1", "[198.18.252.1]:80"]) {
    const client = await playwright.request.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin, "x-forwarded-for": spelling } });
    try {
      statuses.push((await client.post("/api/sandbox/jwt/login", { data: { name: "Eve" } })).status());
    } finally {
      await client.dispose();
    }
  }
  expect(statuses).toEqual([200, 200, 200, 429]);
});

test("rate limit: past its burst a client's changes get 429 with Retry-After; its reads and other clients are unaffected", async ({ playwright }) => {
  const client = (address: string) =>
    playwright.request.newContext({ baseURL: server.origin, extraHTTPHeaders: { origin: server.origin, "x-forwarded-for": address } });
  const ana = await client("198.18.251.10");
  const ben = await client("198.18.251.11");
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await ana.post("/api/sandbox/jwt/login", { data: { name: "Ana" } })).status());
    expect(statuses).toEqual([200, 200, 200]);

    const refused = await ana.post("/api/sandbox/jwt/login", { data: { name: "Ana" } });
    expect(refused.status()).toBe(429);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error).toBe("rate-limited");
    // A whole token takes 10,000 s to come back, so the server asks for (nearly) all of that.
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(9_000);
    expect(body.retryAfterSeconds).toBe(Number(refused.headers()["retry-after"]));
    expect(refused.headers()["set-cookie"]).toBeUndefined();

    expect((await ana.get("/api/sandbox/jwt")).status()).toBe(200);
    expect((await ben.post("/api/sandbox/jwt/login", { data: { name: "Ben" } })).status()).toBe(200);
  } finally {
    await Promise.all([ana.dispose(), ben.dispose()]);
  }
});
