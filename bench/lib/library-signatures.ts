/**
 * Strings that survive minification in Mermaid's and Shiki's code (error names, option keys,
 * diagram type ids). One hit could be prose or a coincidence; two distinct ones are the library.
 */
export const LIBRARY_SIGNATURES = {
  mermaid: ["mermaidAPI", "securityLevel", "flowchart-v2", "sequenceDiagram", "stateDiagram"],
  shiki: ["ShikiError", "codeToHast", "colorReplacements", "tokenizeLine", "injectionSelector"],
} as const;

export type LibraryName = keyof typeof LIBRARY_SIGNATURES;

export const MIN_DISTINCT_SIGNATURES = 2;

export type LibraryHit = { library: LibraryName; files: string[]; signatures: string[] };

/**
 * Which build-time-only libraries a page's JavaScript contains. Signatures are counted across
 * all its files together, because a bundler may split one library over several chunks.
 */
export function findBuildTimeLibraries(files: { url: string; body: string }[]): LibraryHit[] {
  const hits: LibraryHit[] = [];
  for (const [library, signatures] of Object.entries(LIBRARY_SIGNATURES) as [LibraryName, readonly string[]][]) {
    const found = new Set<string>();
    const where = new Set<string>();
    for (const file of files) {
      for (const signature of signatures) {
        if (file.body.includes(signature)) {
          found.add(signature);
          where.add(file.url);
        }
      }
    }
    if (found.size >= MIN_DISTINCT_SIGNATURES) hits.push({ library, files: [...where], signatures: [...found] });
  }
  return hits;
}

/**
 * Chunk paths a loaded script can fetch later (dynamic import): Turbopack and webpack runtimes
 * name them as "static/chunks/…js" strings. Searching those too catches a lazily loaded library.
 */
export function referencedChunks(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(/["'`]((?:\/_next\/)?static\/chunks\/[A-Za-z0-9_\-./[\]%~]+?\.js)["'`]/g)) {
    const path = match[1];
    if (path) found.add(path.startsWith("/_next/") ? path : `/_next/${path}`);
  }
  return [...found];
}
