import type { DevicesResult, ErrorBody, FixationResult, JwtCheckResult, LbView, ReplayResult, SandboxView, TamperResult } from "../contract";

/** What an action hands back to its route handler: a status, a JSON body and the cookies it sets. */
export type Outcome = {
  status: number;
  body: SandboxView | TamperResult | ReplayResult | FixationResult | DevicesResult | LbView | JwtCheckResult | ErrorBody;
  setCookies: string[];
};

/** The request facts every action needs: the raw Cookie header and the server clock. */
export type RequestContext = { cookieHeader: string | null; now: number };

export const ok = (body: Outcome["body"], setCookies: string[] = []): Outcome => ({ status: 200, body, setCookies });
export const fail = (status: number, body: ErrorBody, setCookies: string[] = []): Outcome => ({ status, body, setCookies });

/** Clock times in messages, in UTC so every reader sees the same value. */
export function clock(ms: number): string {
  return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}
