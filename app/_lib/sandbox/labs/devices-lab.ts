import {
  DEVICE_LABELS,
  DEVICES_MAX,
  SANDBOX_COOKIE_NAMES,
  type DevicesRequest,
  type DevicesResult,
  type SandboxView,
  type SessionStatus,
} from "../contract";
import { fail, ok, type Outcome, type RequestContext } from "../kinds/outcome";
import { createSession, currentSession, evaluateId, freshRecord, readServer, serverView, slidIdleDeadline, type ServerDeps } from "../kinds/server-service";
import { loadLab, saveLab, type Lab } from "./lab-state";

const COOKIE = SANDBOX_COOKIE_NAMES.server;

/** Where the lesson and the standard say why and how; quoted in the explanations the learner reads. */
const STANDARD = "ASVS 5.0 V7.4.3 and V7.5.2";

type Device = Lab["record"]["devices"][number];

async function statusOf(deps: ServerDeps, device: Device, now: number): Promise<SessionStatus> {
  return (await evaluateId(deps.store(), device.id, now)).status;
}

function unusedLabel(devices: Device[]): string {
  return DEVICE_LABELS.find((label) => !devices.some((d) => d.label === label)) ?? `Device ${devices.length + 1}`;
}

/**
 * The "your sessions" lab of the server kind. Every device is a real session in the store for the same
 * user, so "sign out everywhere else" deletes real records and the device's next request really fails.
 * A real app finds a user's sessions through an index from user to session IDs; names typed into this
 * sandbox are not accounts (two learners may both be "Ada"), so the lab keeps its devices' IDs in the
 * learner's own lab record instead, and only ever ends sessions it created.
 */
export async function devicesStep(deps: ServerDeps, ctx: RequestContext, request: DevicesRequest): Promise<Outcome> {
  const store = deps.store();
  const lab = await loadLab(store, ctx.cookieHeader);
  const devices = lab.record.devices;
  const mine = await currentSession(deps, ctx);
  const user = mine.status.state === "active" && !mine.status.anonymous ? mine.status.user : null;
  const labCookies: string[] = [];
  const save = async () => labCookies.push((await saveLab(store, lab, lab.record, ctx.now)).setCookie);
  let explanation = "";
  let sent: DevicesResult["devices"]["request"] = null;

  const refuse = async (status: 401 | 404 | 409, error: "no-session" | "not-found" | "conflict", message: string, field?: string) =>
    fail(status, { error, message, ...(field ? { field } : {}), view: await serverView(deps, ctx, mine) });

  switch (request.step) {
    case "list":
      explanation = devices.length === 0 ? "No other device has a session yet." : `${devices.length} other device${devices.length === 1 ? "" : "s"} listed.`;
      break;
    case "add": {
      if (!user) return refuse(401, "no-session", "Log in first: another device can only log in as a user who has a session here.");
      if (devices.length >= DEVICES_MAX) return refuse(409, "conflict", `This lab keeps at most ${DEVICES_MAX} other devices. Reset it to start again.`);
      const label = unusedLabel(devices);
      const id = await createSession(deps, freshRecord(deps, user, ctx.now));
      devices.push({ label, id });
      await save();
      explanation = `A ${label} logged in as ${user}. The store now holds another session for ${user}, under its own 128-bit ID; this browser's cookie did not change.`;
      break;
    }
    case "request": {
      const device = request.device === undefined ? undefined : devices[request.device];
      if (!device) return refuse(404, "not-found", "There is no such device: add one first.", "device");
      const seen = await evaluateId(store, device.id, ctx.now);
      if (seen.status.state === "active" && seen.record) {
        await store.touch(device.id, ctx.now, slidIdleDeadline(deps, ctx.now, seen.record));
      }
      sent = { label: device.label, cookieHeader: `${COOKIE}=${device.id}`, outcome: seen.status };
      explanation =
        seen.status.state === "active"
          ? `The ${device.label} sent its cookie and the server found the record: it answered as ${seen.status.user}.`
          : seen.status.reason === "unknown-id"
            ? `The ${device.label} sent the same cookie as before, and the store no longer has that ID, so the server answered as nobody. Its user is signed out there, without the ${device.label} being asked.`
            : `The ${device.label}'s session is over (${seen.status.reason}).`;
      break;
    }
    case "sign-out-others": {
      if (!user || !mine.id) return refuse(401, "no-session", "Log in first: signing out everywhere else is something a logged-in user asks for.");
      let ended = 0;
      let otherUser = 0;
      for (const device of devices) {
        const record = await store.get(device.id);
        if (!record) continue;
        if (record.user !== user) {
          otherUser += 1;
          continue;
        }
        if (await store.delete(device.id)) ended += 1;
      }
      const skipped = otherUser ? ` ${otherUser} device${otherUser === 1 ? " is" : "s are"} logged in as someone else and kept.` : "";
      explanation =
        ended === 0
          ? `No other live session of ${user} was found, so nothing was ended.${skipped}`
          : `Deleted ${ended} other session${ended === 1 ? "" : "s"} of ${user} from the store; this browser's session stayed. Each of those devices still holds its cookie, but its next request carries an ID the store no longer has. A real app finds a user's sessions through an index from user to session IDs (${STANDARD}); names typed here are not accounts, so the sandbox keeps the list in your lab record instead.${skipped}`;
      break;
    }
    case "reset": {
      for (const device of devices) await store.delete(device.id);
      lab.record.devices = [];
      if (lab.id) await save();
      explanation = "The lab is reset: the other devices' sessions were deleted and the list is empty.";
      break;
    }
  }

  // The view, as any read shows it (a dead cookie of this browser is cleared, a live one slides its idle deadline).
  const read = await readServer(deps, ctx);
  if (read.status !== 200) return read;
  const others = await Promise.all(lab.record.devices.map(async (device) => ({ ...device, status: await statusOf(deps, device, ctx.now) })));
  const result: DevicesResult = {
    view: read.body as SandboxView,
    devices: {
      step: request.step,
      thisBrowser: mine.id ? { id: mine.id, status: mine.status } : null,
      others,
      request: sent,
      explanation,
    },
  };
  return ok(result, [...labCookies, ...read.setCookies]);
}
