/** Renders quiz prose: text between `backticks` becomes inline code; nothing else is interpreted. */
export function InlineText({ text }: { text: string }) {
  return text.split("`").map((part, i) =>
    i % 2 === 1 ? (
      <code key={i} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] break-words dark:bg-slate-800">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
