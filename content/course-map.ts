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
  /** Slugs of earlier lessons this one builds on; each must come before it in the course. */
  prerequisites: z.array(z.string()).default([]),
});

export type LessonMeta = z.infer<typeof lessonMetaSchema>;

const lessons: z.input<typeof lessonMetaSchema>[] = [
  {
    slug: "session",
    title: "Session: keeping state across HTTP requests",
    shortTitle: "Session",
    description:
      "Why HTTP forgets you, how a cookie brings you back, where session state can live, and what it costs to keep it safe and to scale it.",
    minutes: 24,
  },
  {
    slug: "cookie-based-sessions",
    title: "Cookie-based sessions: state in the cookie, and what the browser does with it",
    shortTitle: "Cookie-based sessions",
    description:
      "Signed and encrypted session cookies, and the browser's side: how a Set-Cookie line is parsed, stored and sent, checked against real Chromium.",
    minutes: 14,
    prerequisites: ["session"],
  },
  {
    slug: "jwt-sessions",
    title: "JWT sessions: signed tokens, what they cost and how they break",
    shortTitle: "JWT sessions",
    description:
      "Inside a signed JWT, how to check one in the right order, where to keep it, how to end it early, and eight attacks with their fixes.",
    minutes: 19,
    prerequisites: ["session", "cookie-based-sessions"],
  },
  {
    slug: "session-affinity",
    title: "Session affinity: sticky load balancing, checked against nginx and HAProxy",
    shortTitle: "Session affinity",
    description:
      "How nginx, HAProxy, AWS and Kubernetes keep a user on one server, by address hash or by cookie, and what each way costs when servers die or join.",
    minutes: 17,
    prerequisites: ["session"],
  },
  {
    slug: "session-windows",
    title: "Session windows: activity sessions in Kafka Streams, Flink and Beam",
    shortTitle: "Session windows",
    description:
      "A session as a burst of activity ended by a pause: event time, watermarks and lateness, and where Kafka Streams, Flink and Beam draw the edges differently.",
    minutes: 18,
    prerequisites: ["session"],
  },
  {
    slug: "monotonic-reads",
    title: "Monotonic reads: session guarantees over lagging replicas",
    shortTitle: "Monotonic reads",
    description:
      "Why a replicated database can show one user a write, then hide it; the four session guarantees; and how to keep them with a version token in the session.",
    minutes: 17,
    prerequisites: ["session"],
  },
];

export const courseMap = z
  .array(lessonMetaSchema)
  .min(1)
  .refine((all) => new Set(all.map((l) => l.slug)).size === all.length, "lesson slugs must be unique")
  .refine(
    (all) => all.every((lesson, index) => lesson.prerequisites.every((slug) => all.slice(0, index).some((earlier) => earlier.slug === slug))),
    "a lesson's prerequisites must be lessons that come before it in the course",
  )
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

/** A lesson's prerequisites, as course-map entries, in course order. */
export function prerequisitesOf(lesson: LessonMeta): LessonMeta[] {
  return courseMap.filter((other) => lesson.prerequisites.includes(other.slug));
}
