import "server-only";
import type { SessionOptions } from "iron-session";

/** What the sealed cookie carries. Keep it small: it travels with every request. */
export type AccountSession = {
  userId: string;
  /** When the user logged in (ms since 1970): the absolute timeout counts from here. */
  loggedInAt: number;
};

const password = process.env.SESSION_SECRET;
if (!password || password.length < 32) {
  throw new Error("SESSION_SECRET must hold at least 32 random characters");
}

export const sessionOptions: SessionOptions = {
  // __Host-: the browser insists on Secure, Path=/ and no Domain for this name.
  cookieName: "__Host-account",
  // To rotate, pass { 1: oldSecret, 2: newSecret }: the highest id seals, every id unseals.
  password,
  // Seconds. The expiry is sealed inside the cookie, so a copied cookie dies then too.
  ttl: 8 * 60 * 60,
  cookieOptions: { httpOnly: true, secure: true, sameSite: "lax", path: "/" },
};
