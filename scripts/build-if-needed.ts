/**
 * The production build the browser tests run against, made only when the sources changed
 * (scripts/lib/build.ts). `npm test` runs it in the background while vitest runs, so that Playwright
 * finds it ready. No database needed: the app's modules open theirs on first use.
 */
import { buildIfChanged } from "./lib/build.ts";
import { loadDotEnv } from "./lib/prepare-db.ts";

loadDotEnv();
try {
  if (!buildIfChanged({ log: console.log })) console.log("Build produksi sudah sesuai dengan sumbernya.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
