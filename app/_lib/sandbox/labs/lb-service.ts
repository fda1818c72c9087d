import type { LbConfigureRequest, LbNodeRequest, LbSendRequest } from "../contract";
import { loadLab, saveLab } from "./lab-state";
import { configure, initialLbState, killNode, LastNodeError, lbView, reviveNode, sendRequest, type LbState } from "./lb-model";
import type { SessionStore } from "../store/types";
import { fail, ok, type Outcome, type RequestContext } from "../kinds/outcome";

export type LbDeps = { store: () => SessionStore };

export async function readLb(deps: LbDeps, ctx: RequestContext): Promise<Outcome> {
  const lab = await loadLab(deps.store(), ctx.cookieHeader);
  return ok(lbView(lab.record.lb ?? initialLbState()));
}

async function update(deps: LbDeps, ctx: RequestContext, change: (state: LbState) => LbState | Outcome): Promise<Outcome> {
  const store = deps.store();
  const lab = await loadLab(store, ctx.cookieHeader);
  const next = change(lab.record.lb ?? initialLbState());
  if ("status" in next) return next;
  lab.record.lb = next;
  const { setCookie } = await saveLab(store, lab, lab.record, ctx.now);
  return ok(lbView(next), [setCookie]);
}

export const configureLb = (deps: LbDeps, ctx: RequestContext, body: LbConfigureRequest) =>
  update(deps, ctx, () => configure(body.strategy, body.storage, body.nodes));

export const sendLb = (deps: LbDeps, ctx: RequestContext, body: LbSendRequest) => update(deps, ctx, (state) => sendRequest(state, body.client));

export const nodeLb = (deps: LbDeps, ctx: RequestContext, body: LbNodeRequest) =>
  update(deps, ctx, (state) => {
    if (body.node > state.nodes.length) {
      return fail(422, { error: "invalid-body", field: "node", message: `node: this balancer has ${state.nodes.length} nodes.` });
    }
    try {
      return body.action === "kill" ? killNode(state, body.node - 1) : reviveNode(state, body.node - 1);
    } catch (error) {
      if (error instanceof LastNodeError) return fail(409, { error: "conflict", message: error.message });
      throw error;
    }
  });

export const resetLb = (deps: LbDeps, ctx: RequestContext) => update(deps, ctx, () => initialLbState());
