/**
 * The posyandu-day reports in the browser, on the demo year: the puskesmas officer opens SKDN for
 * May 2024, drills from its catchment to Desa Klorogan and Posyandu Melati 1, and downloads the
 * by-name CSV (its header checked); the kader sees who has not come for its posyandu on a phone.
 */
import { readFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { a11yViolations, login, logout } from "./helpers";

test("puskesmas: SKDN Mei 2024, turun ke Melati 1, unduh CSV per balita", async ({ page }) => {
  await login(page, "pkm.geger");
  await page.getByRole("navigation").getByRole("link", { name: "Laporan" }).first().click();
  await page.getByRole("link", { name: /^SKDN/ }).click();
  await page.getByLabel("Bulan", { exact: true }).fill("2024-05");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByRole("heading", { name: "SKDN Mei 2024" })).toBeVisible();
  const table = page.getByTestId("skdn-table");
  await expect(table.locator("thead")).toContainText("K/S");
  await expect(table.getByTestId("cek-d").first()).toContainText("sesuai");
  await table.getByRole("link", { name: "Desa Klorogan" }).click();
  await expect(page.getByTestId("jejak-wilayah")).toContainText("Desa Klorogan");
  // Klorogan's four demo posyandu (earlier specs may add more to the shared database).
  for (const nama of ["Mawar 1", "Mawar 2", "Melati 1", "Melati 2"]) await expect(table.getByRole("link", { name: `Posyandu ${nama}`, exact: true })).toBeVisible();
  for (const cek of await table.getByTestId("cek-d").all()) await expect(cek).toContainText("sesuai");
  await expect(page.getByTestId("catatan-ambang")).toBeVisible();
  await table.getByRole("link", { name: "Posyandu Melati 1" }).click();
  await expect(page.getByRole("heading", { name: "Balita Posyandu Melati 1, Mei 2024" })).toBeVisible();
  const balita = page.getByTestId("skdn-balita");
  await expect(balita.locator("tbody tr").first()).toBeVisible();
  expect(await balita.locator("tbody tr").count()).toBeGreaterThan(40);
  await expect(balita).toContainText("N (naik)");
  expect(await a11yViolations(page)).toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByTestId("unduh-balita-csv").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("skdn-melati-1-2024-05.csv");
  const text = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "");
  expect(text.split("\r\n")[0]).toBe("nama,jenis_kelamin,tanggal_lahir,tanggal_timbang,umur_bulan,berat_kg,berat_bulan_lalu_kg,kbm_g,status");
  expect(text).toMatch(/\r\n[^\r\n]+,[LP],\d{4}-\d{2}-\d{2},2024-05-\d{2},\d+,\d+(\.\d+)?,/);
  // The way back up.
  await page.getByTestId("jejak-wilayah").getByRole("link", { name: "Desa Klorogan" }).click();
  // Klorogan's four demo posyandu (earlier specs may add more to the shared database).
  for (const nama of ["Mawar 1", "Mawar 2", "Melati 1", "Melati 2"]) await expect(table.getByRole("link", { name: `Posyandu ${nama}`, exact: true })).toBeVisible();
  await logout(page);
});

test("dinkes: cakupan Mei 2024, per puskesmas satu indikator atau semua, pilihan ikut saat turun wilayah", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/laporan/cakupan?bulan=2024-05");
  await expect(page.getByRole("heading", { name: "Cakupan layanan Mei 2024" })).toBeVisible();
  await expect(page.getByTestId("cakupan-table")).toContainText("Tekanan darah diukur (lansia)");
  // Few puskesmas in the demo kabupaten: every indicator at once by default.
  const pilih = page.getByTestId("pilih-indikator");
  await expect(pilih.locator("[aria-current]")).toHaveText("Semua indikator (%)");
  await expect(page.getByTestId("cakupan-wilayah")).toBeVisible();
  await pilih.getByRole("link", { name: "Tekanan darah diukur (lansia)" }).click();
  const satu = page.getByTestId("cakupan-wilayah-indikator");
  await expect(satu.locator("caption")).toContainText("Tekanan darah diukur (lansia)");
  await expect(satu.locator("thead")).toContainText("Penyebut");
  await expect(page.getByTestId("cakupan-wilayah")).toHaveCount(0);
  expect(await a11yViolations(page)).toEqual([]);
  await satu.getByRole("link", { name: /Geger/ }).first().click();
  await expect(page.getByTestId("jejak-wilayah")).toContainText("Geger");
  await expect(page.getByTestId("cakupan-wilayah-indikator").locator("caption")).toContainText("Tekanan darah diukur (lansia)");
  await page.getByTestId("pilih-indikator").getByRole("link", { name: "Semua indikator (%)" }).click();
  await expect(page.getByTestId("cakupan-wilayah")).toBeVisible();
  await logout(page);
});

test.describe("di layar ponsel", () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test("kader: belum datang bulan Mei 2024 di posyandunya", async ({ page }) => {
    await login(page, "kader.melati1");
    await page.goto("/laporan?bulan=2024-05");
    await page.getByRole("link", { name: /^Belum datang/ }).click();
    await expect(page.getByRole("heading", { name: "Belum datang: Posyandu Melati 1" })).toBeVisible();
    const rows = page.getByTestId("belum-datang-table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId("pagination-info")).toContainText("dari");
    await expect(page.getByTestId("belum-datang-table")).toContainText(/belum pernah|\d{4}/);
    await page.getByLabel("Kelompok").selectOption("LANSIA");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/kelompok=LANSIA/);
    await expect(rows.first()).toContainText("Lansia");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await a11yViolations(page)).toEqual([]);
    // Another posyandu's list is "not found" for this kader.
    const other = await page.request.get("/laporan/belum-datang/unduh?bulan=2024-05&posyanduId=00000000-0000-4000-8000-000000000000");
    expect(other.status()).toBe(404);
    await logout(page);
  });
});
