import { describe, expect, it } from "vitest";
import { sign, verify, type Keys } from "./signed-cookie";

const k1 = { id: "k1", secret: "a-32-byte-random-secret-number-1" };
const k2 = { id: "k2", secret: "a-32-byte-random-secret-number-2" };

describe("the lesson's signed cookie", () => {
  it("verifies its own cookie and refuses a changed one", () => {
    const cookie = sign({ user: 42 }, [k1]);
    expect(verify(cookie, [k1])).toEqual({ user: 42 });
    const forged = `${Buffer.from('{"user":1}').toString("base64url")}.${cookie.split(".").slice(1).join(".")}`;
    expect(verify(forged, [k1])).toBeNull();
  });
  it("keeps old cookies valid during key rotation, and drops them once the old key is removed", () => {
    const old = sign({ user: 42 }, [k1]);
    const rotated: Keys = [k2, k1];
    expect(verify(old, rotated)).toEqual({ user: 42 });
    expect(sign({ user: 42 }, rotated).split(".")[1]).toBe("k2");
    expect(verify(old, [k2])).toBeNull();
  });
  it("is readable without any key: signing is not encryption", () => {
    const payload = sign({ role: "admin" }, [k1]).split(".")[0]!;
    expect(Buffer.from(payload, "base64url").toString()).toContain("admin");
  });
  it("a copy still verifies after logout: replay needs server-side state to stop", () => {
    const stolen = sign({ user: 42 }, [k1]);
    expect(verify(stolen, [k1])).toEqual({ user: 42 });
  });
});
