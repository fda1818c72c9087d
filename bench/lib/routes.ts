import { courseMap } from "../../content/course-map";
import type { RouteSpec } from "./page-weight";

/** A path no route matches, to weigh the 404 page. */
export const MISSING_PATH = "/this-page-does-not-exist";

/** The course's central term when the glossary has it, else its first entry. */
async function glossaryTerm(): Promise<string | null> {
  try {
    const { glossary } = (await import("../../content/glossary")) as { glossary?: { id: string }[] };
    return glossary?.find((t) => t.id === "session")?.id ?? glossary?.[0]?.id ?? null;
  } catch {
    return null;
  }
}

/** Every route the page-weight table covers, from the course map and the glossary data. */
export async function benchRoutes(): Promise<RouteSpec[]> {
  const term = await glossaryTerm();
  return [
    { label: "Baseline", path: "/baseline", kind: "baseline", expectStatus: 200 },
    { label: "Home", path: "/", kind: "home", expectStatus: 200 },
    ...courseMap.map((lesson) => ({
      label: `Lesson: ${lesson.shortTitle}`,
      path: `/lessons/${lesson.slug}`,
      kind: "lesson" as const,
      expectStatus: 200,
    })),
    // Each lesson's quiz has its own page, held to the lesson budgets (bench/lib/budget-rules.ts).
    ...courseMap.map((lesson) => ({
      label: `Quiz: ${lesson.shortTitle}`,
      path: `/lessons/${lesson.slug}/quiz`,
      kind: "quiz" as const,
      expectStatus: 200,
    })),
    { label: "Glossary", path: "/glossary", kind: "glossary", expectStatus: 200 },
    ...(term ? [{ label: `Term: ${term}`, path: `/glossary/${term}`, kind: "term" as const, expectStatus: 200 }] : []),
    { label: "Sandbox", path: "/sandbox", kind: "sandbox", expectStatus: 200 },
    { label: "404", path: MISSING_PATH, kind: "not-found", expectStatus: 404 },
  ];
}
