import { execFileSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./next-server";
import { chromiumPath } from "../../tools/chromium";

export type Machine = { cores: number; ramGiB: number; cpu: string; node: string; next: string; lighthouse: string; chromium: string; load: string };

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/** The 1, 5 and 15 minute load averages ("" off Linux): how busy the shared cores were. */
export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "";
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath, ["--version"], { encoding: "utf8", timeout: 10_000, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "not found";
  }
}

export function describeMachine(): Machine {
  const load = loadAverage();
  return {
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    node: process.version,
    next: packageVersion("next"),
    lighthouse: packageVersion("lighthouse"),
    chromium: chromiumVersion(),
    load,
  };
}
