import { cookies } from "next/headers";
import { getIronSession, type SessionOptions } from "iron-session";
import { z } from "zod";
import { checkPassword } from "./accounts";

const options: SessionOptions = {
  cookieName: "__Host-account", // the browser enforces Secure, Path=/ and no Domain
  password: process.env.SESSION_SECRET ?? "", // iron-session refuses fewer than 32 characters
  ttl: 8 * 60 * 60, // seconds, sealed into the cookie: an absolute timeout even for a copy
  cookieOptions: { httpOnly: true, secure: true, sameSite: "lax", path: "/" },
};
const getSession = async () => getIronSession<{ userId?: string }>(await cookies(), options);
const loginBody = z.object({ email: z.email(), password: z.string().min(1).max(1024) });

export async function POST(request: Request) {
  // A cross-site <form> cannot send JSON (no CORS preflight passes), so no CSRF here.
  if (!request.headers.get("content-type")?.startsWith("application/json")) return new Response(null, { status: 415 });
  const body = loginBody.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "email and password are required" }, { status: 400 });
  const user = await checkPassword(body.data.email, body.data.password);
  if (!user) return Response.json({ error: "wrong email or password" }, { status: 401 });
  const session = await getSession();
  session.userId = user.id; // save() seals afresh: nothing from a planted cookie survives
  await session.save();
  return Response.json({ userId: user.id }, { headers: { "Cache-Control": "no-store" } });
}

/** Clears this browser's cookie only: a copy of the seal stays valid until its ttl. */
export async function DELETE() {
  (await getSession()).destroy();
  return new Response(null, { status: 204 });
}
