/** A quiz form is a few hundred bytes; anything near this is not from our page. */
export const MAX_QUIZ_BODY_BYTES = 16 * 1024;

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

export type GuardFailure = { status: 403 | 413 | 415 | 400; error: string };

/**
 * Route handlers get none of the protection Next gives server actions, so this does it:
 * the request must come from our own pages (Origin, or Sec-Fetch-Site when Origin is absent),
 * be a form, and be small. Returns the parsed form, or the status and message to answer with.
 */
export async function readQuizForm(request: Request): Promise<{ ok: true; form: FormData } | ({ ok: false } & GuardFailure)> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" (sandboxed frames, privacy redirects) and garbage both end up here.
    }
    if (!host || originHost !== host) return { ok: false, status: 403, error: "This form may only be sent from Session Lab's own pages." };
  } else if (request.headers.get("sec-fetch-site") !== "same-origin") {
    return { ok: false, status: 403, error: "This form may only be sent from Session Lab's own pages." };
  }

  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return { ok: false, status: 415, error: "Send the quiz as a form (multipart/form-data or urlencoded)." };

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_QUIZ_BODY_BYTES) return tooLarge();
  const body = await readLimited(request, MAX_QUIZ_BODY_BYTES);
  if (!body) return tooLarge();
  try {
    const form = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, status: 400, error: "The form body could not be read." };
  }
}

const tooLarge = (): { ok: false } & GuardFailure => ({
  ok: false,
  status: 413,
  error: `The form is larger than ${MAX_QUIZ_BODY_BYTES / 1024} kB; a quiz answer never is.`,
});

/** Reads at most `limit` bytes, whatever Content-Length claimed; null if the body is longer. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
