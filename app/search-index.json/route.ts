import { serializeBrowserIndex } from "@/app/_lib/search/engine";
import { siteIndex } from "@/app/_lib/search/site-index";

// Built once at `next build` and served as a static file: the browser fetches it only when search opens.
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(serializeBrowserIndex(siteIndex()), {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
