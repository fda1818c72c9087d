import { z } from "zod";

/** One entry of the course: the single source of every lesson's title, order and slug. */
export const lessonMetaSchema = z.object({
  /** URL segment under /lessons/ and the key of the lesson's MDX, quiz and progress. */
  slug: z.string().regex(/^[a-z0-9-]+$/, "slug must be kebab-case"),
  /** Full title: the page's <h1> and <title>. */
  title: z.string().min(5),
  /** Short title for navigation and the lesson map. */
  shortTitle: z.string().min(2),
  /** One or two sentences: meta description and the lesson map's summary. */
  description: z.string().min(40).max(200),
  /** Honest reading time, quiz included. */
  minutes: z.number().int().positive(),
});

export type LessonMeta = z.infer<typeof lessonMetaSchema>;

const lessons: LessonMeta[] = [
  {
    slug: "session",
    title: "Session: keeping state across HTTP requests",
    shortTitle: "Session",
    description:
      "Why HTTP forgets you, how a cookie brings you back, where session state can live, and what it costs to keep it safe and to scale it.",
    minutes: 20,
  },
  {
    slug: "jwt-sessions",
    title: "JWT sessions: signed tokens, what they cost and how they break",
    shortTitle: "JWT sessions",
    description:
      "Inside a signed JWT, how to check one in the right order, where to keep it, how to end it early, and eight attacks with their fixes.",
    minutes: 22,
  },
];

export const courseMap = z
  .array(lessonMetaSchema)
  .min(1)
  .refine((all) => new Set(all.map((l) => l.slug)).size === all.length, "lesson slugs must be unique")
  .parse(lessons);

export function findLesson(slug: string): LessonMeta | undefined {
  return courseMap.find((lesson) => lesson.slug === slug);
}

/** The lessons before and after `slug` in course order, for prev/next links. */
export function neighbours(slug: string): { prev?: LessonMeta; next?: LessonMeta } {
  const index = courseMap.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) return {};
  return { prev: courseMap[index - 1], next: courseMap[index + 1] };
}
