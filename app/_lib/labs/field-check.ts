/** What a lab's number field makes of the text typed into it: a value to commit, or the message to show at the field. */
export type FieldCheck = { ok: true; value: number } | { ok: false; message: string };

/** A whole number from `min` to `max`, digits only (no sign, exponent or decimal point). */
export function checkWholeNumber(text: string, min: number, max: number): FieldCheck {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || n < min || n > max) return { ok: false, message: `A whole number from ${min} to ${max.toLocaleString("en-US")}.` };
  return { ok: true, value: n };
}
