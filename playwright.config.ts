import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);

/**
 * Browser tests drive Debian's Chromium (Playwright cannot download its own browser here) against a
 * production build of the app on its own, freshly seeded embedded PostgreSQL.
 */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: `node --import tsx scripts/start.ts --fresh-db --db-name=${process.env.PANTAU_E2E_DB_NAME || "pg-e2e"}`,
    url: `http://localhost:${port}/login`,
    reuseExistingServer: false,
    // The production build runs inside this wait on a fresh checkout: minutes on a busy 2-core machine.
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), PANTAU_PG_PORT: process.env.PANTAU_PG_E2E_PORT || "5435", DATABASE_URL: process.env.DATABASE_URL_E2E || "" },
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
