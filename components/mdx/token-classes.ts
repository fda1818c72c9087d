import { createHash } from "node:crypto";
import { cloneElement, isValidElement, type CSSProperties, type ReactNode } from "react";

/**
 * Shiki gives every token an inline style with both themes' colours (~50 bytes each), and the
 * page sends that markup twice (HTML and RSC payload). Swapping each distinct style for a short
 * class, defined once in a <style>, cuts a code-heavy lesson's HTML by several kilobytes.
 */
export function tokensToClasses(node: ReactNode): { node: ReactNode; css: string } {
  const rules = new Map<string, string>();
  const walk = (current: ReactNode): ReactNode => {
    if (Array.isArray(current)) return current.map(walk);
    if (!isValidElement<{ style?: CSSProperties; className?: string; children?: ReactNode }>(current)) return current;
    const { style, className, children } = current.props;
    const declarations = style ? toDeclarations(style) : "";
    if (!declarations) return children === undefined ? current : cloneElement(current, undefined, walk(children));
    const name = `t${createHash("sha256").update(declarations).digest("base64url").slice(0, 6).replace(/[-_]/g, "x")}`;
    rules.set(name, `.${name}{${declarations}}`);
    return cloneElement(
      current,
      { style: undefined, className: className ? `${className} ${name}` : name },
      walk(children),
    );
  };
  const result = walk(node);
  return { node: result, css: [...rules.keys()].sort().map((key) => rules.get(key)).join("") };
}

function toDeclarations(style: CSSProperties): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => `${key.startsWith("--") ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`)
    .join(";");
}
