import type { Inspect } from "@/app/_lib/sandbox/contract";
import { CodeBox } from "./code-box";

type ServerInspect = Extract<Inspect, { kind: "server" }>;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

/** "Inside the cookie" for the server kind: the opaque ID, and the store record it points to. */
export function StoreInspector({ inspect }: { inspect: ServerInspect }) {
  const storeName = inspect.store === "redis" ? "Redis" : "SQLite";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="server-id-heading" className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <h4 id="server-id-heading" className="text-sm font-semibold">In the cookie: an opaque ID</h4>
        <code className="mt-1 block font-mono text-[13px] leading-6 text-sky-800 [overflow-wrap:anywhere] dark:text-sky-300">
          {inspect.id ?? "(none)"}
        </code>
        <p className="mt-2 text-sm leading-6 text-slate-700 dark:text-slate-300">
          {inspect.idFacts.bits} random bits from {inspect.idFacts.source}, written as {inspect.idFacts.encoding}. It means nothing by itself:
          there is no name, no data and no expiry in it, so there is nothing to read, decode or forge — only a needle to find in the store.
        </p>
      </section>
      <div className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
        <h4 className="text-sm font-semibold">
          In the store ({storeName}
          {inspect.sessionsInStore !== null && `, ${inspect.sessionsInStore.toLocaleString("en")} sessions`})
        </h4>
        {inspect.record ? (
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm leading-6">
            <dt className="font-medium">user</dt>
            <dd>{inspect.record.user ?? "(anonymous)"}</dd>
            <dt className="font-medium">data</dt>
            <dd className="min-w-0 font-mono text-[13px] [overflow-wrap:anywhere]">
              {JSON.stringify(inspect.record.data).length > 480 ? (
                <CodeBox text={JSON.stringify(inspect.record.data)} label="Stored data">
                  {JSON.stringify(inspect.record.data)}
                </CodeBox>
              ) : (
                JSON.stringify(inspect.record.data)
              )}
            </dd>
            <dt className="font-medium">created</dt>
            <dd>{iso(inspect.record.createdAt)}</dd>
            <dt className="font-medium">last seen</dt>
            <dd>{iso(inspect.record.lastSeenAt)}</dd>
            <dt className="font-medium">idle until</dt>
            <dd>{iso(inspect.record.idleExpiresAt)}</dd>
            <dt className="font-medium">absolute until</dt>
            <dd>{iso(inspect.record.absoluteExpiresAt)}</dd>
          </dl>
        ) : (
          <p className="mt-1 text-sm">No record for this ID: the server has nothing to load, so the request has no session.</p>
        )}
        <p className="mt-2 text-sm leading-6 text-slate-600 dark:text-slate-400">
          The data never leaves the server. Deleting this record ends the session at once, wherever a copy of the cookie is.
        </p>
      </div>
    </div>
  );
}
