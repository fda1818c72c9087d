import { SANDBOX_COOKIE_NAMES, type FixationRequest, type SandboxView, type SessionStatus } from "../contract";
import { pickCookie } from "../cookies/cookie-header";
import { serializeSandboxCookie } from "../cookies/set-cookie";
import { ok, fail, type Outcome, type RequestContext } from "../kinds/outcome";
import { createSession, evaluateId, freshRecord, login, readServer, serverView, type ServerDeps } from "../kinds/server-service";
import { activeStatus } from "../view/build-view";
import { loadLab, saveLab } from "./lab-state";

const COOKIE = SANDBOX_COOKIE_NAMES.server;

/**
 * Login for the server kind while the fixation lab may be running: the lab's vulnerable mode keeps the
 * ID the attacker planted, which is the bug the lab demonstrates. Every other login issues a new ID.
 */
export async function loginUnderFixationLab(deps: ServerDeps, ctx: RequestContext, user: string): Promise<Outcome> {
  const lab = await loadLab(deps.store(), ctx.cookieHeader);
  const planted = pickCookie(ctx.cookieHeader, COOKIE);
  const vulnerable = lab.record.fixation?.mode === "vulnerable" && planted.state === "present" && planted.value === lab.record.fixation.attackerId;
  return login(deps, ctx, user, vulnerable);
}

/** The fixation lab: an attacker plants an ID they know, the learner logs in, the attacker tries it. */
export async function fixationStep(deps: ServerDeps, ctx: RequestContext, request: FixationRequest & { name?: string }): Promise<Outcome> {
  const store = deps.store();
  const lab = await loadLab(store, ctx.cookieHeader);
  const attackerId = lab.record.fixation?.attackerId ?? null;
  const result = async (outcome: Outcome, victimId: string | null, attackerSees: SessionStatus | null, explanation: string, setCookies: string[]): Promise<Outcome> => {
    if (outcome.status !== 200) return outcome;
    return ok(
      { view: outcome.body as SandboxView, fixation: { mode: request.mode, step: request.step, attackerId: lab.record.fixation?.attackerId ?? null, victimId, attackerSees, explanation } },
      [...setCookies, ...outcome.setCookies],
    );
  };

  switch (request.step) {
    case "plant": {
      const id = await createSession(deps, freshRecord(deps, null, ctx.now));
      lab.record.fixation = { mode: request.mode, attackerId: id };
      const labCookie = (await saveLab(store, lab, lab.record, ctx.now)).setCookie;
      const plant = serializeSandboxCookie(COOKIE, id);
      const planted = ok(
        await serverView(deps, ctx, { id, record: freshRecord(deps, null, ctx.now), status: activeStatus("server", null, {}) }, [plant], {
          action: "fixation-plant",
          summary: `The attacker visited the site, got the anonymous ID ${id}, and planted it as your cookie (in real life through a URL parameter a permissive framework accepts, or a cookie tossed from a sibling subdomain — which the __Host- prefix blocks).`,
        }),
        [plant],
      );
      return result(planted, id, null, "The attacker now knows the ID your browser will log in with.", [labCookie]);
    }
    case "login": {
      if (!request.name) return fail(422, { error: "invalid-body", field: "name", message: 'name: required for step "login".' });
      if (lab.record.fixation) lab.record.fixation.mode = request.mode;
      const labCookies = lab.record.fixation ? [(await saveLab(store, lab, lab.record, ctx.now)).setCookie] : [];
      const outcome = await login(deps, ctx, request.name, request.mode === "vulnerable");
      const victim = outcome.status === 200 ? (outcome.body as SandboxView).inspect : null;
      const victimId = victim?.kind === "server" ? victim.id : null;
      const explanation =
        request.mode === "vulnerable"
          ? victimId === attackerId && attackerId !== null
            ? "You logged in and the server kept the planted ID, which the attacker knows. Step 3 shows what that gets them."
            : "You logged in; the server kept whatever ID you had (plant one first to see the attack)."
          : "You logged in and the server issued a new ID, deleting the planted one. Step 3 shows what the attacker gets now.";
      return result(outcome, victimId, null, explanation, labCookies);
    }
    case "attacker": {
      if (!attackerId) return fail(409, { error: "conflict", message: 'Nothing planted yet: run step "plant" first.' });
      const seen = await evaluateId(store, attackerId, ctx.now);
      const hijacked = seen.status.state === "active" && !seen.status.anonymous;
      const explanation = hijacked
        ? `The attacker sent Cookie: ${COOKIE}=${attackerId} and the server answered as ${seen.status.state === "active" ? seen.status.user : ""}: session fixation worked, because login did not change the ID.`
        : seen.status.state === "active"
          ? "The planted ID is still anonymous: you have not logged in with it (yet)."
          : `The planted ID is dead (${seen.status.reason}): login issued a new ID and deleted this one, so what the attacker knows is useless.`;
      const outcome = await readServer(deps, ctx);
      const victim = outcome.status === 200 ? (outcome.body as SandboxView).inspect : null;
      return result(outcome, victim?.kind === "server" ? victim.id : null, seen.status, explanation, []);
    }
    case "reset": {
      if (attackerId) {
        const record = await store.get(attackerId);
        if (record && record.user === null) await store.delete(attackerId);
      }
      lab.record.fixation = null;
      const labCookies = lab.id ? [(await saveLab(store, lab, lab.record, ctx.now)).setCookie] : [];
      const outcome = await readServer(deps, ctx);
      return result(outcome, null, null, "The fixation lab is reset.", labCookies);
    }
  }
}
