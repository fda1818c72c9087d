/** Names the learner's lab record (replay copies, fixation and load-balancer state); an opaque 128-bit ID. */
export const LAB_COOKIE_NAME = "__Host-sbx-lab";
/** Lab state outlives a demo session so a replay can happen after the original cookie expired. */
export const LAB_TTL_MS = 60 * 60 * 1000;
