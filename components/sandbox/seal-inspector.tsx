import type { Inspect } from "@/app/_lib/sandbox/contract";
import { CodeBox } from "./code-box";

type SealedInspect = Extract<Inspect, { kind: "sealed" }>;

/** Which fields anyone can read, and which only the secret makes sense of. */
const BADGE: Record<string, { text: string; secret: boolean }> = {
  encryptedPayload: { text: "encrypted", secret: true },
  hmac: { text: "keyed hash", secret: true },
};

const mono = "font-mono text-[13px] leading-6 [overflow-wrap:anywhere]";

/** "Inside the cookie" for the sealed kind: the seal laid out field by field, then the proof. */
export function SealInspector({ inspect }: { inspect: SealedInspect }) {
  if (!inspect.fields) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">There is no seal to take apart: this browser holds no sealed cookie.</p>;
  }
  return (
    <div className="grid gap-4">
      <ol className="grid gap-2" aria-label="Fields of the seal">
        {inspect.fields.map((field) => {
          const badge = BADGE[field.name] ?? { text: "in the clear", secret: false };
          return (
            <li key={field.index} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <span className="font-semibold">{field.label}</span>
                <span
                  className={
                    badge.secret
                      ? "rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-950 dark:bg-amber-950 dark:text-amber-200"
                      : "rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300"
                  }
                >
                  {badge.text}
                </span>
              </div>
              {field.value.length > 480 ? (
                <CodeBox text={field.value} label={field.label} className="mt-1">
                  {field.value}
                </CodeBox>
              ) : (
                <code className={`mt-1 block text-slate-800 dark:text-slate-200 ${mono}`}>{field.value || "(empty)"}</code>
              )}
              <p className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-400">{field.explanation}</p>
            </li>
          );
        })}
      </ol>
      {inspect.withoutSecret && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40">
          <h4 className="text-sm font-semibold">Without the secret: {inspect.withoutSecret.bytes} bytes of noise</h4>
          <p className="mt-1 text-sm">Decoding the encrypted field from base64url gives bytes, not JSON. The first ones, in hex:</p>
          <code className={`mt-1 block text-slate-800 dark:text-slate-200 ${mono}`}>{inspect.withoutSecret.hexPreview}</code>
          <p className="mt-1 text-sm leading-6 text-slate-700 dark:text-slate-300">{inspect.withoutSecret.explanation}</p>
        </div>
      )}
      <div className="rounded-md border border-emerald-300 bg-emerald-50 p-3 dark:border-emerald-800 dark:bg-emerald-950/40">
        <h4 className="text-sm font-semibold">With the secret: what the server decrypted</h4>
        {inspect.decrypted ? (
          <CodeBox text={JSON.stringify(inspect.decrypted, null, 2)} label="Decrypted session" className="mt-1 whitespace-pre-wrap">
            {JSON.stringify(inspect.decrypted, null, 2)}
          </CodeBox>
        ) : (
          <p className="mt-1 text-sm">Nothing: the server could not open this seal, so it treats the request as having no session.</p>
        )}
      </div>
    </div>
  );
}
