import { guardRequest, type GuardSpec } from "@/app/_lib/http/request-guard";

/** A quiz form is a few hundred bytes; anything near this is not from our page. */
export const MAX_QUIZ_BODY_BYTES = 16 * 1024;

const FORM_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

const QUIZ_FORM: GuardSpec = {
  accepts: ({ type }) => FORM_TYPES.includes(type),
  expected: "a form (multipart/form-data or application/x-www-form-urlencoded)",
  maxBytes: MAX_QUIZ_BODY_BYTES,
  tooLargeNote: "a quiz answer never is",
};

export type GuardFailure = { status: 403 | 413 | 415 | 400; error: string };

/**
 * The site-wide guard for state-changing requests (same origin, media type, size; app/_lib/http),
 * then the form itself. Returns the parsed form, or the status and message to answer with.
 */
export async function readQuizForm(request: Request): Promise<{ ok: true; form: FormData } | ({ ok: false } & GuardFailure)> {
  const guarded = await guardRequest(request, QUIZ_FORM);
  if (!guarded.ok) return { ok: false, status: guarded.refusal.status, error: guarded.refusal.message };
  try {
    const form = await new Response(guarded.bytes, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: false, status: 400, error: "The form body could not be read." };
  }
}
