/**
 * What a field's draft (typed text not yet handed to the lab, or handed and not yet shown back) becomes when the
 * lab's value changes:
 * - "caught-up": the lab now holds exactly the draft; drop the draft.
 * - "keep": the lab took text this field handed on earlier while more keys were pressed; keep showing the draft,
 *   the rest follows.
 * - "replaced": the value came from elsewhere (an example, an attack); drop the draft and any typing not yet
 *   handed on, so it cannot overwrite the new value.
 */
export type DraftOutcome = "caught-up" | "keep" | "replaced";

export function draftOnValue(draft: string, lastHanded: string | null, value: string): DraftOutcome {
  if (value === draft) return "caught-up";
  if (value === lastHanded) return "keep";
  return "replaced";
}
