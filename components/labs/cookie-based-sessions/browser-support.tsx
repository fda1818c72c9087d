import { BROWSER_FACTS, type FeatureId } from "@/app/_lib/labs/cookie-based-sessions/browser-facts";
import { BROWSER_IDS, PROFILES } from "@/app/_lib/labs/cookie-based-sessions/profiles";
import { SOURCES } from "@/app/_lib/labs/cookie-based-sessions/sources";
import { Table } from "@/components/mdx/table";

const FEATURES: { id: FeatureId; label: string }[] = [
  { id: "laxDefault", label: "No SameSite means Lax" },
  { id: "noneRequiresSecure", label: "SameSite=None requires Secure" },
  { id: "schemefulSameSite", label: "Schemeful same-site (http and https are different sites)" },
  { id: "hostSecurePrefixes", label: "__Host- and __Secure- prefixes" },
  { id: "httpPrefixes", label: "__Http- and __Host-Http- prefixes" },
  { id: "partitioned", label: "Partitioned (CHIPS)" },
];

/**
 * The lesson's "where browsers differ" table, drawn from @mdn/browser-compat-data (via BROWSER_FACTS, which a
 * unit test keeps equal to the installed package) for each browser's current release.
 */
export function BrowserSupport() {
  return (
    <Table caption={`Set-Cookie support in current releases, from MDN's browser-compat-data ${BROWSER_FACTS.bcdVersion}`}>
      <thead>
        <tr>
          <th scope="col">Behaviour</th>
          {BROWSER_IDS.map((id) => (
            <th key={id} scope="col">
              {PROFILES[id].label} {BROWSER_FACTS.browsers[id].release}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FEATURES.map((feature) => (
          <tr key={feature.id}>
            <th scope="row">{feature.label}</th>
            {BROWSER_IDS.map((id) => {
              const fact = BROWSER_FACTS.browsers[id].features[feature.id];
              return <td key={id}>{fact.supported ? `✓ yes, since ${fact.since}` : fact.behindFlag ? "✗ only behind a flag" : "✗ no"}</td>;
            })}
          </tr>
        ))}
        <tr>
          <th scope="row">Source</th>
          <td colSpan={3}>
            <a href={SOURCES.bcd.href}>{SOURCES.bcd.label}</a>
          </td>
        </tr>
      </tbody>
    </Table>
  );
}
