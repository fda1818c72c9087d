import type { Inspect } from "@/app/_lib/sandbox/contract";
import { CLAIM_NOTES } from "./claim-notes";
import { CodeBox } from "./code-box";

type JwtInspect = Extract<Inspect, { kind: "jwt" }>;

const mono = "font-mono text-[13px] leading-6 [overflow-wrap:anywhere]";

function Fields({ title, tone, values, times }: { title: string; tone: string; values: Record<string, unknown>; times: JwtInspect["times"] }) {
  return (
    <div>
      <h4 className={`text-sm font-semibold ${tone}`}>{title}</h4>
      <dl className="mt-1 grid gap-2">
        {Object.entries(values).map(([key, value]) => {
          const time = times.find((t) => t.claim === key);
          return (
            <div key={key} className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
              <dt className={mono}>
                <span className="font-semibold">{key}</span>:{" "}
                {JSON.stringify(value).length > 480 ? (
                  <CodeBox text={JSON.stringify(value)} label={`Claim ${key}`} className="mt-1">
                    {JSON.stringify(value)}
                  </CodeBox>
                ) : (
                  <span>{JSON.stringify(value)}</span>
                )}
              </dt>
              {time && <dd className="text-sm font-medium text-slate-800 dark:text-slate-200">{time.iso.replace("T", " ").replace(/\.\d+Z$/, " UTC")} — {time.explanation}</dd>}
              {!time && CLAIM_NOTES[key] && <dd className="text-sm leading-6 text-slate-600 dark:text-slate-400">{CLAIM_NOTES[key]}</dd>}
            </div>
          );
        })}
      </dl>
    </div>
  );
}

/** "Inside the token", after jwt.io's debugger: encoded | decoded header | decoded claims | signature. */
export function JwtInspector({ inspect, token }: { inspect: JwtInspect; token: string | null }) {
  if (!token || !inspect.header || !inspect.claims) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">There is no token to decode: this browser holds no JWT cookie.</p>;
  }
  const parts = token.split(".");
  const tones = ["text-rose-800 dark:text-rose-300", "text-violet-800 dark:text-violet-300", "text-sky-800 dark:text-sky-300"];
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="grid content-start gap-3">
        <div>
          <h4 className="text-sm font-semibold">Encoded: header . payload . signature</h4>
          <CodeBox text={token} label="Encoded token" className="mt-1" copyLabel="Copy the encoded token">
            {parts.map((part, index) => (
              <span key={index}>
                {index > 0 && <span className="text-slate-600 dark:text-slate-400">.</span>}
                <span className={tones[index] ?? ""}>{part}</span>
              </span>
            ))}
          </CodeBox>
        </div>
        <p className="text-sm leading-6 text-slate-700 dark:text-slate-300">
          Base64url is an encoding, not encryption: anyone holding this token can read the header and claims on the right. The signature
          only proves that the server made the token and nobody changed it since.
        </p>
        <div className="rounded-md border border-slate-200 p-3 text-sm leading-6 dark:border-slate-700">
          <h4 className="font-semibold text-sky-800 dark:text-sky-300">How the server verifies it</h4>
          <p className="mt-1">{inspect.explanation}</p>
          <p className="mt-1">
            Accepted algorithms: <code className="font-mono">{inspect.algorithms.join(", ")}</code>. Required claims:{" "}
            <code className="font-mono">{inspect.requiredClaims.join(", ")}</code>.
          </p>
        </div>
      </div>
      <div className="grid content-start gap-3">
        <Fields title="Decoded header" tone="text-rose-800 dark:text-rose-300" values={inspect.header} times={[]} />
        <Fields title="Decoded payload (claims)" tone="text-violet-800 dark:text-violet-300" values={inspect.claims} times={inspect.times} />
      </div>
    </div>
  );
}
