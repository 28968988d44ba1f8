/**
 * Pilot sites: the Dinkes admin designates a pilot (refused first by the per-year rule, naming the
 * existing pilot), moves it through the stages and back with a reason; a puskesmas officer on a
 * 360-px phone sees only its catchment's pilots and cannot open another's.
 */
import { test, expect, type Page } from "@playwright/test";
import { login, logout } from "./helpers";

const nav = (page: Page) => page.getByRole("navigation", { name: "Navigasi utama" });

async function moveForward(page: Page, label: string) {
  await page.getByRole("button", { name: `Pindah ke ${label}` }).click();
  await expect(page.getByTestId("alert-success")).toHaveText("Tahap sudah dipindahkan dan dicatat di riwayat.");
  await expect(page.getByTestId("tahap-stepper").locator('[aria-current="step"]')).toContainText(`${label} (sekarang)`);
}

test("admin Dinkes menetapkan posyandu percontohan, memindahkan tahapnya maju, lalu mundur dengan alasan", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await nav(page).getByRole("link", { name: "Percontohan" }).click();
  await expect(page.getByTestId("percontohan-table")).toContainText("Posyandu Melati 1");
  // The tahap badge comes rendered from the server; the chart's script loads in the browser, only here.
  await expect(page.getByTestId("percontohan-table").getByTestId("tahap-badge").first()).toBeVisible();
  await expect(page.locator("figure canvas")).toBeVisible();
  await page.getByRole("link", { name: "Tetapkan percontohan" }).click();

  await page.getByLabel("Cari posyandu (nama, desa, atau kecamatan)").fill("dahlia");
  await page.getByRole("combobox", { name: "Posyandu", exact: true }).selectOption({ label: "Posyandu Dahlia — Desa Geger" });
  await page.getByLabel("Nomor SK").fill("188/77/402.102/2024");
  await page.getByLabel("Tanggal SK").fill("2024-03-01");
  await page.getByLabel("Tanggal mulai").fill("2024-03-04");
  await page.getByRole("button", { name: "Tetapkan" }).click();
  // Puskesmas Geger already has its pilot desa for 2024: refused, naming it; nothing typed is lost.
  await expect(page.locator("#posyanduId-error")).toHaveText("Puskesmas Geger sudah punya desa percontohan 2024: Desa Klorogan (Posyandu Melati 1). Batasnya 1 desa percontohan per puskesmas per tahun.");
  await expect(page.getByLabel("Nomor SK")).toHaveValue("188/77/402.102/2024");
  await expect(page.getByRole("combobox", { name: "Posyandu", exact: true })).toHaveValue(/.+/);

  await page.getByLabel("Nomor SK").fill("188/12/402.102/2025");
  await page.getByLabel("Tanggal SK").fill("2025-01-10");
  await page.getByLabel("Tanggal mulai").fill("2025-01-13");
  await page.getByLabel("Tanggal target").fill("2025-06-30");
  await page.getByRole("button", { name: "Tetapkan" }).click();
  await expect(page.getByRole("heading", { name: "Percontohan Posyandu Dahlia" })).toBeVisible();
  await expect(page.getByTestId("tahap-stepper").locator('[aria-current="step"]')).toContainText("Diusulkan (sekarang)");

  await moveForward(page, "Ditetapkan");
  await moveForward(page, "Asesmen awal");
  await moveForward(page, "Siap");
  // Still before "berjalan" and the target (30 June 2025) has passed: overdue.
  await expect(page.getByTestId("penetapan").getByTestId("target-terlambat")).toBeVisible();

  const back = page.getByTestId("form-mundur");
  await back.getByLabel("Kembali ke tahap").selectOption({ label: "Ditetapkan" });
  await back.getByRole("button", { name: "Kembalikan tahap" }).click();
  await expect(back.locator("#mundur-alasan-error")).toHaveText("Tulis alasan kembali dari siap ke ditetapkan.");
  await back.getByLabel("Alasan kembali").fill("Dua kader inti pindah domisili");
  await back.getByRole("button", { name: "Kembalikan tahap" }).click();
  await expect(page.getByTestId("tahap-stepper").locator('[aria-current="step"]')).toContainText("Ditetapkan (sekarang)");
  await expect(page.getByTestId("riwayat-tahap").getByRole("listitem").first()).toContainText("Siap → Ditetapkan (kembali)");
  await expect(page.getByTestId("riwayat-tahap")).toContainText("Alasan: Dua kader inti pindah domisili");
  await expect(page.getByTestId("riwayat-tahap").getByRole("listitem")).toHaveCount(5);
  await expect(page.getByTestId("riwayat")).toContainText("Tahap: Siap → Ditetapkan");

  // The cohort shows it, filtered by stage; the posyandu page links to it.
  await page.goto("/percontohan?tahap=DITETAPKAN");
  await expect(page.getByTestId("percontohan-table").getByRole("link", { name: "Posyandu Dahlia" })).toBeVisible();
  await page.getByTestId("percontohan-table").getByRole("link", { name: "Posyandu Dahlia" }).click();
  await expect(page.getByRole("heading", { name: "Percontohan Posyandu Dahlia" })).toBeVisible();
  await page.getByTestId("penetapan").getByRole("link", { name: "Posyandu Dahlia" }).click();
  await expect(page.getByRole("heading", { name: "Posyandu Dahlia" })).toBeVisible();
  await expect(page.getByTestId("kartu-percontohan")).toContainText("Posyandu percontohan ILP angkatan 1, tahun 2025");
});

test.describe("di layar 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("petugas puskesmas hanya melihat percontohan di wilayah kerjanya", async ({ page }) => {
    await login(page, "pkm.geger");
    await nav(page).getByRole("link", { name: "Percontohan" }).click();
    const table = page.getByTestId("percontohan-table");
    await expect(table.getByRole("link", { name: "Posyandu Melati 1" })).toBeVisible();
    await expect(table).not.toContainText("Anggrek");
    await table.getByRole("link", { name: "Posyandu Melati 1" }).click();
    await expect(page.getByRole("heading", { name: "Percontohan Posyandu Melati 1" })).toBeVisible();
    await expect(page.getByTestId("replikasi-ringkas")).toHaveText("1 dari 3 posyandu sasaran sudah berjalan.");
    await expect(page.getByTestId("studi-banding-list")).toContainText("Dinas Kesehatan Kabupaten Jombang");
    // Reading only: no edit, no stage forms.
    await expect(page.getByRole("link", { name: "Ubah" })).toHaveCount(0);
    await expect(page.getByTestId("form-maju")).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const melati1 = page.url();
    await logout(page);

    await login(page, "pkm.kaibon");
    await page.goto("/percontohan");
    await expect(page.getByTestId("percontohan-table").getByRole("link", { name: "Posyandu Anggrek 1" })).toBeVisible();
    await expect(page.getByTestId("percontohan-table")).not.toContainText("Melati");
    await page.goto(melati1);
    await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
    await page.goto("/percontohan/baru");
    await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
  });
});
