/** A GitHub-flavoured Markdown table; cells are escaped so a `|` in a value cannot break it. */
export function markdownTable(headers: string[], rows: (string | number)[][], align: ("l" | "r")[] = []): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const rule = headers.map((_, i) => (align[i] === "r" ? "---:" : "---"));
  return [headers, rule, ...rows.map((r) => r.map(cell))].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
