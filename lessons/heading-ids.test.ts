import { describe, expect, it } from "vitest";
import { headingIds } from "./heading-ids";

describe("headingIds", () => {
  it("slugs headings the way rehype-slug does: lower case, punctuation dropped, underscores kept", () => {
    expect(headingIds("## The round trip: Set-Cookie, Cookie, lookup\n\n### nginx ip_hash: three octets\n")).toEqual([
      "the-round-trip-set-cookie-cookie-lookup",
      "nginx-ip_hash-three-octets",
    ]);
  });

  it("numbers repeated titles and ignores a # inside code", () => {
    expect(headingIds("## Try it\n\n```sh\n# not a heading\n```\n\n## Try it\n")).toEqual(["try-it", "try-it-1"]);
  });
});
