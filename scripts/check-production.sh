#!/usr/bin/env bash
# The production path, as the README describes it: build once in a checkout
# with dev dependencies, then install only the runtime dependencies on the
# built tree and run the compiled server with plain node. Fails unless the
# server answers /healthz and the web app's index page.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cd "$root"
npm run build --silent
# The tree a deployment gets: the committed files plus the build outputs, no node_modules.
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work"
tar -cf - dist web/dist packages/cli/dist | tar -xf - -C "$work"

cd "$work"
npm ci --omit=dev --no-audit --no-fund --loglevel=error
for tool in typescript tsx vite vitest eslint; do
  if [ -e "node_modules/$tool" ]; then echo "production install holds the dev tool $tool" >&2; exit 1; fi
done

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
mkdir -p "$work/data"
HOST=127.0.0.1 PORT="$port" ASSAY_DATA_DIR="$work/data" ASSAY_DEMO=0 node dist/server.js >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; echo "the production server exited" >&2; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/healthz"
echo
curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "the web app is not served" >&2; exit 1; }
node bin/assay-server.js --help >/dev/null
echo "production path: ok (npm ci --omit=dev, node dist/server.js on port $port)"
