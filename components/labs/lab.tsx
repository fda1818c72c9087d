import { labExamples } from "./lab-examples";
import { isLabId } from "./lab-registry";
import { LazyLab } from "./lazy-lab";

/**
 * A lesson's lab, as MDX writes it: `<Lab id="session-windows" title="session-window timeline" />`.
 * The worked example is rendered on the server from the lab's model; the interactive UI loads lazily.
 */
export function Lab({ id, title }: { id: string; title: string }) {
  const Example = isLabId(id) ? labExamples[id] : undefined;
  if (!Example) throw new Error(`<Lab id="${id}">: no such lab; register it in components/labs/lab-registry.ts`);
  if (!title?.trim()) throw new Error(`<Lab id="${id}"> needs a title="…" naming the lab`);
  return (
    // isolate: the lab paints as its own stacking context, like every other block of a lesson (prose.module.css).
    <section id={`lab-${id}`} aria-label={`Lab: ${title}`} className="isolate my-8 scroll-mt-20 rounded-lg border p-4">
      <LazyLab id={id} title={title}>
        <Example />
      </LazyLab>
    </section>
  );
}
