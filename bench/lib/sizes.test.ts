import { describe, expect, it } from "vitest";
import { signedKB, sizeOf } from "./sizes";

describe("sizes", () => {
  it("weighs text as UTF-8 bytes and gzips it for real", () => {
    const size = sizeOf("é".repeat(1000));
    expect(size.raw).toBe(2000);
    expect(size.gzip).toBeLessThan(100);
    expect(sizeOf("").gzip).toBe(0);
  });

  it("signs differences and never prints -0.0", () => {
    expect(signedKB(5_200)).toBe("+5.2");
    expect(signedKB(-1_500)).toBe("-1.5");
    expect(signedKB(-30)).toBe("0.0");
    expect(signedKB(0)).toBe("0.0");
  });
});
