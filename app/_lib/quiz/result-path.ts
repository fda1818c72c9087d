/** Where a learner's saved quiz result is rendered on the server (app/lessons/[slug]/result/page.tsx). */
export const resultPath = (slug: string) => `/lessons/${encodeURIComponent(slug)}/result`;
