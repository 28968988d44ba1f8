#!/usr/bin/env bash
# `npm test`: every test. Unit and integration (vitest, real PostgreSQL), then browser (Playwright,
# Chromium, production build). Prints one closing line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json

echo "== Unit dan integrasi (vitest) =="
VITEST_JSON=reports/vitest.json npx vitest run
vitest_rc=$?

echo "== Browser (Playwright, Chromium) =="
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test
playwright_rc=$?

npx tsx scripts/test-summary.ts reports/vitest.json reports/playwright.json
summary_rc=$?

if [ $vitest_rc -ne 0 ] || [ $playwright_rc -ne 0 ] || [ $summary_rc -ne 0 ]; then
  exit 1
fi
