import GithubSlugger from "github-slugger";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

// The parser @mdx-js/mdx runs on a lesson, so a "#" inside code is code here as on the page.
const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * The ids rehype-slug gives a lesson's headings, in document order: it slugs the text of every
 * heading with one github-slugger, so a repeated title gets `-1`, `-2`. Used to check that links
 * into a lesson (a quiz question's `section`) land on a heading that exists.
 */
export function headingIds(source: string): string[] {
  const tree = parser.parse(source) as Root;
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, "heading", (node: Heading) => {
    // Image alt text is not part of a heading's text in HTML, so rehype-slug does not see it either.
    ids.push(slugger.slug(toString(node, { includeImageAlt: false }).trim()));
  });
  return ids;
}
