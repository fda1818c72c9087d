import { z } from "zod";
import { DEVICES_MAX, FIXATION_MODES } from "../contract";
import { pickCookie } from "../cookies/cookie-header";
import { serializeSandboxCookie } from "../cookies/set-cookie";
import { isWellFormedSessionId, newSessionId } from "../ids/session-id";
import type { SessionStore } from "../store/types";
import { LAB_COOKIE_NAME, LAB_TTL_MS } from "./lab-cookie";
import { lbStateSchema } from "./lb-model";

const replayCopySchema = z.object({
  /** The cookie value exactly as it was before logout. */
  value: z.string().max(4096),
  savedAt: z.number(),
});
export type ReplayCopy = z.infer<typeof replayCopySchema>;

export const labRecordSchema = z.object({
  replay: z.object({ sealed: replayCopySchema.optional(), server: replayCopySchema.optional(), jwt: replayCopySchema.optional() }).default({}),
  fixation: z.object({ mode: z.enum(FIXATION_MODES), attackerId: z.string() }).nullable().default(null),
  lb: lbStateSchema.nullable().default(null),
  /** The "your sessions" lab's simulated other devices: each holds the ID of a real server-side session. */
  devices: z.array(z.object({ label: z.string().max(40), id: z.string().max(64) })).max(DEVICES_MAX).default([]),
});
export type LabRecord = z.infer<typeof labRecordSchema>;

/** `id` is null until the first lab action stores something. */
export type Lab = { id: string | null; record: LabRecord };

export const emptyLabRecord = (): LabRecord => labRecordSchema.parse({});

/** The learner's lab record, or an empty one; a lab ID the store does not know is never adopted. */
export async function loadLab(store: SessionStore, cookieHeader: string | null): Promise<Lab> {
  const pick = pickCookie(cookieHeader, LAB_COOKIE_NAME);
  if (pick.state !== "present" || !isWellFormedSessionId(pick.value)) return { id: null, record: emptyLabRecord() };
  const json = await store.getLab(pick.value);
  if (json === null) return { id: null, record: emptyLabRecord() };
  try {
    const parsed = labRecordSchema.safeParse(JSON.parse(json));
    return { id: pick.value, record: parsed.success ? parsed.data : emptyLabRecord() };
  } catch {
    return { id: pick.value, record: emptyLabRecord() };
  }
}

/** Writes the record and returns the Set-Cookie that (re)sets the lab cookie with a fresh Max-Age. */
export async function saveLab(store: SessionStore, lab: Lab, record: LabRecord, now: number): Promise<{ id: string; setCookie: string }> {
  const json = JSON.stringify(record);
  const expiresAt = now + LAB_TTL_MS;
  const cookie = (id: string) => ({ id, setCookie: serializeSandboxCookie(LAB_COOKIE_NAME, id, LAB_TTL_MS / 1000) });
  if (lab.id && (await store.saveLab(lab.id, json, expiresAt))) return cookie(lab.id);
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = newSessionId();
    if (await store.createLab(id, json, expiresAt)) return cookie(id);
  }
  throw new Error("Could not allocate a lab ID after 3 attempts");
}
