import { z } from "zod";

/** `{"pad":""}` is 10 bytes: the smallest body this route can send. */
const EMPTY_BODY_BYTES = 10;
const query = z.object({
  bytes: z.coerce.number().int().min(EMPTY_BODY_BYTES).max(65_536).default(512),
});

/**
 * The benchmarks' bare Next.js route handler: JSON of exactly `?bytes=N` bytes, no cookies, no
 * crypto, so bench/ can set the sandbox endpoints' throughput against the framework's own floor.
 */
export function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json(
      { error: `bytes must be an integer from ${EMPTY_BODY_BYTES} to 65536` },
      { status: 400, headers: { "cache-control": "no-store" } },
    );
  }
  const body = JSON.stringify({ pad: "x".repeat(parsed.data.bytes - EMPTY_BODY_BYTES) });
  return new Response(body, {
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });
}

/**
 * The same answer to a POST that carries a body, read in full first: the floor for the sandbox's writes,
 * which are POSTs (Next streams and clones a request body, work a GET does not have).
 */
export async function POST(request: Request) {
  await request.text();
  return GET(request);
}
