#!/usr/bin/env bash
# Server time of the web app's search, document, entity and network pages over HTTP on loopback, signed in.
# Usage: bench/web/run.sh STORE_DIR [REQUESTS=200] [CONCURRENCY=1,2]
#   BENCH_ONLY=search,document limits the page types; BENCH_REPORT_OVER=150 names every request slower than 150 ms.
#   STORE_DIR holds ariadne.db, built once with ariadne synth / ingest / analyze (see docs/benchmarks.md, "Web app").
# Publishes the CLI (Release, ReadyToRun), adds a reader account to the store if it is missing, serves the store on
# a free loopback port, runs bench/Ariadne.Bench.Web against it and stops the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
store_dir=$(realpath "${1:?usage: bench/web/run.sh STORE_DIR [REQUESTS] [CONCURRENCY]}")
requests=${2:-200}
concurrency=${3:-1,2}
work=$(mktemp -d /tmp/ariadne-web-bench.XXXXXX)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish src/Ariadne.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" --nologo -v quiet >/dev/null
dotnet build bench/Ariadne.Bench.Web -c Release --nologo -v quiet -o "$work/bench" >/dev/null
cli="$work/bin/ariadne"
store="sqlite:$store_dir/ariadne.db"
user=bench-reader@example.com
password=Bench-Reader-2026x
# The account is an Analyst (reads every page); adding it again fails harmlessly when it already exists.
printf '%s\n' "$password" | "$cli" --store "$store" user add "$user" --role Analyst --password-stdin >/dev/null 2>&1 || true
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$cli" --store "$store" serve --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); dotnet $(dotnet --version); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+dirty'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| page (clients) | requests | p50 ms | p95 ms | p99 ms | max ms | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|"
"$work/bench/Ariadne.Bench.Web" --url "http://127.0.0.1:$port" --db "$store_dir/ariadne.db" --user "$user" --password "$password" \
  --requests "$requests" --concurrency "$concurrency" ${BENCH_ONLY:+--only "$BENCH_ONLY"} ${BENCH_REPORT_OVER:+--report-over "$BENCH_REPORT_OVER"}
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
