import { readFileSync } from "node:fs";
import type { ReactNode } from "react";
import { startsInTheMiddle } from "./diagram-start";
import manifestJson from "@/public/diagrams/manifest.json";
import { diagramManifestSchema } from "@/lessons/diagram-manifest";
import { ScrollHint } from "./scroll-hint";
import styles from "./diagram.module.css";

// Parsed once per server process; a malformed manifest fails the build, not a reader's page.
const manifest = diagramManifestSchema.parse(manifestJson);

// Below this width labels would shrink under ~11 px, so narrow screens scroll sideways instead.
const MIN_READABLE_WIDTH = 560;

type Props = {
  /** "<lesson>/<name>", the Mermaid source lessons/<lesson>/diagrams/<name>.mmd */
  name: string;
  /** The caption: one sentence on what to notice. */
  children: ReactNode;
};

/**
 * A diagram rendered at build time (npm run diagrams): two <img>, light and dark, one hidden per
 * theme. No Mermaid and no inline SVG reach the page; the alt text is the source's accTitle and accDescr.
 */
export function Diagram({ name, children }: Props) {
  const entry = manifest.diagrams[name];
  if (!entry) throw new Error(`<Diagram name="${name}">: no rendered diagram by that name; add the .mmd and run npm run diagrams`);
  if (!children) throw new Error(`<Diagram name="${name}"> needs a caption as its children`);
  const alt = `${entry.title}. ${entry.description}`;
  const minWidth = (width: number) => Math.min(width, MIN_READABLE_WIDTH);
  // Read at build time (lessons are static); use-diagram-start.ts acts on the mark.
  const middle = entry.light.width > MIN_READABLE_WIDTH && startsInTheMiddle(readFileSync(entry.source, "utf8"));
  return (
    <figure className={styles.figure}>
      <div
        tabIndex={0}
        role="group"
        aria-label={`Diagram: ${entry.title}`}
        className={styles.frame}
        {...(middle ? { "data-start": "middle" } : {})}
      >
        {/* Both lazy: an eager <img> makes React preload it in <head>, and five diagram
            preloads would compete with the page's first paint. CSS shows one per theme. */}
        {(["light", "dark"] as const).map((scheme) => (
          // A static SVG from public/ at its own size: next/image would add nothing (SVGs are not resized).
          // eslint-disable-next-line @next/next/no-img-element
          <img
            key={scheme}
            src={entry[scheme].src}
            alt={alt}
            width={entry[scheme].width}
            height={entry[scheme].height}
            loading="lazy"
            decoding="async"
            className={styles[scheme]}
            style={{ maxWidth: entry[scheme].width, minWidth: minWidth(entry[scheme].width) }}
          />
        ))}
      </div>
      <figcaption className={styles.caption}>
        <span>
          {children}
          {/* Narrow screens show the diagram at a readable size inside a sideways scroller. */}
          {entry.light.width > MIN_READABLE_WIDTH ? <ScrollHint /> : null}
        </span>
        <a href={entry.light.src} className={styles.lightLink}>
          Open full size
        </a>
        <a href={entry.dark.src} className={styles.darkLink}>
          Open full size
        </a>
      </figcaption>
    </figure>
  );
}
