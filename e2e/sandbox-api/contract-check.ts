import type { APIRequestContext, APIResponse } from "@playwright/test";
import { endpoints, responseSchemaFor } from "../../app/_lib/sandbox/endpoints";
import { endpointsAt } from "../../app/_lib/sandbox/endpoint-paths";

/**
 * Checks one sandbox response against the endpoint table: a 2xx body against the endpoint's response
 * schema, any other status against ErrorBody. Responses from paths outside the table, and bodiless
 * answers (HEAD, 204), are left alone. Throws, naming the endpoint and the failing fields.
 */
export async function checkAgainstTable(method: string, response: APIResponse): Promise<void> {
  const path = new URL(response.url()).pathname;
  const names = endpointsAt(path);
  if (names.length === 0 || method === "HEAD" || response.status() === 204) return;
  const ok = response.status() >= 200 && response.status() < 300;
  const name = names.find((n) => endpoints[n].method === method);
  if (ok && !name) throw new Error(`${method} ${path} answered ${response.status()}, but the endpoint table has no ${method} there`);
  const schema = responseSchemaFor(endpoints[name ?? names[0]!], response.status());
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${method} ${path} answered ${response.status()} with a body that is not JSON: ${text.slice(0, 120)}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`).join("; ");
    throw new Error(`${method} ${path} answered ${response.status()} with a body the endpoint table does not allow (${name ?? "error body"}): ${issues}`);
  }
}

const VERBS = { get: "GET", post: "POST", put: "PUT", patch: "PATCH", delete: "DELETE", head: "HEAD" } as const;

/** The same request context, with every sandbox response checked against the table before the test sees it. */
export function checkedContext(context: APIRequestContext): APIRequestContext {
  return new Proxy(context, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      const verb = property === "fetch" ? null : VERBS[property as keyof typeof VERBS];
      if (property !== "fetch" && !verb) return value.bind(target);
      return async (url: string, options?: { method?: string }) => {
        const response = (await value.call(target, url, options)) as APIResponse;
        await checkAgainstTable(verb ?? options?.method?.toUpperCase() ?? "GET", response);
        return response;
      };
    },
  });
}
