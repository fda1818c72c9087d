import { endpointPaths, endpointUrl, type EndpointName } from "@/app/_lib/sandbox/endpoint-paths";
// Types only: the schemas stay on the server; the page ships the method-and-path half of the table.
import type { CallInput, endpoints, ResponseOf } from "@/app/_lib/sandbox/endpoints";

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; body: unknown };

/** What a learner should understand from each refusal when the server gives no message. */
const FALLBACK: Record<number, string> = {
  400: "The server could not read that request.",
  403: "The server refused a request that did not come from this site (its Origin check failed).",
  404: "The server found nothing at that address.",
  413: "That would make the session too big, so the server refused it. Nothing changed.",
  415: "The server accepts only JSON bodies on this endpoint.",
  422: "The server rejected one of the values you entered.",
  429: "Too many requests in a short time; the server is rate-limiting this browser.",
  503: "The session store is unreachable right now. Your lessons still work; try the sandbox again shortly.",
};

function messageFrom(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const record = body as Record<string, unknown>;
  for (const key of ["message", "error", "detail"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value;
    if (value && typeof value === "object" && typeof (value as Record<string, unknown>).message === "string") {
      return (value as { message: string }).message;
    }
  }
  return null;
}

function retryNote(response: Response): string {
  const after = Number(response.headers.get("retry-after"));
  return Number.isFinite(after) && after > 0 ? ` Try again in ${Math.ceil(after)} s.` : "";
}

type Endpoints = typeof endpoints;

/** The real status and body of an answer, whether the server reported a refusal in the body or not. */
export function unwrapReport(response: { status: number; headers: Headers }, parsed: unknown): { status: number; body: unknown } {
  const reported = Number(response.headers.get("x-sandbox-status"));
  if (!Number.isInteger(reported) || reported < 100 || !parsed || typeof parsed !== "object") return { status: response.status, body: parsed };
  const inner = parsed as { status?: unknown; body?: unknown };
  return inner.status === reported ? { status: reported, body: inner.body ?? null } : { status: response.status, body: parsed };
}

/**
 * Calls a sandbox endpoint, named as in the endpoint table, the way the server demands: JSON body with
 * its content type, same-origin credentials (fetch adds Origin and Sec-Fetch-Site on its own).
 * Never throws: a network failure becomes a result with status 0.
 */
export async function callApi<N extends EndpointName>(name: N, input: CallInput<Endpoints[N]>): Promise<ApiResult<ResponseOf<Endpoints[N]>>> {
  const { method } = endpointPaths[name];
  const body: unknown = input.body;
  let response: Response;
  try {
    response = await fetch(endpointUrl(endpointPaths[name], input), {
      method,
      credentials: "same-origin",
      cache: "no-store",
      // Refusals come back as 200 with their status in the body, so the console does not log each
      // expected one as a failed load (app/_lib/sandbox/http/report-in-body.ts says why).
      headers: {
        accept: "application/json",
        "x-sandbox-report": "in-body",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, message: "The server could not be reached. Check that it is running, then try again.", body: null };
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // A body that is not JSON still leaves the status to explain.
  }
  const { status, body: answer } = unwrapReport(response, parsed);
  if (status >= 200 && status < 300) return { ok: true, status, data: answer as ResponseOf<Endpoints[N]> };
  const message = messageFrom(answer) ?? FALLBACK[status] ?? `The server answered ${status}.`;
  return { ok: false, status, message: status === 429 ? message + retryNote(response) : message, body: answer };
}
