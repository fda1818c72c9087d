import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { courseMap, type LessonMeta } from "@/content/course-map";
import { findTermUsages, type TermUsage } from "./term-usage";

export type LessonTermFile = {
  /** Path from the repository root, for error messages. */
  file: string;
  /** The lesson folder's name: lessons/<slug>/… */
  slug: string;
  usages: TermUsage[];
};

/** Where a term is used: each lesson once, with the sections (in order, without repeats). */
export type LessonUse = { lesson: LessonMeta; sections: { id: string; title: string }[] };

const lessonsDir = path.join(process.cwd(), "lessons");

/** Reads every lessons/**\/*.mdx and lists its Term tags. Runs at build time, on the server. */
export function scanLessonFiles(root = lessonsDir): LessonTermFile[] {
  // Read at build time only (the pages are static): keep the tracer from bundling the whole repo.
  const files = readdirSync(/*turbopackIgnore: true*/ root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort();
  return files.map((name) => {
    const file = path.join(/*turbopackIgnore: true*/ root, name);
    const relative = path.relative(process.cwd(), file);
    let usages: TermUsage[];
    try {
      usages = findTermUsages(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
    } catch (error) {
      throw new Error(`${relative} is not valid MDX: ${(error as Error).message}`, { cause: error });
    }
    return { file: relative, slug: name.split(path.sep)[0] ?? "", usages };
  });
}

/**
 * term id → the course-map lessons that link it, in course order. Derived from the lessons
 * themselves so "Used in" can never drift from what the lessons actually say.
 */
export function termUsageIndex(files = scanLessonFiles()): Map<string, LessonUse[]> {
  const index = new Map<string, LessonUse[]>();
  for (const lesson of courseMap) {
    for (const { usages } of files.filter((f) => f.slug === lesson.slug)) {
      for (const usage of usages) {
        const uses = index.get(usage.id) ?? [];
        let use = uses.find((u) => u.lesson.slug === lesson.slug);
        if (!use) {
          use = { lesson, sections: [] };
          uses.push(use);
          index.set(usage.id, uses);
        }
        if (usage.sectionId && usage.sectionTitle && !use.sections.some((s) => s.id === usage.sectionId)) {
          use.sections.push({ id: usage.sectionId, title: usage.sectionTitle });
        }
      }
    }
  }
  return index;
}
