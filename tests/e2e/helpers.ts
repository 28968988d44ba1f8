import { expect, type BrowserContext, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO_PASSWORD = "pantau-demo";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("viewer-info")).toBeVisible();
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();
}

/** The e2e database (the one Playwright's web server seeded), for checks the screen cannot show. */
export const dbUrl = () => process.env.DATABASE_URL_E2E || `postgresql://pantau:pantau-local@127.0.0.1:${process.env.PANTAU_PG_E2E_PORT || "5435"}/pantau`;

/** Answers one supervision item the "good" way (ya, 4, the first option, 6, a text), or the failing way (tidak, 1) when asked. */
export async function answer(item: Locator, tidak = false) {
  switch (await item.getAttribute("data-tipe")) {
    case "YA_TIDAK":
      return item.getByRole("radio", { name: tidak ? "Tidak" : "Ya", exact: true }).check();
    case "SKALA":
      return item.getByRole("radio", { name: tidak ? "1" : "4", exact: true }).check();
    case "PILIHAN":
      return item.getByRole("radio").first().check();
    case "ANGKA":
      return item.locator('input[type="number"]').fill("6");
    default:
      return item.locator("textarea").fill("Berjalan baik");
  }
}

/**
 * Visits addresses with `tabs` pages of one signed-in context at a time (a crawl of many pages is
 * mostly waiting: for the server, for the network to settle). `visit` may return more addresses to
 * queue; at most `max` are visited. Returns the addresses visited, in the order they were taken.
 */
export async function visitAll(
  context: BrowserContext,
  start: readonly string[],
  visit: (page: Page, url: string) => Promise<readonly string[] | void>,
  { tabs = 3, max = Infinity }: { tabs?: number; max?: number } = {},
): Promise<string[]> {
  const queue = [...start];
  const visited: string[] = [];
  let busy = 0;
  const pages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
  const worker = async (page: Page) => {
    for (;;) {
      if (visited.length >= max) return;
      const url = queue.shift();
      if (url === undefined) {
        if (busy === 0) return;
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      busy++;
      visited.push(url);
      try {
        const more = await visit(page, url);
        if (more) queue.push(...more);
      } finally {
        busy--;
      }
    }
  };
  try {
    await Promise.all(pages.map(worker));
  } finally {
    await Promise.all(pages.map((p) => p.close()));
  }
  return visited;
}

/** axe-core's serious and critical violations of WCAG 2/2.1 A and AA on the page as it is now. */
export async function a11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Opens each address (a few at a time, once the network has settled) and lists its accessibility violations. */
export async function a11yOfPages(context: BrowserContext, urls: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  await visitAll(context, urls, async (page, url) => {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    for (const v of await a11yViolations(page)) found.push(`${url}: ${v}`);
  });
  return found;
}

/** Runs `fn` over `items`, `n` at a time (HTTP replays of many addresses). */
export async function eachConcurrently<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}
