import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeShownExamples } from "../shown-examples";

const here = import.meta.dirname;
const read = (file: string) => readFileSync(join(here, "examples", file), "utf8").trimEnd();
const dir = mkdtempSync(join(tmpdir(), "affinity-examples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeShownExamples("the lesson's configuration examples", here, ["examples/nginx-upstream.conf", "examples/haproxy-backend.cfg"]);

describe("the configuration examples, checked by the real servers", () => {
  it("nginx accepts the upstream block (nginx -t)", () => {
    const conf = join(dir, "nginx.conf");
    writeFileSync(
      conf,
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  client_body_temp_path ${dir}/b; proxy_temp_path ${dir}/p; fastcgi_temp_path ${dir}/f; uwsgi_temp_path ${dir}/u; scgi_temp_path ${dir}/s;\n  access_log off;\n${read("nginx-upstream.conf")}\n  server { listen 127.0.0.1:1; location / { proxy_pass http://app; } }\n}\n`,
    );
    const run = spawnSync(process.env.NGINX_BIN ?? "/usr/sbin/nginx", ["-t", "-p", dir, "-e", join(dir, "error.log"), "-c", conf], { encoding: "utf8" });
    expect(run.error, "nginx is missing: run .ci/setup-test-machine.sh").toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
  });

  it("HAProxy accepts the backend (haproxy -c)", () => {
    const cfg = join(dir, "haproxy.cfg");
    writeFileSync(cfg, `defaults\n    mode http\n    timeout connect 5s\n    timeout client 30s\n    timeout server 30s\n\nfrontend web\n    bind 127.0.0.1:1\n    default_backend app\n\n${read("haproxy-backend.cfg")}\n`);
    const run = spawnSync(process.env.HAPROXY_BIN ?? "/usr/sbin/haproxy", ["-c", "-f", cfg], { encoding: "utf8" });
    expect(run.error, "haproxy is missing: run .ci/setup-test-machine.sh").toBeUndefined();
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
