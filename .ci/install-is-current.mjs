// Exit 0 when node_modules holds exactly what package-lock.json asks for, so the set-up script can skip
// a second `npm ci`. npm records what it installed in node_modules/.package-lock.json; compare the two.
// Runs on whatever Node the machine has (it may be the old one), so it uses nothing but node:fs.
import { existsSync, readFileSync } from "node:fs";

const hidden = "node_modules/.package-lock.json";
if (!existsSync(hidden) || !existsSync("node_modules/.bin/node")) process.exit(1);
const wanted = JSON.parse(readFileSync("package-lock.json", "utf8")).packages ?? {};
const installed = JSON.parse(readFileSync(hidden, "utf8")).packages ?? {};
for (const [path, meta] of Object.entries(wanted)) {
  // Optional packages for other platforms (another OS's native binaries) are never installed here.
  if (path === "" || (meta.optional && !installed[path])) continue;
  if (installed[path]?.version !== meta.version || installed[path]?.integrity !== meta.integrity) process.exit(1);
}
// A package the lockfile no longer names (a removed dependency) means node_modules is stale too.
for (const path of Object.keys(installed)) if (!wanted[path]) process.exit(1);
process.exit(0);
