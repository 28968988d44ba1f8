import { test, expect, type Page } from "@playwright/test";
import fs from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { login } from "./helpers";
import { parseCsv, toCsv } from "../../lib/csv/index.ts";
import { processRows } from "../../lib/pertumbuhan/batch.ts";
import { generateRows, GENERATED_HEADER_DAYS } from "../../scripts/gen-children.ts";

const FIXTURE = path.join(import.meta.dirname, "..", "fixtures", "gizi", "anak-satu-salah.csv");
const BAD_REASON = 'Berat badan bukan angka: "dua belas".';

async function openPage(page: Page, username = "kader.melati1") {
  await login(page, username);
  await page.goto("/gizi/berkas");
  await expect(page.getByRole("heading", { name: "Status gizi dari berkas" })).toBeVisible();
}

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, format: "CSV" | "XLSX (Excel)") {
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles(file);
  await page.getByRole("radio", { name: format }).check();
  await page.getByRole("button", { name: "Hitung z-score" }).click();
}

/** The value shown under a summary label. */
const stat = (page: Page, label: string) => page.getByTestId("gizi-berkas-ringkasan").getByText(label, { exact: true }).locator("xpath=following-sibling::dd");

test("kader mengunggah CSV dengan satu baris salah dan mengunduh hasilnya sebagai CSV dan XLSX", async ({ page }) => {
  await openPage(page);
  await expect(page.getByTestId("kolom-masukan")).toContainText("tgl_lahir");
  await expect(page.getByTestId("kolom-hasil")).toContainText("zwei, zlen, zwfl, zbmi, zhc, zac");

  await upload(page, FIXTURE, "CSV");
  await expect(page.getByTestId("gizi-berkas-hasil")).toBeVisible();
  await expect(stat(page, "Baris dibaca")).toHaveText("4");
  await expect(stat(page, "Dihitung")).toHaveText("4"); // the bad row still has PB/TB/U
  await expect(stat(page, "Dengan keterangan")).toHaveText("1");
  // The bad row is row 4 of the file (row 1 is the header), with its reason.
  const ket = page.getByTestId("gizi-berkas-keterangan");
  await expect(ket.getByRole("row")).toHaveCount(2);
  await expect(ket.getByRole("row").nth(1)).toHaveText(`4${BAD_REASON}`);

  // CSV: the input columns unchanged, then z-scores exactly as processRows computes them.
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh hasil CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe("anak-satu-salah-zscore.csv");
  const text = await fs.readFile(await csv.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [inHeader, ...inRows] = parseCsv(await fs.readFile(FIXTURE, "utf8"));
  const expected = processRows(inHeader, inRows);
  const got = parseCsv(text);
  expect(got[0]).toEqual(expected.header);
  expect(got.slice(1)).toEqual(expected.rows);
  const zwei = got[0].indexOf("zwei");
  expect(got.slice(1).map((r) => r[zwei] !== "")).toEqual([true, true, false, true]);
  expect(got[3][got[0].indexOf("keterangan")]).toBe(BAD_REASON);

  // The same result as XLSX, from the secondary link.
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh hasil XLSX" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe("anak-satu-salah-zscore.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const sheet = wb.worksheets[0];
  expect(sheet.getRow(2).getCell(zwei + 1).value).toBe(Number(expected.rows[0][zwei]));

  // After downloads the form still works: a bad file is refused with a reason.
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({ name: "tanpa-judul.csv", mimeType: "text/csv", buffer: Buffer.from("Ani,1,2\n") });
  await page.getByRole("button", { name: "Hitung z-score" }).click();
  await expect(page.getByTestId("gizi-berkas-gagal")).toContainText("Judul kolom belum lengkap");
});

test("kader mengunggah XLSX dan mengunduh hasil XLSX dengan angka sebagai angka", async ({ page }, testInfo) => {
  const header = ["Nama Anak", "Jenis Kelamin", "Tanggal Lahir", "Tanggal Pengukuran", "Berat (kg)", "Tinggi (cm)"];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addRow(header);
  ws.addRow(["Ani", "P", new Date(Date.UTC(2023, 2, 15)), new Date(Date.UTC(2025, 0, 10)), 10.2, 82.5]);
  ws.addRow(["Budi", "L", new Date(Date.UTC(2021, 6, 2)), new Date(Date.UTC(2025, 0, 10)), 14.8, 98]);
  ws.addRow(["Tanpa JK", "", new Date(Date.UTC(2022, 4, 5)), new Date(Date.UTC(2025, 0, 10)), 12.5, 90]);
  const file = testInfo.outputPath("anak-mei.xlsx");
  await wb.xlsx.writeFile(file);

  await openPage(page);
  // The template as given: four example children, one of them not computable.
  const templat = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh templat XLSX" }).click();
  const templatFile = await templat;
  expect(templatFile.suggestedFilename()).toBe("templat-status-gizi.xlsx");
  const templatPath = testInfo.outputPath("templat-status-gizi.xlsx");
  await templatFile.saveAs(templatPath);
  await upload(page, templatPath, "XLSX (Excel)");
  await expect(stat(page, "Baris dibaca")).toHaveText("4");
  await expect(stat(page, "Dihitung")).toHaveText("3");
  await expect(page.getByTestId("gizi-berkas-keterangan").getByRole("row")).toHaveCount(2);
  await expect(page.getByTestId("gizi-berkas-keterangan")).toContainText("5Jenis kelamin wajib diisi");

  await upload(page, file, "XLSX (Excel)");
  await expect(stat(page, "Baris dibaca")).toHaveText("3");
  await expect(page.getByTestId("gizi-berkas-keterangan")).toContainText("Jenis kelamin wajib diisi");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh hasil XLSX" }).click();
  const got = await download;
  expect(got.suggestedFilename()).toBe("anak-mei-zscore.xlsx");
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(await got.path());
  const sheet = out.worksheets[0];
  const cols = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[];
  const expected = processRows(header, [
    ["Ani", "P", "2023-03-15", "2025-01-10", "10.2", "82.5"],
    ["Budi", "L", "2021-07-02", "2025-01-10", "14.8", "98"],
    ["Tanpa JK", "", "2022-05-05", "2025-01-10", "12.5", "90"],
  ]);
  expect(cols).toEqual(expected.header);
  expect(sheet.getRow(1).font?.bold).toBe(true);
  for (const name of ["zwei", "zlen", "zwfl", "zbmi"]) {
    const c = cols.indexOf(name);
    expect(sheet.getRow(2).getCell(c + 1).value, name).toBe(Number(expected.rows[0][c]));
    expect(sheet.getRow(3).getCell(c + 1).value, name).toBe(Number(expected.rows[1][c]));
  }
  expect(sheet.getRow(2).getCell(cols.indexOf("kat_bbu") + 1).value).toBe(expected.rows[0][cols.indexOf("kat_bbu")]);
  expect(sheet.getRow(4).getCell(cols.indexOf("keterangan") + 1).value).toBe("Jenis kelamin wajib diisi (laki-laki atau perempuan).");

  // On a 360 px phone the page does not scroll sideways (the wide tables scroll inside their own box).
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole("link", { name: "Unduh hasil XLSX" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: testInfo.outputPath("360px.png"), fullPage: true });
});

test("hasil hanya dapat diunduh oleh pengguna yang mengunggahnya", async ({ page, browser }) => {
  await openPage(page);
  await upload(page, FIXTURE, "CSV");
  const href = await page.getByRole("link", { name: "Unduh hasil CSV" }).getAttribute("href");
  expect(href).toMatch(/^\/gizi\/berkas\/unduh\/[0-9a-f-]{36}\?format=csv$/);
  expect((await page.request.get(href!)).status()).toBe(200);

  const other = await browser.newContext({ baseURL: testInfo().project.use.baseURL });
  const otherPage = await other.newPage();
  await login(otherPage, "kader.mawar2");
  for (const format of ["csv", "xlsx"]) {
    const res = await otherPage.request.get(href!.replace("format=csv", `format=${format}`));
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain("Hasil tidak ditemukan");
  }
  // A made-up id answers the same.
  expect((await otherPage.request.get("/gizi/berkas/unduh/00000000-0000-0000-0000-000000000000?format=csv")).status()).toBe(404);
  await other.close();
});

test("berkas 100.000 baris: kemajuan terlihat dan hasilnya lengkap", async ({ page }) => {
  test.setTimeout(180_000);
  const rows = generateRows(100_000, { seed: 7 });
  const buffer = Buffer.from(toCsv([GENERATED_HEADER_DAYS, ...rows], { newline: "\n" }));
  await openPage(page);
  // Every progress text the page shows, recorded as it changes.
  await page.evaluate(() => {
    const w = window as unknown as { labels: string[] };
    w.labels = [];
    const box = document.querySelector('[data-testid="gizi-berkas-progress"]')!;
    new MutationObserver(() => {
      const t = box.textContent ?? "";
      if (t && w.labels.at(-1) !== t) w.labels.push(t);
    }).observe(box, { subtree: true, childList: true, characterData: true });
  });
  const t0 = Date.now();
  await upload(page, { name: "anak-100rb.csv", mimeType: "text/csv", buffer }, "CSV");
  await expect(stat(page, "Baris dibaca")).toHaveText("100.000", { timeout: 120_000 });
  const seconds = (Date.now() - t0) / 1000;
  testInfo().annotations.push({ type: "durasi 100.000 baris (unggah + hitung)", description: `${seconds.toFixed(1)} dtk` });
  console.log(`100.000 baris: ${seconds.toFixed(1)} dtk dari klik sampai ringkasan`);
  const labels = await page.evaluate(() => (window as unknown as { labels: string[] }).labels);
  expect(labels.some((l) => /^Menghitung baris [\d.]+ dari 100\.000$/.test(l))).toBe(true);
  expect(await page.getByTestId("gizi-berkas-keterangan").getByRole("row").count()).toBe(21); // header + first 20

  const t1 = Date.now();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh hasil CSV" }).click();
  const got = parseCsv(await fs.readFile(await (await download).path(), "utf8"));
  console.log(`unduh CSV 100.000 baris: ${((Date.now() - t1) / 1000).toFixed(1)} dtk`);
  expect(got).toHaveLength(100_001);
  const expected = processRows(GENERATED_HEADER_DAYS, rows.slice(-5));
  expect(got.slice(-5)).toEqual(expected.rows);
});

function testInfo() {
  return test.info();
}
