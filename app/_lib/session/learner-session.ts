import "server-only";
import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { learnerCookieOptions, type LearnerSession } from "./learner-cookie";

/** The learner's sealed progress cookie. Saving works only in route handlers and server actions. */
export async function getLearnerSession() {
  return getIronSession<LearnerSession>(await cookies(), learnerCookieOptions());
}
