import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import manifest from "@/public/diagrams/manifest.json";
import { Diagram } from "./diagram";
import styles from "./diagram.module.css";

describe("Diagram", () => {
  const entry = manifest.diagrams["session/login-sequence"];

  it("shows the light and dark SVG as sized images whose alt text is the full description", () => {
    const html = renderToStaticMarkup(createElement(Diagram, { name: "session/login-sequence", children: "The caption." }));
    const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(2);
    const [light, dark] = images;
    expect(light).toContain(`src="${entry.light.src}"`);
    expect(light).toContain(`width="${entry.light.width}" height="${entry.light.height}"`);
    // Which one shows is up to the theme's CSS (e2e checks it in both themes).
    expect(light).toContain(`class="${styles.light}"`);
    expect(dark).toContain(`src="${entry.dark.src}"`);
    for (const img of images) expect(img).toContain('loading="lazy"');
    expect(dark).toContain(`class="${styles.dark}"`);
    expect(styles.light).not.toBe(styles.dark);
    for (const img of images) expect(img).toContain(`alt="${entry.title}. ${entry.description.replace(/'/g, "&#x27;")}"`);
    expect(html).toContain("<figcaption");
    expect(html).toContain("The caption.");
    // The SVG is referenced, never inlined.
    expect(html).not.toContain("<svg");
  });

  it("refuses an unknown diagram and a missing caption", () => {
    expect(() => renderToStaticMarkup(createElement(Diagram, { name: "session/nope", children: "x" }))).toThrow(
      /<Diagram name="session\/nope">: no rendered diagram/,
    );
    expect(() => renderToStaticMarkup(createElement(Diagram, { name: "session/login-sequence", children: null }))).toThrow(
      /needs a caption/,
    );
  });
});
