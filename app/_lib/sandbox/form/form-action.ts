import { z } from "zod";
import { loginRequestSchema, putDataRequestSchema, removeDataRequestSchema, sandboxKindSchema, type ErrorBody, type SandboxKind } from "../contract";
import { validate } from "../http/envelope";

/**
 * The sandbox's basic actions as plain HTML forms post them (application/x-www-form-urlencoded), for a
 * learner without JavaScript: the same fields and the same schemas as the JSON endpoints, so a refusal
 * names the same field with the same message.
 */
export const FORM_ACTIONS = ["login", "put", "remove", "read", "regenerate", "logout"] as const;
export type FormActionName = (typeof FORM_ACTIONS)[number];

/** The heading "What just happened" gives each action; the page's scripted calls use the same words. */
export function formActionLabel(action: FormActionName, key = ""): string {
  const labels: Record<FormActionName, string> = {
    login: "Log in",
    put: "Put data",
    remove: `Remove “${key}”`,
    read: "Read back",
    regenerate: "Regenerate the ID",
    logout: "Log out",
  };
  return labels[action];
}

export type FormAction =
  | { kind: SandboxKind; action: "login"; name: string }
  | { kind: SandboxKind; action: "put"; key: string; value: string }
  | { kind: SandboxKind; action: "remove"; key: string }
  | { kind: SandboxKind; action: "read" | "regenerate" | "logout" };

export type ParsedForm =
  | { ok: true; form: FormAction }
  /** `kind` is known whenever the form named a valid one, so the refusal can be shown in its tab. */
  | { ok: false; kind: SandboxKind | null; action: FormActionName | null; status: number; body: ErrorBody };

const headSchema = z.object({ kind: sandboxKindSchema, action: z.enum(FORM_ACTIONS) });

/** Reads the posted fields; a field the action does not take is ignored, as a browser form may send extras (the other buttons). */
export function parseFormAction(fields: URLSearchParams): ParsedForm {
  const head = headSchema.safeParse({ kind: fields.get("kind"), action: fields.get("action") });
  if (!head.success) {
    const kind = sandboxKindSchema.safeParse(fields.get("kind"));
    return {
      ok: false,
      kind: kind.success ? kind.data : null,
      action: null,
      status: 422,
      body: { error: "invalid-body", message: "The form named no sandbox kind (sealed, server or jwt) or no action it knows.", field: "action" },
    };
  }
  const { kind, action } = head.data;
  const field = (name: string) => fields.get(name) ?? "";
  const refuse = (refusal: { status: number; body: ErrorBody }) => ({ ok: false as const, kind, action, ...refusal });
  switch (action) {
    case "login": {
      const valid = validate(loginRequestSchema, { name: field("name") });
      return valid.ok ? { ok: true, form: { kind, action, name: valid.value.name } } : refuse(valid.refusal);
    }
    case "put": {
      const valid = validate(putDataRequestSchema, { key: field("key"), value: field("value") });
      return valid.ok ? { ok: true, form: { kind, action, ...valid.value } } : refuse(valid.refusal);
    }
    case "remove": {
      const valid = validate(removeDataRequestSchema, { key: field("key") });
      return valid.ok ? { ok: true, form: { kind, action, key: valid.value.key } } : refuse(valid.refusal);
    }
    default:
      return { ok: true, form: { kind, action } };
  }
}
