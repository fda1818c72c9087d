import Link from "next/link";
import type { ComponentPropsWithoutRef } from "react";

/**
 * Site links go through next/link (prefetch, client-side navigation). Other links stay plain
 * anchors; their look comes from prose.module.css, not from classes on each one.
 */
export function A({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <Link href={href} {...props} />;
  return <a href={href} {...props} />;
}
