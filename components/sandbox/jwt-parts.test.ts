import { describe, expect, it } from "vitest";
import { SignJWT } from "jose";
import { decodeJwt } from "./jwt-parts";

describe("decodeJwt", () => {
  it("reads header and claims of a real HS256 token without the secret", async () => {
    const token = await new SignJWT({ data: { colour: "blue" } })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject("ada")
      .setExpirationTime("2m")
      .sign(new TextEncoder().encode("x".repeat(32)));
    const decoded = decodeJwt(token);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.header).toEqual({ alg: "HS256", typ: "JWT" });
    expect(decoded.payload.sub).toBe("ada");
    expect(decoded.payload.data).toEqual({ colour: "blue" });
  });

  it("explains tokens it cannot read", () => {
    expect(decodeJwt("a.b")).toEqual({ ok: false, reason: 'A signed JWT has 3 parts separated by "."; this one has 2.' });
    expect(decodeJwt("a$b.c.d").ok).toBe(false);
    const notJson = decodeJwt(`${Buffer.from("hi").toString("base64url")}.e30.sig`);
    expect(notJson).toEqual({ ok: false, reason: "The header decodes to text that is not JSON." });
  });
});
