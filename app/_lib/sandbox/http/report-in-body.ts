/**
 * The sandbox page's own calls ask for refusals "reported in the body"; every other client gets them
 * as real HTTP statuses.
 *
 * Why: a refusal is often the lesson itself (a replayed cookie refused, a forged seal rejected, a write
 * after the idle timeout answered 401). Chromium logs every fetch answered 4xx or 5xx as a red "Failed to
 * load resource" in the console, whatever the page does with it, so a walk through the labs looked like a
 * broken site. A header cannot change that and a service worker would be more machinery than the problem.
 *
 * So a request carrying `X-Sandbox-Report: in-body` gets a refusal as 200 with the real status kept twice:
 * in the `X-Sandbox-Status` header and in the body, `{ "status": 401, "body": <the ErrorBody> }`. Nothing
 * else changes: the same Set-Cookie, Retry-After and no-store headers, the same ErrorBody. The page
 * unwraps it (components/sandbox/api-client.ts) and shows the status as before. Without the header (curl,
 * the e2e API suite, any other client) the endpoint answers exactly as the endpoint table says, so status
 * codes stay the API's contract and nothing is hidden from anyone who asks for them.
 */
export const REPORT_HEADER = "x-sandbox-report";
export const REPORT_IN_BODY = "in-body";
export const REPORTED_STATUS_HEADER = "x-sandbox-status";

export function wantsReportInBody(request: Request): boolean {
  return request.headers.get(REPORT_HEADER) === REPORT_IN_BODY;
}

/** A refusal re-sent as 200 with its status in a header and in the body; a success is returned as it is. */
export async function reportInBody(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const text = await response.text();
  const headers = new Headers();
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie" && name !== "content-length") headers.set(name, value);
  });
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  headers.set("X-Sandbox-Status", String(response.status));
  headers.set("Content-Type", "application/json; charset=utf-8");
  const body = `{"status":${response.status},"body":${asJson(text)}}`;
  return new Response(body, { status: 200, headers });
}

/** Our refusals are JSON already; anything else (an empty body, say) is carried as a JSON string or null. */
function asJson(text: string): string {
  if (text.trim() === "") return "null";
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify(text);
  }
}

/** Wraps a route handler so that it honours `X-Sandbox-Report: in-body`. */
export function reportable<A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response>) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const response = await handler(request, ...rest);
    return wantsReportInBody(request) ? reportInBody(response) : response;
  };
}
