import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/** One `<Term id>` in a lesson, with the section it sits in (the nearest heading above it). */
export type TermUsage = {
  id: string;
  /** The heading id rehype-slug gives that section, or undefined before the first heading. */
  sectionId?: string;
  sectionTitle?: string;
};

// The same parser @mdx-js/mdx runs on a lesson (remark-parse with the MDX syntax extensions), so a
// `<Term>` inside code, fenced or inline, is text here exactly as it is on the page.
const parser = unified().use(remarkParse).use(remarkMdx);

/** The id attribute: id="x", id='x' or id={"x"}; null when the tag has none. */
function termId(node: MdxJsxFlowElement | MdxJsxTextElement): string | null {
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute" || attribute.name !== "id") continue;
    if (typeof attribute.value === "string") return attribute.value;
    // An expression: only a string literal is a fixed id; anything else is reported as written.
    const literal = /^\s*(["'`])(.*)\1\s*$/s.exec(attribute.value?.value ?? "");
    return literal ? literal[2]! : (attribute.value?.value ?? "");
  }
  return null;
}

/**
 * Finds every `<Term id>` in one MDX source by walking its syntax tree. Section ids follow rehype-slug,
 * which slugs the text of every heading in document order with one github-slugger.
 */
export function findTermUsages(source: string): TermUsage[] {
  const tree = parser.parse(source) as Root;
  const slugger = new GithubSlugger();
  const usages: TermUsage[] = [];
  let section: { id: string; title: string } | undefined;

  visit(tree, (node) => {
    if (node.type === "heading") {
      // Image alt text is not part of a heading's text in HTML, so rehype-slug does not see it either.
      const title = toString(node as Heading, { includeImageAlt: false }).trim();
      section = { id: slugger.slug(title), title };
    } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name === "Term") {
      // A Term without an id links nowhere: keep it as "" so the glossary check reports it.
      usages.push({ id: termId(node) ?? "", sectionId: section?.id, sectionTitle: section?.title });
    }
  });
  return usages;
}
