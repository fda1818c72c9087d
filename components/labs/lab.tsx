import type { ComponentType } from "react";
import { labExamples } from "./lab-examples";
import { isLabId } from "./lab-registry";
import { LazyLab } from "./lazy-lab";

/**
 * A lesson's lab, as MDX writes it: `<Lab id="session-windows" title="session-window timeline" />`.
 * The worked example is rendered on the server from the lab's model; the interactive UI loads lazily.
 */
export function Lab({ id, title }: { id: string; title: string }) {
  if (!isLabId(id)) throw new Error(`<Lab id="${id}">: no such lab; register it in components/labs/lab-registry.ts`);
  if (!title?.trim()) throw new Error(`<Lab id="${id}"> needs a title="…" naming the lab`);
  // Typed explicitly: while no lab is registered, LabId is `never` and so is a plain lookup.
  const Example = labExamples[id] as ComponentType;
  return (
    <section id={`lab-${id}`} aria-label={`Lab: ${title}`} className="my-8 scroll-mt-20 rounded-lg border p-4">
      <LazyLab id={id} title={title}>
        <Example />
      </LazyLab>
    </section>
  );
}
