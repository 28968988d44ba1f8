/**
 * The independent check of issue 2, automated: sign in as an account, follow every link it can reach
 * (a few pages of each kind), then replay those addresses as each other account. No answer may carry
 * data of an area outside the viewer's scope: the HTML sent to the browser (including the data that
 * client components receive) must not contain names that exist only outside it. No page may fail.
 */
import { test, expect, type Page } from "@playwright/test";
import { eachConcurrently, login, logout } from "./helpers";

const SKIP = [/^\/api\//, /\/unduh(\/|$|\?)/, /\/templat(\?|$)/, /^\/login/, /^\/_next\//];
const PER_SHAPE = 2;
const MAX_PAGES = 90;

/** /wilayah/desa/3f9c…?page=2 -> /wilayah/desa/:id?page — pages of one kind share a shape. */
function shapeOf(url: string): string {
  const u = new URL(url, "http://x");
  const path = u.pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id").replace(/\/\d[\d.]*/g, "/:n");
  return `${path}?${[...u.searchParams.keys()].sort().join("&")}`;
}

function linksOf(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"#]+)"([^>]*)>/g)) {
    if (/\bdownload\b/.test(m[2])) continue;
    const href = m[1].replace(/&amp;/g, "&");
    if (href.startsWith("/") && !href.startsWith("//")) out.push(href);
  }
  return out;
}

async function crawl(page: Page): Promise<string[]> {
  const seen = new Set<string>(["/"]);
  const shapes = new Map<string, number>();
  const queue = ["/"];
  const visited: string[] = [];
  while (queue.length && visited.length < MAX_PAGES) {
    const url = queue.shift()!;
    const res = await page.request.get(url);
    expect(res.status(), `${url} answers`).toBeLessThan(500);
    const html = await res.text();
    expect(html, `${url} shows no error page`).not.toContain("Terjadi kesalahan");
    visited.push(url);
    for (const href of linksOf(html)) {
      if (seen.has(href) || SKIP.some((r) => r.test(href))) continue;
      seen.add(href);
      const shape = shapeOf(href);
      const n = shapes.get(shape) ?? 0;
      if (n >= PER_SHAPE) continue;
      shapes.set(shape, n + 1);
      queue.push(href);
    }
  }
  return visited;
}

/** Names of posyandu, desa and kabupaten that only exist outside each account's scope (see prisma/seed.ts). */
const OUTSIDE: Record<string, string[]> = {
  "kader.melati1": ["Melati 2", "Mawar 1", "Mawar 2", "Anggrek", "Dahlia", "Cempaka", "Flamboyan", "Banyumeneng", "Demak"],
  "kader.mawar2": ["Melati 1", "Melati 2", "Mawar 1", "Anggrek", "Dahlia", "Cempaka", "Flamboyan", "Banyumeneng", "Demak"],
  "bidan.klorogan": ["Anggrek", "Dahlia", "Cempaka", "Flamboyan", "Banyumeneng", "Pundenarum", "Demak"],
  "pkm.kaibon": ["Melati", "Mawar", "Klorogan", "Cempaka", "Flamboyan", "Banyumeneng", "Demak"],
  "pkm.geger": ["Anggrek", "Cempaka", "Flamboyan", "Banyumeneng", "Demak"],
  "staf.madiun": ["Cempaka", "Flamboyan", "Banyumeneng", "Pundenarum", "Demak"],
  "dinkes.demak": ["Melati", "Mawar", "Anggrek", "Dahlia", "Klorogan", "Madiun"],
  "dinkes.madiun": ["Cempaka", "Flamboyan", "Banyumeneng", "Pundenarum", "Demak"],
};

/** Next marks every page that rendered a not-found view with this tag, streamed or not. */
const NOT_FOUND_VIEW = /<meta name="robots" content="noindex"/;

async function replay(page: Page, username: string, urls: string[]) {
  await login(page, username);
  const leaks: string[] = [];
  const notFoundWrongStatus: string[] = [];
  let notFound = 0;
  await eachConcurrently(urls, 3, async (url) => {
    const res = await page.request.get(url);
    expect(res.status(), `${username} ${url}`).toBeLessThan(500);
    const html = await res.text();
    for (const name of OUTSIDE[username]) if (html.includes(name)) leaks.push(`${url}: "${name}"`);
    // A record outside the area answers as one that does not exist, with the HTTP status to match.
    if (NOT_FOUND_VIEW.test(html)) {
      notFound += 1;
      if (res.status() !== 404) notFoundWrongStatus.push(`${url}: ${res.status()}`);
    }
  });
  expect(leaks, `${username} sees data outside its area`).toEqual([]);
  expect(notFoundWrongStatus, `${username}: not-found pages answer 404`).toEqual([]);
  await logout(page);
  return { notFound };
}

test.describe.configure({ timeout: 240_000 });

test("addresses the Madiun admin reaches show nothing outside the area of every other account", async ({ page }) => {
  await login(page, "dinkes.madiun");
  const urls = await crawl(page);
  expect(urls.length).toBeGreaterThan(30);
  await logout(page);
  // The admin's own pages first (nothing of Demak on them), then every other account.
  for (const user of ["dinkes.madiun", "kader.melati1", "kader.mawar2", "bidan.klorogan", "pkm.kaibon", "pkm.geger", "staf.madiun"]) {
    await replay(page, user, urls);
  }
  // Demak's admin meets Madiun's records as "not found": the status check above is not vacuous.
  expect((await replay(page, "dinkes.demak", urls)).notFound).toBeGreaterThan(10);
});

test("addresses the Demak admin reaches show nothing of Madiun to the Madiun admin, and each account's own pages stay in its area", async ({ page }) => {
  await login(page, "dinkes.demak");
  const urls = await crawl(page);
  expect(urls.length).toBeGreaterThan(20);
  await logout(page);
  await replay(page, "dinkes.madiun", urls);
  for (const user of ["kader.melati1", "pkm.kaibon", "bidan.klorogan"]) {
    await login(page, user);
    const mine = await crawl(page);
    await logout(page);
    await replay(page, user, mine);
  }
});
