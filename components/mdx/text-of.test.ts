import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { textOf } from "./text-of";

describe("textOf", () => {
  it("joins the text of nested elements in order, keeping newlines", () => {
    const tree = createElement(
      "code",
      null,
      createElement("span", { className: "line" }, createElement("span", null, "GET"), " /cart"),
      "\n",
      createElement("span", { className: "line" }, "Cookie: id=", 42),
    );
    expect(textOf(tree)).toBe("GET /cart\nCookie: id=42");
  });

  it("ignores empty values", () => {
    expect(textOf([null, undefined, false, true, "a"])).toBe("a");
  });
});
