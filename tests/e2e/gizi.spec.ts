import { test, expect, type Page } from "@playwright/test";
import { login, logout } from "./helpers";
import { computeGrowth } from "../../lib/pertumbuhan/index.ts";
import { formatZId } from "../../lib/gizi/kalkulator.ts";

/** Non-blank pixels on the chart's canvas: proof that chart.js drew something. */
async function paintedPixels(page: Page): Promise<number> {
  return page.getByTestId("hasil-gizi").locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext("2d");
    if (!ctx || canvas.width === 0) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

test.describe("di layar ponsel 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("kader menghitung status gizi seorang anak dan melihat kategori serta grafiknya", async ({ page }) => {
    await login(page, "kader.melati1");
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Status Gizi" }).click();
    await expect(page.getByRole("heading", { name: "Status gizi anak" })).toBeVisible();

    await page.getByLabel("Perempuan").check();
    await page.getByLabel("Tanggal lahir").fill("2024-05-10");
    await page.getByLabel("Tanggal pengukuran").fill("2026-11-20");
    await page.getByLabel("Berat badan (kg)").fill("10,1");
    await page.getByLabel("Panjang/tinggi badan (cm)").fill("84,0");
    await page.getByLabel("Cara ukur panjang/tinggi").selectOption({ label: "Berdiri (tinggi badan)" });
    await page.getByRole("button", { name: "Hitung status gizi" }).click();

    const expected = computeGrowth({ sex: 2, birthDate: "2024-05-10", visitDate: "2026-11-20", weightKg: 10.1, lengthHeightCm: 84, measure: "h" });
    const hasil = page.getByTestId("hasil-gizi");
    await expect(hasil).toContainText("2 tahun 6 bulan 10 hari");
    for (const k of ["bbu", "tbu", "bbtb", "imtu"] as const) {
      const ir = expected.indices[k];
      expect(ir.z).not.toBeNull();
      const row = hasil.locator(`tr[data-indeks="${k}"]`);
      await expect(row).toContainText(formatZId(ir.z!));
      await expect(row).toContainText(ir.category!.label);
    }
    await expect(hasil.locator('tr[data-indeks="tbu"]')).toContainText("TB/U");
    await expect(page.getByRole("figure", { name: /^BB\/U: berat badan menurut umur, perempuan/ })).toBeVisible();
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
    await expect(page.getByTestId("titik-anak")).toContainText("10,1 kg");

    // Another index's chart, with the child's point at its height.
    await page.getByRole("navigation", { name: "Pilih indeks grafik" }).getByRole("link", { name: "BB/TB" }).click();
    await expect(page.getByRole("figure", { name: /^BB\/TB: berat badan menurut panjang\/tinggi badan/ })).toBeVisible();
    await expect(page.getByTestId("titik-anak")).toContainText("84 cm");
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(2000);
    // The form still holds the child's data.
    await expect(page.getByLabel("Berat badan (kg)")).toHaveValue("10,1");
  });
});

test("input yang tidak mungkin mendapat pesan berbahasa Indonesia, bukan angka", async ({ page }) => {
  await login(page, "bidan.klorogan");
  await page.goto("/gizi");
  await page.getByLabel("Laki-laki").check();
  await page.getByLabel("Tanggal lahir").fill("2026-11-21");
  await page.getByLabel("Tanggal pengukuran").fill("2026-11-20");
  await page.getByLabel("Berat badan (kg)").fill("0");
  await page.getByRole("button", { name: "Hitung status gizi" }).click();
  // Every problem at once, each next to its field.
  await expect(page.locator("#bb-error")).toHaveText("Berat badan harus lebih dari 0 kg.");
  await expect(page.locator("#tgl_lahir-error")).toHaveText("Tanggal lahir sesudah tanggal pengukuran.");
  await expect(page.getByTestId("hasil-gizi")).toHaveCount(0);

  await page.getByLabel("Berat badan (kg)").fill("9");
  await page.getByRole("button", { name: "Hitung status gizi" }).click();
  await expect(page.locator("#tgl_lahir-error")).toHaveText("Tanggal lahir sesudah tanggal pengukuran.");
  await expect(page.locator("#bb-error")).toHaveCount(0);
  await expect(page.getByTestId("hasil-gizi")).toHaveCount(0);

  await page.getByLabel("Tanggal lahir").fill("2005-01-01");
  await page.getByRole("button", { name: "Hitung status gizi" }).click();
  await expect(page.getByText(/Umur 19 tahun atau lebih/)).toBeVisible();
  await expect(page.getByTestId("hasil-gizi")).toHaveCount(0);

  // A length outside the weight-for-length table: that index says why instead of a number.
  await page.getByLabel("Tanggal lahir").fill("2026-05-20");
  await page.getByLabel("Berat badan (kg)").fill("7,5");
  await page.getByLabel("Panjang/tinggi badan (cm)").fill("40");
  await page.getByRole("button", { name: "Hitung status gizi" }).click();
  await expect(page.getByTestId("hasil-gizi").locator('tr[data-indeks="bbtb"]')).toContainText("di luar tabel BB/PB (45–110 cm)");
});

test("setiap peran dapat membuka kalkulator status gizi", async ({ page }) => {
  for (const user of ["dinkes.madiun", "pkm.kaibon"]) {
    await login(page, user);
    await page.goto("/gizi");
    await expect(page.getByRole("heading", { name: "Status gizi anak" })).toBeVisible();
    // Signing out first checks the device for unsent posyandu-day entries: wait for the sign-in page.
    await logout(page);
  }
});
