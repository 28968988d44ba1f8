/**
 * Follow-ups and the feedback sheet: the puskesmas officer closes a follow-up it owns with an
 * evidence note on a 360-px phone and it leaves its beranda's list; a kader reads its posyandu's
 * sheet and marks its own follow-up done; the sheet's PDF downloads and its text holds the site,
 * the score and the follow-ups.
 */
import { readFile } from "node:fs/promises";
import { test, expect } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { login } from "./helpers";

const KALIBRASI = "Timbangan dan alat ukur belum dikalibrasi dalam 12 bulan terakhir.";
const REGISTER = "Register ibu hamil belum diisi lengkap.";

test.describe("di layar 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("petugas puskesmas menutup tindak lanjut miliknya dengan catatan bukti, lalu hilang dari beranda", async ({ page }) => {
    await login(page, "pkm.geger");
    const card = page.getByTestId("beranda-tindak-lanjut");
    await expect(card).toContainText(KALIBRASI);
    await expect(card.getByTestId("terlambat").first()).toBeVisible();
    await expect(page.getByTestId("beranda-terlambat-wilayah")).toContainText("tindak lanjut terlambat di wilayah Anda");
    await card.getByRole("link", { name: KALIBRASI }).click();
    await expect(page.getByRole("heading", { name: KALIBRASI })).toBeVisible();

    const form = page.getByTestId("form-perbarui");
    await form.getByLabel("Status baru").selectOption({ label: "Selesai" });
    await form.getByRole("button", { name: "Simpan" }).click();
    // Refused without the evidence note: said on the field, the chosen status kept.
    await expect(page.locator("#catatanBukti-error")).toContainText("Catatan bukti wajib diisi");
    await expect(form.getByLabel("Status baru")).toHaveValue("SELESAI");
    await form.getByLabel("Catatan bukti").fill("Timbangan dan infantometer dikalibrasi 20 Juni, sertifikat difoto.");
    await form.getByRole("button", { name: "Simpan" }).click();
    await expect(page.getByText("Tindak lanjut sudah diperbarui.")).toBeVisible();
    await expect(page.getByTestId("status-tindak-lanjut")).toContainText("Selesai");
    await expect(page.getByTestId("form-perbarui")).toHaveCount(0);

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Tindak lanjut saya" })).toBeVisible();
    await expect(page.getByText(KALIBRASI)).toHaveCount(0);
    // No horizontal scroll on the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("kader membaca lembar umpan balik posyandunya dan menandai selesai tindak lanjut miliknya", async ({ page }) => {
  await login(page, "kader.melati1");
  const card = page.getByTestId("beranda-tindak-lanjut");
  await expect(card).toContainText(REGISTER);
  await expect(card).not.toContainText(KALIBRASI);
  await card.getByRole("link", { name: REGISTER }).click();

  await page.getByRole("link", { name: /Lembar umpan balik/ }).click();
  const lembar = page.getByTestId("lembar");
  await expect(lembar).toContainText("Posyandu Melati 1");
  await expect(lembar).toContainText("14 Mei 2024");
  await expect(page.getByTestId("lembar-tindak-lanjut")).toContainText(REGISTER);
  await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
  await page.goBack();

  const form = page.getByTestId("form-perbarui");
  await expect(form.getByLabel("Status baru")).toHaveValue("SELESAI");
  await form.getByLabel("Catatan bukti").fill("Register ibu hamil dilengkapi dari kartu bantu.");
  await form.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText("Tindak lanjut sudah diperbarui.")).toBeVisible();
  await expect(page.getByTestId("status-tindak-lanjut")).toContainText("Selesai");

  // The desa-level follow-up of its posyandu is listed, but not its to update.
  await page.goto("/supervisi/tindak-lanjut");
  await expect(page.getByTestId("tindak-lanjut-table")).toContainText("Insentif kader belum masuk APBDes.");
  await page.getByRole("link", { name: "Insentif kader belum masuk APBDes." }).click();
  await expect(page.getByTestId("form-perbarui")).toHaveCount(0);
});

test("PDF lembar umpan balik terunduh dan teksnya memuat sasaran, skor dan tindak lanjut", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/supervisi/tindak-lanjut?q=register");
  await page.getByRole("link", { name: REGISTER }).click();
  await page.getByRole("link", { name: /Lembar umpan balik/ }).click();
  const skor = (await page.getByTestId("lembar-skor").innerText()).match(/Skor total ([\d,]+)/)?.[1];
  expect(skor).toBeTruthy();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh PDF" }).click()]);
  expect(download.suggestedFilename()).toBe("lembar-supervisi-melati-1-2024-05-14.pdf");
  const bytes = await readFile((await download.path())!);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("Posyandu Melati 1");
  expect(flat).toContain(`Skor total ${skor}`);
  expect(flat).toContain(REGISTER);
  expect(flat).toContain(KALIBRASI);
});

test("Dinkes menyaring per puskesmas, lalu per desa puskesmas itu; Atur ulang mengembalikan semua", async ({ page }) => {
  await login(page, "dinkes.demak");
  await page.goto("/supervisi/tindak-lanjut");
  const table = page.getByTestId("tindak-lanjut-table");
  await expect(table).toContainText("Banyumeneng");
  await expect(table).toContainText("Pundenarum");
  // No desa list for the whole kabupaten: first a puskesmas.
  await expect(page.getByLabel("Desa", { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("petunjuk-desa")).toBeVisible();
  const pkm = await page.getByLabel("Puskesmas", { exact: true }).locator("option").allTextContents();
  expect(pkm).toEqual(["Semua puskesmas", "Puskesmas Karangawen II", "Puskesmas Mranggen III"]);

  await page.getByLabel("Puskesmas", { exact: true }).selectOption({ label: "Puskesmas Mranggen III" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/puskesmas=/);
  await expect(table).not.toContainText("Pundenarum");
  await expect(page.getByLabel("Puskesmas", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  // The desa of this puskesmas with follow-ups, and no other.
  const desa = page.getByLabel("Desa", { exact: true });
  expect(await desa.locator("option").allTextContents()).toEqual(["Semua desa", "Banyumeneng"]);
  await desa.selectOption({ label: "Banyumeneng" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/desa=/);
  await expect(table).toContainText("Banyumeneng");
  await expect(page.getByLabel("Desa", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);

  await page.getByRole("link", { name: "Atur ulang" }).click();
  await expect(page).toHaveURL(/\/supervisi\/tindak-lanjut$/);
  await expect(table).toContainText("Pundenarum");
});
