import { ATTACK_IDS, buildAttack } from "@/app/_lib/labs/jwt-sessions/attacks";
import { decodeToken } from "@/app/_lib/labs/jwt-sessions/decode";
import { lintToken } from "@/app/_lib/labs/jwt-sessions/lint";
import { naiveVerify } from "@/app/_lib/labs/jwt-sessions/naive";
import { findPreset, presetToken } from "@/app/_lib/labs/jwt-sessions/presets";
import { verifyToken } from "@/app/_lib/labs/jwt-sessions/verify";
import { DecodedTables, FindingsList, TokenParts } from "./token-view";
import { TableScroller } from "@/components/labs/table-scroller";

/**
 * The debugger's worked example, rendered on the server from the same model: the shop preset decoded,
 * verified and linted, and every attack run through the naive and the careful verifier.
 */
export async function JwtDebuggerExample() {
  const now = Math.floor(Date.now() / 1000);
  const preset = findPreset("shop")!;
  const token = await presetToken(preset, now);
  const decoded = decodeToken(token);
  const verdict = await verifyToken({ token, keyKind: "secret", keyText: preset.keyText, algorithms: ["HS256"], requireExp: true, now });
  const findings = lintToken(decoded, { maxLifetimeSec: 3600, now, secretIsCommon: true });
  const attacks = await Promise.all(
    ATTACK_IDS.map(async (id) => {
      const attack = await buildAttack(id, now);
      const naive = await naiveVerify(attack.token, { key: attack.naiveKey, hosted: attack.hosted, now });
      const careful = await verifyToken({ token: attack.token, keyKind: "secret", keyText: "a-random-256-bit-key-from-configuration", algorithms: ["HS256"], audience: "profile-api", requireExp: true, now });
      return { attack, naive, careful };
    }),
  );
  return (
    <div className="space-y-5 text-sm">
      <p className="font-semibold">Worked example: a shop&apos;s HS256 session token, signed with the secret &ldquo;secret&rdquo;.</p>
      <TokenParts segments={decoded.segments} />
      <DecodedTables decoded={decoded} nowSec={now} />
      <p>
        <strong>Verify</strong> (HS256 pinned, secret &ldquo;secret&rdquo;, exp required):{" "}
        {verdict.ok ? `valid ${verdict.alg} signature with ${verdict.keyLabel}.` : `refused: ${verdict.message}`}
      </p>
      <div>
        <p className="font-semibold">Lint (RFC 8725), with a one-hour lifetime policy</p>
        <FindingsList findings={findings} />
      </div>
      <TableScroller label="Attacks table">
        <table className="w-full text-left text-sm">
          <caption className="mb-1 text-left font-semibold">The attacks: a naive verifier against a careful one (HS256 pinned, aud and exp required)</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3">Attack</th>
              <th scope="col" className="py-1 pr-3">Naive verifier</th>
              <th scope="col" className="py-1">Careful verifier</th>
            </tr>
          </thead>
          <tbody>
            {attacks.map(({ attack, naive, careful }) => (
              <tr key={attack.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-1 pr-3">{attack.title}</th>
                <td className="py-1 pr-3">{naive.accepted ? "accepted" : "refused"}</td>
                <td className="py-1">{careful.ok ? "accepted" : `refused: ${careful.message}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      <p>With JavaScript, the debugger lets you paste your own token, verify it with a secret, PEM, JWK or JWKS, sign new ones, and send each attack to this site&apos;s sandbox.</p>
    </div>
  );
}
