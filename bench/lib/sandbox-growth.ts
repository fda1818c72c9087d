import { SANDBOX_COOKIE_NAMES, SANDBOX_KINDS, type SandboxKind } from "../../app/_lib/sandbox/contract";
import { sequentialLatency, type LoadResult } from "./load";
import { callSandbox, loginSession, sandboxUrl } from "./sandbox-client";

export const DATA_SIZES = [0, 256, 1024, 2048] as const;

export type GrowthRow = {
  kind: SandboxKind;
  dataBytes: number;
  /** The Set-Cookie string's bytes as the sandbox reports them (what the 4096 limit counts). */
  cookieBytes: number | null;
  read: LoadResult | null;
  note: string;
};

/**
 * Sandbox read latency and cookie size against the amount of session data: one value of
 * `dataBytes` characters stored under one key, then reads from a single connection.
 */
export async function measureSandboxGrowth(nextUrl: string, limits: { maxRequests: number; maxSeconds: number }, log: (m: string) => void): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  for (const kind of SANDBOX_KINDS) {
    for (const dataBytes of DATA_SIZES) {
      const jar = await loginSession(nextUrl, kind, "bench").catch(() => null);
      if (!jar) {
        rows.push({ kind, dataBytes, cookieBytes: null, read: null, note: "not available" });
        continue;
      }
      if (dataBytes > 0) {
        const put = await callSandbox(nextUrl, jar, "putData", { kind, body: { key: "blob", value: "x".repeat(dataBytes) } });
        if (put.status !== 200) {
          rows.push({ kind, dataBytes, cookieBytes: null, read: null, note: `storing ${dataBytes} B answered ${put.status}` });
          continue;
        }
      }
      const read = await callSandbox(nextUrl, jar, "read", { kind });
      const size = (read.json as { size?: { bytes?: number } | null } | null)?.size?.bytes;
      const value = jar.get(SANDBOX_COOKIE_NAMES[kind]);
      const cookieBytes = typeof size === "number" ? size : value ? Buffer.byteLength(`${SANDBOX_COOKIE_NAMES[kind]}=${value}`) : null;
      log(`  ${kind} with ${dataBytes} B of data`);
      const target = { name: `${kind} read ${dataBytes} B`, url: sandboxUrl(nextUrl, "read", kind), headers: { cookie: jar.header() } };
      await sequentialLatency(target, { maxRequests: 20, maxSeconds: 1 }); // warm-up
      const result = await sequentialLatency(target, limits);
      rows.push({ kind, dataBytes, cookieBytes, read: result, note: "" });
    }
  }
  return rows;
}
