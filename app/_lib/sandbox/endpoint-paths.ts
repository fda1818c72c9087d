/**
 * Where each sandbox endpoint lives: method and path, by name. The schemas for each are in
 * endpoints.ts, which spreads these entries, so the table has one row per endpoint. This half
 * depends on nothing, so the browser client can build URLs without shipping zod and every
 * response schema to the page.
 */
export type HttpMethod = "GET" | "POST" | "DELETE";

export const endpointPaths = {
  read: { method: "GET", path: "/api/sandbox/{kind}" },
  login: { method: "POST", path: "/api/sandbox/{kind}/login" },
  putData: { method: "POST", path: "/api/sandbox/{kind}/data" },
  removeData: { method: "DELETE", path: "/api/sandbox/{kind}/data" },
  regenerate: { method: "POST", path: "/api/sandbox/{kind}/regenerate" },
  logout: { method: "POST", path: "/api/sandbox/{kind}/logout" },
  tamper: { method: "POST", path: "/api/sandbox/{kind}/tamper" },
  replay: { method: "POST", path: "/api/sandbox/{kind}/replay" },
  jwtCheck: { method: "POST", path: "/api/sandbox/jwt/check" },
  fixation: { method: "POST", path: "/api/sandbox/server/fixation" },
  devices: { method: "POST", path: "/api/sandbox/server/devices" },
  lbRead: { method: "GET", path: "/api/sandbox/lb" },
  lbConfigure: { method: "POST", path: "/api/sandbox/lb/configure" },
  lbRequest: { method: "POST", path: "/api/sandbox/lb/request" },
  lbNode: { method: "POST", path: "/api/sandbox/lb/node" },
  lbReset: { method: "POST", path: "/api/sandbox/lb/reset" },
} as const satisfies Record<string, { method: HttpMethod; path: string }>;

export type EndpointName = keyof typeof endpointPaths;

/** The URL path of an endpoint; `{kind}` is sealed, server or jwt. */
export function endpointUrl(endpoint: { path: string }, input: { kind?: "sealed" | "server" | "jwt" } = {}): string {
  if (!endpoint.path.includes("{kind}")) return endpoint.path;
  if (!input.kind) throw new Error(`${endpoint.path} needs a kind`);
  return endpoint.path.replace("{kind}", input.kind);
}

/** The methods the table lists at a path (GET brings HEAD), in table order: what its Allow header says. */
export function methodsAt(path: string): string[] {
  const methods = Object.values(endpointPaths as Record<string, { method: HttpMethod; path: string }>)
    .filter((endpoint) => endpoint.path === path)
    .flatMap((endpoint) => (endpoint.method === "GET" ? ["GET", "HEAD"] : [endpoint.method]));
  if (methods.length === 0) throw new Error(`No sandbox endpoint at ${path}`);
  return methods;
}

/** The rows whose path matches a URL path (`{kind}` matches one segment); a fixed path beats a pattern. */
export function endpointsAt(urlPath: string): EndpointName[] {
  const rows = Object.entries(endpointPaths) as [EndpointName, { method: HttpMethod; path: string }][];
  const exact = rows.filter(([, row]) => row.path === urlPath);
  if (exact.length > 0) return exact.map(([name]) => name);
  return rows
    .filter(([, row]) => new RegExp(`^${row.path.replace("{kind}", "[^/]+")}$`).test(urlPath))
    .map(([name]) => name);
}
