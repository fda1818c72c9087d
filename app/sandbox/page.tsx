import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import {
  SANDBOX_KINDS,
  LB_MAX_NODES,
  LB_MIN_NODES,
  SANDBOX_COOKIE_NAMES,
  SERVER_ABSOLUTE_TIMEOUT_MS,
  SERVER_IDLE_TIMEOUT_MS,
  TOKEN_TTL_MS,
} from "@/app/_lib/sandbox/contract";
import { Term } from "@/components/glossary/term";
import { KindIntro } from "@/components/sandbox/kind-intros";
import { KindWorkbench } from "@/components/sandbox/kind-workbench";
import { LbLab, type LbOptions } from "@/components/sandbox/lb-lab";
import { LessonLink } from "@/components/sandbox/lesson-link";
import { Tabs } from "@/components/sandbox/tabs";
import { FLASH_COOKIE, takeFlash } from "@/app/_lib/sandbox/form/flash";
import { initialKindStates } from "@/app/_lib/sandbox/form/initial-state";
import { sandboxRuntime } from "@/app/_lib/sandbox/runtime";

export const metadata: Metadata = {
  title: "Sandbox",
  description:
    "Issue real session cookies to your browser — a sealed cookie, a server-side session and a JWT — and see the wire, the cookie's insides and what tampering, replay, fixation and a dead node do.",
};

const timeouts = { idleMs: SERVER_IDLE_TIMEOUT_MS, absoluteMs: SERVER_ABSOLUTE_TIMEOUT_MS, tokenMs: TOKEN_TTL_MS };

const lbOptions: LbOptions = {
  minNodes: LB_MIN_NODES,
  maxNodes: LB_MAX_NODES,
  strategies: [
    { value: "round-robin", label: "Round robin", about: "Each request goes to the next live node in turn. Even load, but one client's requests keep landing on different nodes." },
    {
      value: "sticky-cookie",
      label: "Sticky cookie",
      about: "The balancer sets its own cookie naming a node and sends the client back there, as AWS ALB's AWSALB cookie does.",
    },
    {
      value: "client-hash",
      label: "Hash of client address",
      about: "A hash of the client's address picks the node, as nginx's hash $remote_addr does: sticky without a cookie. When a node dies only its clients move, and back again when it returns.",
    },
  ],
  storages: [
    { value: "per-node-memory", label: "Each node's memory", about: "A node knows only the sessions it created; they die with it." },
    { value: "shared-store", label: "Shared store", about: "Every node reads one store (Redis in real life), so any node can serve anyone." },
    { value: "stateless-cookie", label: "Stateless cookie", about: "The session rides in a sealed cookie that any node with the secret can open." },
  ],
};

/** The request's Cookie header without the form flash, which is the page's business and not part of any session. */
function sessionCookies(header: string | null): string | null {
  if (!header) return null;
  const rest = header
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !part.startsWith(`${FLASH_COOKIE}=`));
  return rest.length > 0 ? rest.join("; ") : null;
}

export default async function SandboxPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const asked = (await searchParams).kind;
  const chosen = SANDBOX_KINDS.find((kind) => kind === asked) ?? "sealed";
  // Rendered per request from the browser's own cookies, so each panel arrives showing its session
  // (and, after a form post without JavaScript, that action's result).
  const now = sandboxRuntime().clock();
  const flash = takeFlash((await cookies()).get(FLASH_COOKIE)?.value, now);
  const initial = await initialKindStates(sessionCookies((await headers()).get("cookie")), flash, now);
  const kinds = [
    { id: "sealed", label: "Sealed cookie" },
    { id: "server", label: "Server-side session" },
    { id: "jwt", label: "JWT" },
  ] as const;

  return (
    <div className="grid gap-10">
      <header className="grid max-w-3xl gap-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Sandbox: real session cookies, taken apart</h1>
        <p className="text-lg leading-8 text-slate-700 dark:text-slate-300">
          This server issues real <Term id="cookie">cookies</Term> to your browser, three different ways. Log in, store a little data,
          log out — and after every step see exactly what went over the wire, what is inside the cookie, and what an attacker could do
          with a copy of it.
        </p>
        <div data-without-js="">
          <div className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm leading-6 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
            <h2 className="font-semibold">JavaScript is off: what still works</h2>
            <p className="mt-1">
              Log in, put and remove data, read back, regenerate the ID and log out work as plain forms: the server answers each one and
              this page shows the session, the wire and the cookie&apos;s insides. The tamper, replay, fixation and &ldquo;your sessions&rdquo;
              labs, the 1,000-character button, the copy buttons, the countdowns and the load-balancer lab need JavaScript, so they are
              hidden here.
            </p>
          </div>
        </div>
        <div className="rounded-lg border border-sky-200 bg-sky-50 p-4 text-sm leading-6 text-slate-800 dark:border-sky-900 dark:bg-sky-950/50 dark:text-slate-200">
          <h2 className="font-semibold text-sky-900 dark:text-sky-200">How this page can show you HttpOnly cookies</h2>
          <p className="mt-1">
            Scripts on a page cannot read <Term id="httponly">HttpOnly</Term> cookies, and cannot see a response&apos;s Set-Cookie header at
            all. So every answer from the sandbox includes the server&apos;s own report of the Cookie header it received and the Set-Cookie
            headers it sent. The sandbox&apos;s cookies are named <code className="font-mono">__Host-sbx-…</code> and are separate from your
            quiz progress, which the report never includes. Names only, no passwords; sessions expire within minutes.
          </p>
          <p className="mt-2">
            Echoing an HttpOnly cookie back into the page is a teaching choice, and a real app must not copy it: HttpOnly exists so
            that a script injected into the page (XSS) cannot read the session token and send it away. An endpoint that reports the
            cookie&apos;s value hands that script the token anyway. Here the tokens are throwaway, the report covers only the
            sandbox&apos;s own cookies, and the page&apos;s Content-Security-Policy lets scripts talk to this site only.
          </p>
        </div>
      </header>

      <section aria-labelledby="kinds" className="grid gap-4">
        <div className="max-w-3xl">
          <h2 id="kinds" className="scroll-mt-20 text-2xl font-bold tracking-tight">
            Three ways to keep a session
          </h2>
          <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">
            Same actions, three designs. Each tab holds its own cookie, so you can log in to all three and compare. The{" "}
            <LessonLink to="whereStateLives">lesson</LessonLink>{" "}
            explains the trade-offs; here you can watch them.
          </p>
        </div>
        <Tabs
          label="Session kinds"
          param="kind"
          hash="kinds"
          initial={chosen}
          items={kinds.map((kind) => ({
            id: kind.id,
            label: kind.label,
            panel: (
              <KindWorkbench
                kind={kind.id}
                cookieName={SANDBOX_COOKIE_NAMES[kind.id]}
                intro={<KindIntro kind={kind.id} timeouts={timeouts} />}
                initial={initial[kind.id]}
              />
            ),
          }))}
        />
      </section>

      <section aria-labelledby="load-balancing" className="grid gap-4">
        <div className="max-w-3xl">
          <h2 id="load-balancing" className="scroll-mt-20 text-2xl font-bold tracking-tight">
            Lab: sticky sessions and load balancing
          </h2>
          <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">
            A load balancer spreads requests over several nodes. If sessions live in one node&apos;s memory, the balancer must send each
            client back to that node — <Term id="sticky-sessions">sticky sessions</Term> — and when the node dies, its sessions die with it.
            A <Term id="shared-session-store">shared store</Term> or a stateless cookie removes the problem.
          </p>
          <p className="mt-2 leading-7 text-slate-700 dark:text-slate-300">
            The balancer, the nodes and the four clients below are <strong>simulated inside our one server process</strong>: killing a
            node here stops nothing real. Send requests, kill a node, and see who loses their session.{" "}
            <LessonLink to="scaling" />.
          </p>
        </div>
        <p data-without-js="" className="max-w-3xl text-sm leading-6 text-slate-700 dark:text-slate-300">
          This lab needs JavaScript, which is off in this browser.
        </p>
        <div data-needs-js="">
          <LbLab options={lbOptions} />
        </div>
      </section>
    </div>
  );
}
