import { fixedKindReadRoute } from "@/app/_lib/sandbox/http/route-kit";
import { readSession } from "@/app/_lib/sandbox/http/read-session";

/** Read the jwt session: a static route, so the hottest sandbox request skips dynamic matching. */
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = fixedKindReadRoute("jwt", readSession);
