/**
 * Where a lesson's quiz lives. The quiz has its own page, not the end of the lesson: the App Router sends
 * every rendered word twice (markup and RSC payload), and twenty questions kept the Session lesson over
 * its 40 kB HTML budget (bench/FINDINGS.md, "The quiz on its own page").
 */
export const quizPath = (slug: string) => `/lessons/${encodeURIComponent(slug)}/quiz`;

/** Where a learner's saved quiz result is rendered on the server (app/lessons/[slug]/result/page.tsx). */
export const resultPath = (slug: string) => `/lessons/${encodeURIComponent(slug)}/result`;
