#!/usr/bin/env bash
# Runs the benchmarks and writes their reports to bench/results/.
# Usage: bench/run.sh [store|chat|stream|llm|shoppers|intents|all|ndcg|vectors|recommendations] [products...]   (default: all, store at 50000, chat at 2000 and 50000, stream at 2000, shoppers at 2000, intents on the held-out set; ndcg at 2000, llm at 2000, vectors and recommendations at 50000 (with 100000 orders) run only when named)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
shift || true
work="${TMPDIR:-/tmp}/tailor-bench"
TAILOR_ARTIFACTS= dotnet build bench/Tailor.Bench -c Release -o bench/.bin >/dev/null
if [[ "$which" == store || "$which" == all ]]; then
  for products in ${@:-50000}; do
    dotnet bench/.bin/Tailor.Bench.dll store --products "$products" --work "$work" --out "bench/results/store-$products.md"
  done
fi
if [[ "$which" == chat || "$which" == all ]]; then
  for products in ${@:-2000 50000}; do
    dotnet bench/.bin/Tailor.Bench.dll chat --products "$products" --work "$work" --out "bench/results/chat-$products.md"
  done
fi
if [[ "$which" == stream || "$which" == all ]]; then
  for products in ${@:-2000}; do
    dotnet bench/.bin/Tailor.Bench.dll stream --products "$products" --work "$work" --out "bench/results/stream-$products.md"
  done
fi
if [[ "$which" == shoppers || "$which" == all ]]; then
  for products in ${@:-2000}; do
    dotnet bench/.bin/Tailor.Bench.dll shoppers --products "$products" --work "$work" --out "bench/results/shoppers-$products.md"
  done
fi
if [[ "$which" == ndcg ]]; then
  for products in ${@:-2000}; do
    dotnet bench/.bin/Tailor.Bench.dll ndcg --products "$products" --work "$work" --out "bench/results/ndcg-$products.md"
  done
fi
if [[ "$which" == llm ]]; then
  for products in ${@:-2000}; do
    dotnet bench/.bin/Tailor.Bench.dll llm --products "$products" --work "$work" --out "bench/results/llm-$products.md"
  done
fi
if [[ "$which" == recommendations ]]; then
  for products in ${@:-50000}; do
    dotnet bench/.bin/Tailor.Bench.dll recommendations --products "$products" --orders $((products * 2)) --work "$work" --out "bench/results/recommendations-$products.md"
  done
fi
if [[ "$which" == vectors ]]; then
  for products in ${@:-50000}; do
    dotnet bench/.bin/Tailor.Bench.dll vectors --products "$products" --work "$work" --out "bench/results/vectors-$products.md"
  done
fi
if [[ "$which" == intents || "$which" == all ]]; then
  dotnet run --project src/Tailor.Cli -c Release -- eval --set bench/understanding/intents-heldout.yaml --out bench/results/intents-heldout.md >/dev/null
  echo "intents: bench/results/intents-heldout.md"
  dotnet bench/.bin/Tailor.Bench.dll understanding --products 2000 --work "$work" --out bench/results/understanding-heldout.md >/dev/null
  echo "understanding: bench/results/understanding-heldout.md"
fi
