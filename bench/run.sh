#!/usr/bin/env bash
# Runs the benchmarks. Usage: bench/run.sh [products]   (default 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
products=${1:-50000}
TAILOR_ARTIFACTS= dotnet build bench/Tailor.Bench -c Release -o bench/.bin >/dev/null
dotnet bench/.bin/Tailor.Bench.dll store --products "$products" --work "${TMPDIR:-/tmp}/tailor-bench" --out "bench/results/store-$products.md"
