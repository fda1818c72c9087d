import { cookies } from "next/headers";
import { getIronSession } from "iron-session";
import { z } from "zod";
import { checkPassword } from "./accounts";
import { sessionOptions, type AccountSession } from "./session-options";

const loginBody = z.object({ email: z.email(), password: z.string().min(1).max(1024) });
// Responses that reveal a session must never sit in a shared cache.
const noStore = { "Cache-Control": "no-store" };

/** Log in: check the password, then write a brand-new seal. */
export async function POST(request: Request) {
  // A cross-site <form> cannot send application/json without a CORS preflight, which we never allow.
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "send application/json" }, { status: 415 });
  }
  const body = loginBody.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "email and password are required" }, { status: 400 });
  const user = await checkPassword(body.data.email, body.data.password);
  if (!user) return Response.json({ error: "wrong email or password" }, { status: 401 });

  const session = await getIronSession<AccountSession>(await cookies(), sessionOptions);
  // No ID to regenerate: save() seals with a fresh random salt and IV, so the new cookie shares
  // nothing with any cookie planted before login. Set every field so no old data carries over.
  session.userId = user.id;
  session.loggedInAt = Date.now();
  await session.save();
  return Response.json({ userId: user.id }, { headers: noStore });
}

/** Who is logged in? A tampered, expired or foreign seal reads as an empty session. */
export async function GET() {
  const session = await getIronSession<AccountSession>(await cookies(), sessionOptions);
  if (!session.userId) return Response.json({ loggedIn: false }, { status: 401, headers: noStore });
  return Response.json({ loggedIn: true, userId: session.userId }, { headers: noStore });
}

/** Log out: the browser drops the cookie, but a copy of the seal stays valid until its ttl. */
export async function DELETE() {
  const session = await getIronSession<AccountSession>(await cookies(), sessionOptions);
  session.destroy();
  return new Response(null, { status: 204, headers: noStore });
}
