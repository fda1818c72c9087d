import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** One searchable stretch of a lesson: a heading and the prose under it, up to the next heading of any depth. */
export type LessonSection = {
  /** The id rehype-slug gives the heading on the page, so a result can link straight to it. */
  id: string;
  title: string;
  depth: number;
  text: string;
};

// The parser @mdx-js/mdx runs (remark-parse with MDX syntax), so headings and their ids come out as on the page.
const parser = unified().use(remarkParse).use(remarkMdx);

// Imports, exports and `{expressions}` are code, not prose a learner would search for.
const NOT_PROSE = new Set(["mdxjsEsm", "mdxFlowExpression", "mdxTextExpression", "code", "html"]);

// Inside these, children are pieces of one run of text ("until ", `exp`, ", whatever"): joined with spaces, an excerpt
// read "until exp , whatever". Between blocks (list items, table cells, paragraphs in a component) a space is needed.
// JSX written on one line (<td>a</td><td>b</td>) is inline in MDX's tree, but these elements are blocks on the page.
const PHRASING = new Set(["paragraph", "heading", "emphasis", "strong", "delete", "link", "linkReference", "tableCell", "mdxJsxTextElement"]);
const BLOCK_TAGS = new Set(["br", "caption", "dd", "div", "dt", "li", "ol", "p", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"]);

function proseOf(node: RootContent): string {
  if (NOT_PROSE.has(node.type)) return "";
  if (!("children" in node)) return toString(node, { includeImageAlt: false });
  const children = node.children as RootContent[];
  if (!PHRASING.has(node.type)) return children.map(proseOf).join(" ");
  return children.map((child) => (child.type === "mdxJsxTextElement" && BLOCK_TAGS.has(child.name ?? "") ? ` ${proseOf(child)} ` : proseOf(child))).join("");
}

/**
 * Splits a lesson's MDX into sections by heading, with ids slugged the way rehype-slug does (one
 * github-slugger over every heading in document order). Text before the first heading is the lesson's intro,
 * returned under `introTitle` with the id "" (the top of the page).
 */
export function lessonSections(source: string, introTitle: string): LessonSection[] {
  const tree = parser.parse(source) as Root;
  const slugger = new GithubSlugger();
  const sections: LessonSection[] = [];
  let current: LessonSection = { id: "", title: introTitle, depth: 1, text: "" };
  const parts: string[] = [];

  const close = () => {
    current.text = parts.join(" ").replace(/\s+/g, " ").trim();
    if (current.text || current.id) sections.push(current);
    parts.length = 0;
  };

  for (const node of tree.children) {
    if (node.type === "heading") {
      close();
      const title = toString(node as Heading, { includeImageAlt: false }).trim();
      current = { id: slugger.slug(title), title, depth: (node as Heading).depth, text: "" };
    } else {
      parts.push(proseOf(node));
    }
  }
  close();
  return sections;
}
