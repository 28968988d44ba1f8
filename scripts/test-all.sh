#!/usr/bin/env bash
# `npm test`: every test. Unit and integration (vitest, real PostgreSQL), then browser (Playwright,
# Chromium, production build). Prints one closing line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

# The browser tests run against a production build: make it in the background while vitest runs
# (only when the sources changed), so that Playwright finds it ready.
echo "== Build produksi untuk tes browser: di latar, log di reports/build.log =="
npx tsx scripts/build-if-needed.ts > reports/build.log 2>&1 &
build_pid=$!

echo "== Unit dan integrasi (vitest) =="
VITEST_JSON=reports/vitest.json npx vitest run
vitest_rc=$?

wait $build_pid
build_rc=$?
if [ $build_rc -ne 0 ]; then
  echo "== Build produksi gagal (reports/build.log) =="
  tail -40 reports/build.log
else
  tail -1 reports/build.log
fi

echo "== Browser (Playwright, Chromium) =="
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test
playwright_rc=$?

npx tsx scripts/test-summary.ts reports/vitest.json reports/playwright.json
summary_rc=$?

if [ $vitest_rc -ne 0 ] || [ $build_rc -ne 0 ] || [ $playwright_rc -ne 0 ] || [ $summary_rc -ne 0 ]; then
  exit 1
fi
