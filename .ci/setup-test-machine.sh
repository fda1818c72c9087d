#!/usr/bin/env bash
# Installs what the test suite needs on a machine of our kind (Debian 12, any Node, npm 11):
# Debian's Chromium, nginx, HAProxy and Redis when missing, Redis running, and the npm packages
# (installed by npm running on the project's own Node, so nothing warns about engines).
# Safe to run twice: each step checks first, and a current node_modules is not reinstalled.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

# Debian package for each command the tests run. Playwright cannot download a browser here.
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]}…"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian starts nginx and HAProxy as services on install; the tests start their own on other ports.
for service in nginx haproxy; do
  if pgrep -x "$service" >/dev/null 2>&1 && [ -d /run/systemd/system ]; then $SUDO systemctl stop "$service" || true; fi
done

# Redis: the store contract tests and the two-process test need it at TEST_REDIS_URL (default 127.0.0.1:6379).
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "Redis is not answering on 127.0.0.1:6379; starting it…"
  mkdir -p /tmp/redis-session-lab
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /tmp/redis-session-lab --logfile /tmp/redis-session-lab/redis.log
  for _ in $(seq 1 100); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    echo "Redis did not start; its log:" >&2
    cat /tmp/redis-session-lab/redis.log >&2 || true
    exit 1
  fi
fi

# npm packages, unless README's command 1 has just installed exactly this lockfile.
if node .ci/install-is-current.mjs; then
  echo "node_modules matches package-lock.json; not reinstalling."
else
  npx --yes --package="node@$(cat .nvmrc)" -- npm ci --no-audit --no-fund
fi
