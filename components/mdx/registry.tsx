import type { MDXComponents } from "mdx/types";
import { Term } from "@/components/glossary/term";
import { BrowserSupport } from "@/components/labs/cookie-based-sessions/browser-support";
import { Lab } from "@/components/labs/lab";
import { Callout } from "./callout";
import { CodeBlock, Pre } from "./code-block";
import { Diagram } from "./diagram";
import { H2, H3, H4 } from "./heading";
import { Intro, Recap, YouWillLearn } from "./lesson-frame";
import { LessonBody } from "./lesson-body";
import { A } from "./prose";
import { Sources } from "./sources";
import { Table } from "./table";

/**
 * The fixed vocabulary lessons may use. Add a component here before a lesson uses it.
 * Markdown elements that need behaviour (heading anchors, code blocks, site links) are mapped here too.
 */
export const lessonComponents: MDXComponents = {
  // Teaching components, used by name in MDX.
  Intro,
  YouWillLearn,
  Callout,
  Recap,
  Diagram,
  Sources,
  Table,
  CodeBlock,
  Term,
  Lab,
  BrowserSupport,
  // Markdown elements. Paragraphs, lists and inline code need no component: LessonBody styles them.
  wrapper: LessonBody,
  h2: H2,
  h3: H3,
  h4: H4,
  a: A,
  pre: Pre,
};
