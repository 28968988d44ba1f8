/**
 * Sums the JSON reports of vitest and Playwright into one closing line that CI reads:
 * "N passed, N failed, N skipped". A missing or unreadable report counts as a failure.
 */
import fs from "node:fs";

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;

function read(p: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch {
    console.error(`Laporan tidak ada atau rusak: ${p}`);
    missing += 1;
    return null;
  }
}

const v = read(vitestPath) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numTotalTestSuites: number; success: boolean } | null;
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
  if (v.numPassedTests + v.numFailedTests === 0) missing += 1;
}

const p = read(playwrightPath) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] } | null;
if (p) {
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
  if (p.errors?.length) failed += p.errors.length;
  if (p.stats.expected + p.stats.unexpected + p.stats.flaky === 0) missing += 1;
}

console.log(`${passed} passed, ${failed + missing} failed, ${skipped} skipped`);
process.exit(failed + missing > 0 ? 1 : 0);
