import { cookies } from "next/headers";
import { getIronSession, type SessionOptions } from "iron-session";
import { z } from "zod";
import { checkPassword } from "./accounts";

const options: SessionOptions = {
  cookieName: "__Host-account", // the browser enforces Secure, Path=/, no Domain
  password: process.env.SESSION_SECRET ?? "", // iron-session wants ≥ 32 chars
  ttl: 8 * 60 * 60, // seconds, sealed in: an absolute timeout, even for a copy
  cookieOptions: { httpOnly: true, secure: true, sameSite: "lax", path: "/" },
};
type Data = { userId?: string };
const getSession = async () => getIronSession<Data>(await cookies(), options);
const loginBody = z.object({ email: z.email(), password: z.string().max(1024) });
const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request) {
  // A cross-site <form> cannot send JSON, and no CORS preflight passes: no CSRF.
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "send JSON" }, { status: 415 });
  }
  const body = loginBody.safeParse(await request.json().catch(() => null));
  if (!body.success) {
    return Response.json({ error: "email and password needed" }, { status: 400 });
  }
  const user = await checkPassword(body.data.email, body.data.password);
  if (!user) {
    return Response.json({ error: "wrong email or password" }, { status: 401 });
  }

  const session = await getSession();
  session.userId = user.id; // save() issues a new seal; a planted one stays anonymous
  await session.save();
  return Response.json({ userId: user.id }, { headers: noStore });
}

/** Clears this browser's cookie only: a copy of the seal lives until its ttl. */
export async function DELETE() {
  (await getSession()).destroy();
  return new Response(null, { status: 204, headers: noStore });
}
