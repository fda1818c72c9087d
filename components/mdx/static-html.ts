import { isValidElement, type ReactNode } from "react";

/**
 * The HTML of a tree of plain elements (tag, className, children), such as a highlighted code
 * block. Rendered through dangerouslySetInnerHTML, a code block travels in the RSC payload as one
 * string instead of a JSON element per token, which makes the payload's copy of it a third smaller.
 * Anything but plain elements and text throws: this is not a general renderer.
 */
export function staticHtml(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(staticHtml).join("");
  if (isValidElement<{ className?: string; children?: ReactNode }>(node) && typeof node.type === "string") {
    const { className, children, ...rest } = node.props;
    const extra = Object.keys(rest);
    if (!/^[a-z][a-z0-9]*$/.test(node.type) || extra.length > 0) {
      throw new Error(`staticHtml: <${node.type}> with ${extra.join(", ")} is more than a plain element`);
    }
    const attribute = className ? ` class="${escapeHtml(className)}"` : "";
    return `<${node.type}${attribute}>${staticHtml(children)}</${node.type}>`;
  }
  throw new Error("staticHtml: only plain elements and text can be rendered to a string");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
