import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug");

/** One glossary entry. Prose fields may mark `inline code` with backticks; nothing else is parsed. */
export const glossaryTermSchema = z.object({
  /** URL segment under /glossary/ and the value of `<Term id="…">` in lessons. Never rename: links break. */
  id: slug,
  /** The term as a heading, e.g. "Sticky sessions". */
  title: z.string().min(2).max(60),
  /** Other names readers meet, e.g. "session affinity". Shown on the term page and the index. */
  aliases: z.array(z.string().min(2)).default([]),
  /** One sentence: the preview, the index entry and the meta description. */
  definition: z
    .string()
    .min(30)
    .max(180)
    .refine((s) => !s.includes("\n"), "definition must be one line"),
  /** A few short paragraphs, in order. */
  explanation: z.array(z.string().min(40)).min(1).max(6),
  /** Ids of other terms; each must exist (checked across the whole glossary). */
  related: z.array(slug).default([]),
  /** Primary sources the explanation rests on. */
  sources: z
    .array(z.object({ label: z.string().min(3), href: z.url({ protocol: /^https$/ }) }))
    .min(1),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * Validates the whole glossary and returns it sorted by title. Throws one error listing every
 * problem, each naming `file` and the term id, so a bad entry stops the build with a clear message.
 */
export function parseGlossary(file: string, input: unknown[]): GlossaryTerm[] {
  const problems: string[] = [];
  const terms: GlossaryTerm[] = [];
  input.forEach((raw, index) => {
    const id = typeof raw === "object" && raw !== null && "id" in raw ? String(raw.id) : `#${index}`;
    const parsed = glossaryTermSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${file}: term "${id}": ${issue.path.join(".") || "(entry)"}: ${issue.message}`);
      }
    } else {
      terms.push(parsed.data);
    }
  });

  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.has(term.id)) problems.push(`${file}: term "${term.id}": duplicate id`);
    ids.add(term.id);
  }
  for (const term of terms) {
    for (const other of term.related) {
      if (other === term.id) problems.push(`${file}: term "${term.id}": related lists itself`);
      else if (!ids.has(other)) problems.push(`${file}: term "${term.id}": related term "${other}" does not exist`);
    }
  }

  if (problems.length > 0) throw new Error(`Invalid glossary:\n${problems.join("\n")}`);
  return terms.sort((a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }));
}
