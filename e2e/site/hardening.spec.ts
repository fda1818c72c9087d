import { connect } from "node:net";
import { expect, test } from "./fixtures";
import { pages } from "./pages";

/** Sends one request exactly as written (no URL normalisation, any method) and returns its status and head. */
function rawRequest(baseURL: string, head: string[], body = ""): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      const length = body ? [`Content-Length: ${Buffer.byteLength(body)}`] : [];
      socket.write([...head, `Host: ${hostname}:${port}`, ...length, "Connection: close", "", body].join("\r\n"));
    });
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("end", () => {
      const head = data.split("\r\n\r\n", 1)[0] ?? "";
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head });
    });
    socket.on("error", reject);
  });
}

test.describe("requests the framework would answer with 500", () => {
  for (const path of ["/", "/lessons/session", "/api/sandbox/sealed"]) {
    test(`TRACE ${path} is 405 with the methods the site uses`, async ({ baseURL }) => {
      const reply = await rawRequest(baseURL!, [`TRACE ${path} HTTP/1.1`]);
      expect(reply.status).toBe(405);
      expect(reply.head).toMatch(/\r\nallow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS/i);
    });
  }

  for (const path of ["/lessons/%", "/glossary/%", "/api/sandbox/%E0%A4%A", "/sandbox/%zz"]) {
    test(`GET ${path} (bad percent-encoding) is 400`, async ({ baseURL }) => {
      expect((await rawRequest(baseURL!, [`GET ${path} HTTP/1.1`])).status).toBe(400);
    });
  }

  test("a Server Action call from another origin is 403, not 500", async ({ baseURL }) => {
    const reply = await rawRequest(
      baseURL!,
      ["POST /lessons/session HTTP/1.1", "Next-Action: 0000000000000000000000000000000000000000", "Origin: http://evil.example", "Content-Type: text/plain;charset=UTF-8"],
      "[]",
    );
    expect(reply.status).toBe(403);
  });
});

test.describe("page policy", () => {
  test("every page carries the Content-Security-Policy with its fixed directives", async ({ request }) => {
    for (const { path } of pages) {
      const response = await request.get(path);
      const policy = response.headers()["content-security-policy"] ?? "";
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data:"]) {
        expect(policy, `${path}: ${directive}`).toContain(directive);
      }
      expect(policy, path).not.toContain("unsafe-eval");
    }
  });

  for (const { name, path } of pages) {
    test(`${name} loads and runs with no policy violation`, async ({ page }) => {
      const violations: string[] = [];
      await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
            `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(message.text());
      });
      await page.goto(path);
      // The header's theme button gets aria-pressed once React has hydrated it: every script has run by then.
      await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", /^(true|false)$/);
      expect(violations).toEqual([]);
    });
  }
});
