import { courseMap } from "../../content/course-map";
import { expect, test } from "./fixtures";

/**
 * Lesson blocks are `content-visibility: auto` (components/mdx/prose.module.css), which contains their layout
 * whenever they are not showing a glossary preview. A block whose height depended on that containment (a child's
 * margin collapsing through it only when it is not contained) would jump as a preview opens and closes: on a
 * touch screen the first tap on a term then moved the term before its click landed, so the preview never
 * opened. Every block must measure the same contained or not.
 */
for (const lesson of courseMap) {
  test(`lesson ${lesson.slug}: every block has the same height with and without layout containment @responsive`, async ({ page }) => {
    await page.goto(`/lessons/${lesson.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const changed = await page.getByRole("main").evaluate((main) => {
      // The lesson's body is the parent of its skippable paragraphs.
      const body = [...main.querySelectorAll("p")].find((p) => getComputedStyle(p).contentVisibility === "auto")?.parentElement;
      if (!body) return ["no paragraph of the lesson is content-visibility: auto"];
      const blocks = [...body.children] as HTMLElement[];
      const heights = (contain: string) =>
        blocks.map((block) => {
          // Without the transition that keeps a block contained for 200 ms after its preview closes.
          block.style.transition = "none";
          block.style.contentVisibility = "visible";
          block.style.contain = contain;
          return block.getBoundingClientRect().height;
        });
      const free = heights("none");
      const contained = heights("layout");
      for (const block of blocks) block.style.cssText = "";
      return blocks.flatMap((block, i) => (Math.abs(free[i]! - contained[i]!) > 0.5 ? [`<${block.tagName.toLowerCase()}> #${i}: ${free[i]} vs ${contained[i]} px`] : []));
    });
    expect(changed).toEqual([]);
  });
}
