import GithubSlugger from "github-slugger";

/** One `<Term id>` in a lesson, with the section it sits in (the nearest heading above it). */
export type TermUsage = {
  id: string;
  /** The heading id rehype-slug gives that section, or undefined before the first heading. */
  sectionId?: string;
  sectionTitle?: string;
};

const fence = /^\s*(```|~~~)/;
const heading = /^(#{2,6})\s+(.+?)\s*#*\s*$/;
// id="x", id='x' or id={"x"}: the forms an author can write in MDX.
const termTag = /<Term\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

/** Heading text as rehype-slug sees it: inline markdown stripped down to its words. */
function headingText(markdown: string): string {
  return markdown
    .replace(/`([^`]*)`/g, "$1")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__|\*|_)(.+?)\1/g, "$2")
    .trim();
}

/**
 * Finds every `<Term id>` in one MDX source, skipping fenced code (where a `<Term>` is an example,
 * not a link). Section ids follow rehype-slug, which slugs every heading of the file in order.
 */
export function findTermUsages(source: string): TermUsage[] {
  const slugger = new GithubSlugger();
  const usages: TermUsage[] = [];
  let inFence: string | undefined;
  let section: { id: string; title: string } | undefined;

  for (const line of source.split("\n")) {
    const fenceMatch = fence.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (!inFence) inFence = marker;
      else if (marker === inFence) inFence = undefined;
      continue;
    }
    if (inFence) continue;

    const headingMatch = heading.exec(line);
    if (headingMatch?.[2]) {
      const title = headingText(headingMatch[2]);
      section = { id: slugger.slug(title), title };
    }
    // Inline code may show `<Term id="x">` as an example; it is not a link.
    const prose = line.replace(/`[^`]*`/g, "");
    for (const match of prose.matchAll(termTag)) {
      const id = match[1] ?? match[2] ?? match[3] ?? "";
      usages.push({ id, sectionId: section?.id, sectionTitle: section?.title });
    }
  }
  return usages;
}
