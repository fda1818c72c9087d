import { describe, expect, it } from "vitest";
import { formActionLabel, parseFormAction } from "./form-action";

const form = (fields: Record<string, string>) => parseFormAction(new URLSearchParams(fields));

describe("parseFormAction", () => {
  it("reads a login, trimming the name as the JSON endpoint does", () => {
    expect(form({ kind: "server", action: "login", name: "  Ada " })).toEqual({ ok: true, form: { kind: "server", action: "login", name: "Ada" } });
  });

  it("reads a put, and ignores the fields of other buttons in the same form", () => {
    expect(form({ kind: "jwt", action: "put", key: "theme", value: "dark", name: "x" })).toEqual({
      ok: true,
      form: { kind: "jwt", action: "put", key: "theme", value: "dark" },
    });
  });

  it("refuses a bad field with the same 422 and field name as the JSON endpoint, in the kind's tab", () => {
    const parsed = form({ kind: "sealed", action: "put", key: "1bad", value: "x" });
    expect(parsed).toMatchObject({ ok: false, kind: "sealed", action: "put", status: 422, body: { field: "key" } });
  });

  it("refuses an unknown kind or action without guessing a tab", () => {
    expect(form({ kind: "cookie", action: "login" })).toMatchObject({ ok: false, kind: null, status: 422 });
    expect(form({ kind: "jwt", action: "drop" })).toMatchObject({ ok: false, kind: "jwt", action: null, status: 422 });
  });

  it("labels actions as the scripted page does", () => {
    expect(formActionLabel("remove", "theme")).toBe("Remove “theme”");
    expect(formActionLabel("logout")).toBe("Log out");
  });
});
