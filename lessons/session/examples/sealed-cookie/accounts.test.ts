import { describe, expect, it } from "vitest";
import { addAccount, checkPassword } from "./accounts";

describe("checkPassword", () => {
  it("accepts the right password, case-insensitive email, and nothing else", async () => {
    await addAccount("u_42", "Ada@Example.com", "correct horse battery staple");
    expect(await checkPassword("ada@example.com", "correct horse battery staple")).toEqual({ id: "u_42" });
    expect(await checkPassword("ada@example.com", "correct horse battery stapl")).toBeUndefined();
    expect(await checkPassword("nobody@example.com", "correct horse battery staple")).toBeUndefined();
  });
});
