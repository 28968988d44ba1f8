import { test, expect } from "@playwright/test";
import fs from "node:fs/promises";
import path from "node:path";
import { login } from "./helpers";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "impor");

test("admin Dinkes mengunduh templat, berkas dengan satu baris salah ditolak, berkas yang benar diimpor", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Impor" }).click();
  await expect(page.getByRole("heading", { name: "Impor dusun & posyandu" })).toBeVisible();
  await expect(page.getByTestId("kolom-impor")).toContainText("kode_desa");

  // The template: a header and two example rows of Kabupaten Madiun, as CSV and as XLSX.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe("templat-impor-posyandu.csv");
  const lines = (await fs.readFile(await csv.path(), "utf8")).replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0]).toBe("kode_desa,nama_dusun,nama_posyandu,tempat,minggu_ke,hari,lintang,bujur,aktif");
  expect(lines).toHaveLength(3);
  expect(lines.slice(1).every((l) => l.startsWith("35.19."))).toBe(true);
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat XLSX" }).click();
  expect((await xlsxDownload).suggestedFilename()).toBe("templat-impor-posyandu.xlsx");

  // A file with one bad row: the error names the line and the reason, and nothing is written.
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(path.join(FIXTURES, "posyandu-satu-salah.csv"));
  await expect(page.getByTestId("berkas-info")).toContainText("3 baris data");
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("alert-error")).toContainText("1 masalah ditemukan");
  await expect(page.getByTestId("impor-errors")).toHaveText('Baris 3: hari "Seninn" tidak dikenal (isi Senin–Minggu atau 1–7)');
  await page.goto("/posyandu?q=Sekar+Impor");
  await expect(page.getByText("Tidak ada posyandu yang cocok dengan filter")).toBeVisible();

  // The corrected file: preview with counts, then Simpan.
  await page.goto("/impor");
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(path.join(FIXTURES, "posyandu-benar.csv"));
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByRole("heading", { name: "Periksa sebelum menyimpan" })).toBeVisible();
  const ringkasan = page.getByTestId("impor-ringkasan");
  await expect(ringkasan.getByText("Dusun baru").locator("..")).toContainText("1");
  await expect(ringkasan.getByText("Posyandu baru").locator("..")).toContainText("2");
  await expect(ringkasan.getByText("Tidak berubah").locator("..")).toContainText("1");
  await expect(page.getByTestId("impor-pratinjau")).toContainText("Sekar Impor 2");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("impor-hasil")).toContainText("Impor selesai.");
  await expect(page.getByTestId("impor-hasil")).toContainText("1 dusun baru, 2 posyandu baru, 0 posyandu diubah, 1 baris tidak berubah dari 3 baris.");

  await page.getByRole("link", { name: "Lihat daftar posyandu" }).click();
  await page.getByLabel("Cari").fill("Sekar Impor");
  await page.getByRole("button", { name: "Terapkan" }).click();
  const table = page.getByTestId("posyandu-table");
  await expect(table.getByRole("link", { name: "Sekar Impor 1" })).toBeVisible();
  await expect(table.getByRole("link", { name: "Sekar Impor 2" })).toBeVisible();
  await expect(table).toContainText("Dusun Karangrejo");

  // The history lists the import.
  await page.goto("/impor");
  await expect(page.getByTestId("impor-riwayat")).toContainText("posyandu-benar.csv");
  await expect(page.getByTestId("impor-riwayat")).toContainText("Tersimpan");
});

test("selain admin Dinkes tidak punya menu Impor dan /impor tidak ditemukan", async ({ page }) => {
  await login(page, "staf.madiun");
  await expect(page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Impor" })).toHaveCount(0);
  await page.goto("/impor");
  await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
  const template = await page.request.get("/impor/templat?format=csv");
  expect(template.status()).toBe(404);
});
