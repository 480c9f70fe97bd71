#!/usr/bin/env bash
# Macro benchmark for ingest: N synthetic ads into a fresh SQLite store and a fresh PostgreSQL database,
# timing the real `ariadne ingest` process end to end and reading its peak memory (max RSS) from GNU time.
# Usage: bench/ingest/run.sh [ADS=100000] [RUNS=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
ads=${1:-100000}
runs=${2:-3}
work=$(mktemp -d /tmp/ariadne-bench.XXXXXX)
trap 'if [ -n "${pgdata:-}" ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; fi; rm -rf "$work"' EXIT

command -v /usr/bin/time >/dev/null || { apt-get install -y -q time >/dev/null; }
dotnet publish src/Ariadne.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" --nologo -v quiet >/dev/null
cli="$work/bin/ariadne"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); dotnet $(dotnet --version)"
"$cli" synth --ads "$ads" --seed 1 --out "$work/corpus" --no-images
size=$(du -h "$work/corpus/ads.jsonl" | cut -f1)
echo "corpus: $ads ads, ads.jsonl $size"

measure_sqlite() { for run in $(seq 1 "$runs"); do rm -rf "$work/sqlite"; one sqlite "sqlite:$work/sqlite/ariadne.db" "$run"; done; }
one() {
  local label=$1 store=$2 run=$3 out secs kb
  out=$( { /usr/bin/time -f 'TIME %e %M' "$cli" --store "$store" ingest "$work/corpus/ads.jsonl" >/dev/null; } 2>&1 | grep '^TIME' )
  secs=$(echo "$out" | awk '{print $2}')
  kb=$(echo "$out" | awk '{print $3}')
  awk -v l="$label" -v r="$run" -v s="$secs" -v k="$kb" -v n="$ads" \
    'BEGIN { printf "%-10s run %d: %6.2f s  %8.0f ads/s  peak RSS %5.0f MiB\n", l, r, s, n / s, k / 1024 }'
}

measure_sqlite

pgbin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")
if [ -x "$pgbin/initdb" ]; then
  pgdata="$work/pg"
  mkdir -p "$pgdata" && chown postgres "$work" "$pgdata"
  chmod 755 "$work"
  port=$(( 20000 + RANDOM % 20000 ))
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -A trust -U postgres >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=on" -w start >/dev/null
  for run in $(seq 1 "$runs"); do
    db="bench_$run"
    runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $db" >/dev/null
    one postgres "postgres:Host=127.0.0.1;Port=$port;Database=$db;Username=postgres" "$run"
  done
else
  echo "postgres: skipped (no PostgreSQL server binaries; apt-get install postgresql)"
fi
