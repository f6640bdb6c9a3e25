#!/usr/bin/env bash
# Runs every test of the solution and ends with one line: "N passed, N failed".
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter "FullyQualifiedName~Import"]
set -uo pipefail
cd "$(dirname "$0")/.."

results=TestResults
rm -rf "$results"
# The browser tests drive Debian's chromium (never a browser downloaded by Playwright); fonts for readable screenshots.
if ! command -v chromium >/dev/null || [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
    || { echo "scripts/test.sh: could not install chromium for the browser tests" >&2; echo "0 passed, 1 failed"; exit 1; }
fi
dotnet tool restore >/dev/null
dotnet test Tailor.slnx -c Release --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
status=$?

# PostgreSQL step: the search stores' tests again on a scratch PostgreSQL database each (scripts/postgres.sh installs
# and starts PostgreSQL 15 on loopback). Only these are selected, to keep CI short; TAILOR_SKIP_POSTGRES=1 skips it,
# and a filter passed to this script skips it too.
pg_status=0
if [ -z "${TAILOR_SKIP_POSTGRES:-}" ] && [ "$#" -eq 0 ]; then
  if scripts/postgres.sh >/dev/null; then
    TAILOR_TEST_POSTGRES="$(cat data/postgres-connection)" dotnet test tests/Tailor.Assistant.Tests -c Release --no-build \
      --filter "FullyQualifiedName~Tailor.Assistant.Tests.Search" --logger "trx;LogFileName=postgres.trx" \
      --logger "console;verbosity=minimal" --results-directory "$results/postgres"
    pg_status=$?
  else
    echo "scripts/test.sh: could not start PostgreSQL for the PostgreSQL step" >&2
    pg_status=1
  fi
fi
[ "$pg_status" -ne 0 ] && [ "$status" -eq 0 ] && status=$pg_status

summary=$(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
print(f"{passed} passed, {failed} failed")
PY
)
# A build failure leaves no results: count it as a failure so the summary never reads green.
# Likewise a step that failed without a result file (PostgreSQL not starting): the line must not read "0 failed".
if [ "$status" -ne 0 ] && [[ "$summary" == *" 0 failed" ]]; then summary="${summary% 0 failed} 1 failed"; fi
echo "$summary"
[ "$status" -eq 0 ] && [[ "$summary" == *", 0 failed" ]]
