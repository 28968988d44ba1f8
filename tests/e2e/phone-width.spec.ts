/**
 * Kaders and bidan use cheap phones: every page a role reaches (one of each kind) fits a 360-px-wide
 * screen without sideways scrolling. Wide tables scroll inside their own box, not the page.
 */
import { test, expect } from "@playwright/test";
import { login, logout, visitAll } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });
test.describe.configure({ timeout: 180_000 });

for (const user of ["dinkes.madiun", "pkm.geger", "kader.melati1"]) {
  test(`${user}: setiap halaman muat di layar 360 px`, async ({ page }) => {
    await login(page, user);
    const shapes = new Set<string>();
    const tooWide: string[] = [];
    // The calculator with an answer (its result table and chart) as well as every linked page.
    const start = ["/", "/gizi?jk=2&tgl_lahir=2024-05-10&tgl_ukur=2026-11-20&bb=10%2C1&tb=84&cara=h&lila=13"];
    const visited = (await visitAll(page.context(), start, async (tab, url) => {
      await tab.goto(url);
      // After hydration: client components (the growth chart) size themselves only then.
      await tab.waitForLoadState("networkidle");
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) tooWide.push(`${url} (${width} px)`);
      const hrefs = await tab.$$eval("a[href^='/']:not([download])", (as) => as.map((a) => a.getAttribute("href")!));
      const next: string[] = [];
      for (const href of hrefs) {
        if (/\/unduh|\/templat|^\/api\//.test(href)) continue;
        const shape = href.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id").split("?")[0];
        if (shapes.has(shape)) continue;
        shapes.add(shape);
        next.push(href);
      }
      return next;
    }, { max: 45 })).length;
    expect(visited).toBeGreaterThan(user.startsWith("kader") ? 4 : 10);
    expect(tooWide).toEqual([]);
    await logout(page);
  });
}
