/**
 * Accessibility: the main pages of each role pass axe-core's WCAG 2 A/AA rules (labels, names,
 * contrast, landmarks, ARIA), with no serious or critical violation.
 */
import { test, expect, type Page } from "@playwright/test";
import { a11yOfPages, a11yViolations, login, logout } from "./helpers";

test.describe.configure({ timeout: 180_000 });

test("halaman masuk memenuhi aturan aksesibilitas", async ({ page }) => {
  await page.goto("/login");
  expect(await a11yViolations(page)).toEqual([]);
});

test("halaman admin Dinkes memenuhi aturan aksesibilitas", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/posyandu?q=Melati 1");
  const detail = await page.getByTestId("posyandu-table").getByRole("link", { name: "Melati 1" }).getAttribute("href");
  await page.goto("/wilayah/puskesmas");
  const puskesmas = await page.getByTestId("puskesmas-table").getByRole("link", { name: "Puskesmas Geger" }).getAttribute("href");
  const found = await a11yOfPages(page.context(), [
    "/",
    "/posyandu",
    detail!,
    `${detail}/ubah`,
    "/posyandu/baru",
    "/wilayah",
    "/wilayah/desa",
    "/wilayah/puskesmas",
    "/wilayah/puskesmas/baru",
    `${puskesmas}/ubah`,
    "/wilayah/pustu/baru",
    "/pengguna",
    "/pengguna/baru",
    "/impor",
    "/gizi",
    "/gizi/berkas",
    "/ganti-password",
  ]);
  expect(found).toEqual([]);
  await logout(page);
});

test("halaman kader memenuhi aturan aksesibilitas, termasuk hasil kalkulator gizi", async ({ page }) => {
  await login(page, "kader.melati1");
  const found = await a11yOfPages(page.context(), ["/", "/posyandu", "/gizi?jk=2&tgl_lahir=2024-05-10&tgl_ukur=2026-11-20&bb=10%2C1&tb=84&cara=h&lila=13", "/gizi?jk=1&tgl_lahir=2026-11-21&tgl_ukur=2026-11-20&bb=0"]);
  expect(found).toEqual([]);
});

/** Presses Tab until the element matching `selector` has the focus (at most 40 times). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 40; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Types a date into a focused date input, in whichever day/month order the browser shows. */
async function typeDate(page: Page, selector: string, iso: string) {
  const [y, m, d] = iso.split("-");
  await tabTo(page, selector);
  await page.keyboard.type(`${d}${m}${y}`);
  if ((await page.locator(selector).inputValue()) === iso) return;
  // The other order (the date field follows the browser's own language, not the page's).
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(page.locator(selector)).toHaveValue(iso);
}

test("kader masuk dan menghitung status gizi dengan papan ketik saja", async ({ page }) => {
  await page.goto("/login");
  await tabTo(page, "#username");
  await page.keyboard.type("kader.melati1");
  await tabTo(page, "#password");
  await page.keyboard.type("pantau-demo");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("viewer-info")).toBeVisible();

  await tabTo(page, 'nav[aria-label="Navigasi utama"] a[href="/gizi"]');
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Status gizi anak" })).toBeVisible();
  await tabTo(page, 'input[name="jk"][value="1"]');
  // Arrow keys move within a radio group and select.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Perempuan")).toBeChecked();
  await typeDate(page, "#tgl_lahir", "2024-05-10");
  await typeDate(page, "#tgl_ukur", "2026-11-20");
  await tabTo(page, "#bb");
  await page.keyboard.type("10,1");
  await tabTo(page, "#tb");
  await page.keyboard.type("84");
  await tabTo(page, "#cara");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("#cara")).toHaveValue("h");
  await tabTo(page, 'button:has-text("Hitung status gizi")');
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("hasil-gizi").locator('tr[data-indeks="bbu"]')).toContainText("Berat badan normal");
  // The chart's index links are reachable and work from the keyboard too.
  await tabTo(page, 'nav[aria-label="Pilih indeks grafik"] a:has-text("TB/U")');
  await page.keyboard.press("Enter");
  await expect(page.getByRole("figure", { name: /^TB\/U/ })).toBeVisible();
});
