import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SANDBOX_KINDS } from "./contract";
import { endpointPaths, endpointsAt, endpointUrl, methodsAt } from "./endpoint-paths";
import { endpoints, responseSchemaFor } from "./endpoints";

const API = path.join(process.cwd(), "app", "api", "sandbox");

/** The route file Next serves a table path from: `{kind}` is the [kind] folder. */
const routeFile = (tablePath: string) => path.join(process.cwd(), "app", tablePath.replace("{kind}", "[kind]"), "route.ts");

describe("the endpoint table", () => {
  it("has a route handler for every row, exporting its method from the table's row", () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const file = routeFile(endpoint.path);
      expect(existsSync(file), `${name}: ${file}`).toBe(true);
      const source = readFileSync(file, "utf8");
      // Read rows are served by kindRead / fixedKindReadRoute; every other row names itself.
      if (endpoint.method !== "GET") expect(source, `${name} in ${file}`).toContain(`endpoints.${name}`);
    }
  });

  it("lists every sandbox route file (no endpoint lives outside the table)", () => {
    const files = readdirSync(API, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    for (const file of files) {
      const urlPath = `/api/sandbox/${path.dirname(file).split(path.sep).join("/")}`.replace("[kind]", "{kind}").replace(/\/\.$/, "");
      // A folder named after a kind serves that kind's row of a {kind} endpoint (the static read and data routes).
      const fixedKind = SANDBOX_KINDS.some(
        (kind) => urlPath.startsWith(`/api/sandbox/${kind}`) && Object.values(endpointPaths).some((e) => e.path === urlPath.replace(`/api/sandbox/${kind}`, "/api/sandbox/{kind}")),
      );
      expect(fixedKind || Object.values(endpointPaths).some((e) => e.path === urlPath), file).toBe(true);
    }
  });

  it("builds URLs and the Allow header from the rows", () => {
    expect(endpointUrl(endpoints.putData, { kind: "jwt" })).toBe("/api/sandbox/jwt/data");
    expect(endpointUrl(endpoints.lbNode, {})).toBe("/api/sandbox/lb/node");
    expect(() => endpointUrl(endpoints.read, {})).toThrow(/needs a kind/);
    expect(methodsAt(endpoints.putData.path)).toEqual(["POST", "DELETE"]);
    expect(methodsAt(endpoints.read.path)).toEqual(["GET", "HEAD"]);
  });

  it("finds the row for a URL path, preferring a fixed path to the {kind} pattern", () => {
    expect(endpointsAt("/api/sandbox/lb")).toEqual(["lbRead"]);
    expect(endpointsAt("/api/sandbox/server/data")).toEqual(["putData", "removeData"]);
    expect(endpointsAt("/api/sandbox/nope")).toEqual(["read"]);
    expect(endpointsAt("/api/progress/session")).toEqual([]);
  });

  it("checks 2xx bodies against the row's schema and refusals against ErrorBody", () => {
    expect(responseSchemaFor(endpoints.lbRead, 200).safeParse({ error: "conflict", message: "x" }).success).toBe(false);
    expect(responseSchemaFor(endpoints.lbRead, 409).safeParse({ error: "conflict", message: "x" }).success).toBe(true);
  });
});
