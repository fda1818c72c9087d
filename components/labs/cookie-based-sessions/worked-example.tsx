import { inspect } from "@/app/_lib/labs/cookie-based-sessions/inspect";
import { findPreset } from "@/app/_lib/labs/cookie-based-sessions/presets";
import { LineView } from "./inspection-view";

/** A fixed clock, so the server's worked example is the same on every render and in every time zone. */
export const EXAMPLE_NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/** The inspector's worked example, rendered on the server from the same model: the prefix-mistakes preset. */
export function CookieInspectorExample() {
  const preset = findPreset("prefix-mistakes")!;
  const result = inspect(preset.url, preset.lines, EXAMPLE_NOW, { fresh: false, blockThirdParty: false });
  return (
    <div className="grid gap-4 text-sm [&>*]:min-w-0">
      <h3 className="mt-0 text-lg font-semibold">
        Worked example: four Set-Cookie lines from <code className="wrap-anywhere">{preset.url}</code>, walked through the storage model
      </h3>
      {result.ok ? result.lines.map((report, i) => <LineView key={i} report={report} index={i} />) : <p>{result.message}</p>}
      <p>With JavaScript, the inspector takes your own lines and URL (up to 64 kB and 200 lines), offers presets including this site&apos;s sandbox cookies, and puts its input in the page&apos;s URL so a link reproduces it.</p>
    </div>
  );
}
