import { courseMap } from "../../content/course-map";
import { glossary } from "../../content/glossary";
import { quizzes } from "../../content/quizzes";

/** Every page a learner can reach, derived from the same data the site is built from. */
export const pages = [
  { name: "home", path: "/" },
  ...courseMap.map((lesson) => ({ name: `lesson ${lesson.slug}`, path: `/lessons/${lesson.slug}` })),
  // Each lesson's quiz has a page of its own.
  ...courseMap.filter((lesson) => quizzes[lesson.slug]).map((lesson) => ({ name: `quiz ${lesson.slug}`, path: `/lessons/${lesson.slug}/quiz` })),
  { name: "glossary", path: "/glossary" },
  ...glossary.map((term) => ({ name: `glossary term ${term.id}`, path: `/glossary/${term.id}` })),
  { name: "sandbox", path: "/sandbox" },
  { name: "search", path: "/search?q=session" },
  { name: "404", path: "/this-page-does-not-exist" },
];
