import { createHash } from "node:crypto";
import { cloneElement, createElement, isValidElement, type CSSProperties, type ReactElement, type ReactNode } from "react";

/**
 * Shiki gives every token an inline style with both themes' colours (~50 bytes each), and the
 * page sends that markup twice (HTML and RSC payload). Swapping each distinct style for a short
 * class, defined once in a <style>, cuts a code-heavy lesson's HTML by several kilobytes.
 *
 * `base` is the <pre>'s own style: a token painted in exactly its colours needs no element at
 * all (`.shiki span` inherits them), so it becomes plain text, merged with its neighbours.
 */
export function tokensToClasses(node: ReactNode, base?: CSSProperties): { node: ReactNode; css: string } {
  const rules = new Map<string, string>();
  const baseColours = base ? colours(base) : "";
  const walk = (current: ReactNode): ReactNode => {
    if (Array.isArray(current)) return mergeText(current.flatMap((child: ReactNode) => walk(child)));
    if (!isValidElement<{ style?: CSSProperties; className?: string; children?: ReactNode }>(current)) return current;
    const { style, className, children, ...rest } = current.props;
    // Shiki wraps each line in <span class="line">; nothing styles it, and the "\n" between lines
    // already breaks them, so the wrapper is dropped.
    if (className === "line" && !style && Object.keys(rest).length === 0) return walk(children);
    const declarations = style ? toDeclarations(style) : "";
    if (!declarations) return children === undefined ? current : cloneElement(current, undefined, walk(children));
    if (baseColours && !className && Object.keys(rest).length === 0 && colours(style ?? {}) === baseColours && onlyColours(style ?? {})) {
      return walk(children);
    }
    // Three characters of a hash: a page has a couple of dozen token styles, and a clash fails the build.
    const name = `t${createHash("sha256").update(declarations).digest("base64url").slice(0, 3).replace(/[-_]/g, "x")}`;
    const rule = `.${name}{${declarations}}`;
    if ((rules.get(name) ?? rule) !== rule) throw new Error(`tokensToClasses: two token styles share the class ${name}; lengthen the hash`);
    rules.set(name, rule);
    // A new element rather than cloneElement(…, { style: undefined }): the RSC payload would spell
    // out `"style":"$undefined"` on every token.
    return createElement(
      current.type,
      { ...rest, ...(current.key === null ? {} : { key: current.key }), className: className ? `${className} ${name}` : name },
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

/** The foreground colours of both themes, normalised: Shiki writes the <pre>'s in lower case, tokens' in upper. */
function colours(style: CSSProperties): string {
  const vars = style as Record<string, unknown>;
  return `${String(vars["--shiki-light"] ?? "")}|${String(vars["--shiki-dark"] ?? "")}`.toLowerCase();
}

function onlyColours(style: CSSProperties): boolean {
  return Object.keys(style).every((key) => key === "--shiki-light" || key === "--shiki-dark");
}

/**
 * Adjacent strings as one (React would otherwise separate them with `<!-- -->` in the HTML), and
 * adjacent tokens of the same class as one token.
 */
function mergeText(children: ReactNode[]): ReactNode[] {
  const merged: ReactNode[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    const joined = typeof child === "string" && typeof last === "string" ? last + child : joinTokens(last, child);
    if (joined === undefined) merged.push(child);
    else merged[merged.length - 1] = joined;
  }
  return merged;
}

type TextToken = ReactElement<{ className: string; children: string }>;

const isTextToken = (n: ReactNode): n is TextToken =>
  isValidElement<Record<string, unknown>>(n) &&
  n.type === "span" &&
  typeof n.props.className === "string" &&
  typeof n.props.children === "string" &&
  Object.keys(n.props).length === 2;

/** Two tokens with only the same class and text, as one; otherwise undefined. */
function joinTokens(a: ReactNode, b: ReactNode): ReactNode {
  if (!isTextToken(a) || !isTextToken(b) || a.props.className !== b.props.className) return undefined;
  return cloneElement(a, undefined, a.props.children + b.props.children);
}
