#!/usr/bin/env bash
# Risk-score quality (issue 19): the shipped evidence model against the Bayes optimum of the generator's overlap
# profile, on a setting and seeds it was not calibrated on, and on the field and classic profiles; the rules' recall
# on the generator's paraphrase banks; and the calibration fit itself (setting a, seed 1), to compare with the one
# shipped in EvidenceCalibration.
# Usage: bench/risk/run.sh [ADS=20000]
set -euo pipefail
cd "$(dirname "$0")/../.."
ads=${1:-20000}
work=$(mktemp -d /tmp/ariadne-risk-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); dotnet $(dotnet --version); commit $(git rev-parse --short HEAD); load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build src/Ariadne.Cli -c Release --nologo -v quiet >/dev/null
dotnet build bench/Ariadne.Bench.Risk -c Release --nologo -v quiet >/dev/null
cli() { dotnet run -c Release --no-build --project src/Ariadne.Cli -- "$@"; }
risk() { dotnet run -c Release --no-build --project bench/Ariadne.Bench.Risk -- "$@"; }
cli synth --profile overlap --overlap-setting a --ads "$ads" --seed 1 --out "$work/a1" --no-images >/dev/null
cli synth --profile overlap --overlap-setting a --ads "$ads" --seed 2 --out "$work/a2" --no-images >/dev/null
cli synth --profile overlap --overlap-setting b --ads "$ads" --seed 3 --out "$work/b3" --no-images >/dev/null
cli synth --profile field --ads "$ads" --seed 11 --out "$work/field" --no-images >/dev/null
cli synth --ads "$ads" --seed 1001 --out "$work/classic" --no-images >/dev/null
echo "== calibration fit on overlap setting a, seed 1 (the shipped calibration came from this)"
risk "$work/a1/ads.jsonl" "$work/a1/truth.json" --fit "$work/fit.json" | tail -1
for corpus in a1 a2 b3 field classic; do
  echo "== $corpus (shipped calibration)"
  risk "$work/$corpus/ads.jsonl" "$work/$corpus/truth.json"
done
echo "== rules' recall on the overlap generator's paraphrase banks"
risk --paraphrases
