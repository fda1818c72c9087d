import { IntentLink } from "@/components/intent-link";
import type { ComponentPropsWithoutRef } from "react";

/**
 * Site links go through next/link (client-side navigation; prefetched on intent, see IntentLink). Other links stay plain
 * anchors; their look comes from prose.module.css, not from classes on each one.
 */
export function A({ href = "", ...props }: ComponentPropsWithoutRef<"a">) {
  if (href.startsWith("/")) return <IntentLink href={href} {...props} />;
  return <a href={href} {...props} />;
}
