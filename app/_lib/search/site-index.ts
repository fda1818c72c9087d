import type MiniSearch from "minisearch";
import { buildIndex, type SearchDocument } from "./engine";
import { searchDocuments } from "./documents";

let cached: ReturnType<typeof buildIndex> | undefined;

/** The site's search index, built once per process from the lessons, glossary and quizzes. */
export function siteIndex(): MiniSearch<SearchDocument & { excerpt: string }> {
  cached ??= buildIndex(searchDocuments());
  return cached;
}
