import { isValidElement, type ReactNode } from "react";

/**
 * The plain text of a rendered React tree: what a reader would select and copy.
 * Runs on the server, so client components receive a string instead of re-walking the tree.
 */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}
