import { crossOriginReason } from "@/app/_lib/http/same-origin";
import { readCappedBytes } from "@/app/_lib/http/read-capped";

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
  if (crossOriginReason(request.headers, request.url) !== null) {
    return { ok: false, status: 403, error: "This form may only be sent from Session Lab's own pages." };
  }

  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return { ok: false, status: 415, error: "Send the quiz as a form (multipart/form-data or urlencoded)." };

  const body = await readCappedBytes(request, MAX_QUIZ_BODY_BYTES);
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
