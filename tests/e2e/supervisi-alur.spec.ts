/**
 * The supervision loop on one site, end to end in the browser: the Geger puskesmas officer supervises
 * Posyandu Mawar 1 on a 360-px phone and agrees a follow-up it owns; the feedback sheet's PDF holds
 * the site, the score and the follow-up; the officer later closes the follow-up with its evidence;
 * the next visit to Mawar 1 lists it as "marked done by its owner", the supervisor confirms it, and
 * the database then holds one confirmed check of it by that second visit.
 * (Planning on a posyandu day: rencana.spec.ts; the offline reload: kunjungan.spec.ts.)
 */
import { readFile } from "node:fs/promises";
import { test, expect, type Page } from "@playwright/test";
import { Client } from "pg";
import { extractText, getDocumentProxy } from "unpdf";
import { answer, dbUrl, login } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });

const TOKEN = Date.now().toString(36);
const TINDAKAN = `Kalibrasi ulang semua alat ukur Mawar 1 (${TOKEN})`;


/** Opens an ad hoc visit to Mawar 1 and answers every item ("1" on the calibration item when asked). */
async function openAndAnswer(page: Page, failCalibration: boolean): Promise<string> {
  await page.goto("/supervisi/kunjungan/baru");
  await page.getByLabel("Cari posyandu (nama atau desa)").fill("mawar 1");
  await page.getByRole("combobox", { name: "Posyandu", exact: true }).selectOption({ label: "Posyandu Mawar 1, Desa Klorogan" });
  await page.getByRole("button", { name: "Mulai kunjungan" }).click();
  await expect(page).toHaveURL(/\/supervisi\/kunjungan\/[0-9a-f-]{36}\/isi$/);
  const id = page.url().split("/").at(-2)!;
  const items = page.locator('[data-testid^="butir-"]');
  const n = await items.count();
  for (let i = 0; i < n; i++) await answer(items.nth(i), failCalibration && (await items.nth(i).getAttribute("data-testid")) === "butir-SAR-06");
  return id;
}

test("satu siklus supervisi: kunjungan, tindak lanjut, PDF, ditutup pemiliknya, diverifikasi kunjungan berikutnya", async ({ page }) => {
  test.setTimeout(300_000);
  await login(page, "pkm.geger");

  // 1. The visit, with a follow-up from the failed calibration item, owned by the puskesmas.
  const first = await openAndAnswer(page, true);
  await page.getByTestId("butir-SAR-06").getByRole("button", { name: "Tambahkan temuan" }).click();
  const form = page.getByTestId("form-temuan");
  await form.getByLabel("Tindakan (rencana tindak lanjut)").fill(TINDAKAN);
  await form.getByLabel("Tingkat penanggung jawab").selectOption("PUSKESMAS");
  await form.getByLabel("Nama penanggung jawab").fill("Petugas Puskesmas Geger");
  await form.getByLabel("Batas waktu").fill(new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10));
  await form.getByRole("button", { name: "Simpan temuan" }).click();
  await expect(page.getByTestId("daftar-temuan")).toContainText(TINDAKAN);
  await expect(page.getByTestId("status-simpan")).toHaveText("Tersimpan di server", { timeout: 20_000 });
  await page.getByRole("button", { name: "Kirim hasil kunjungan" }).click();
  await expect(page).toHaveURL(new RegExp(`/supervisi/kunjungan/${first}\\?dikirim=1$`));
  const skor = (await page.getByTestId("skor-tersimpan").innerText()).trim();

  // 2. The feedback sheet's PDF holds the site, the score and the follow-up.
  await page.getByRole("link", { name: /Lembar umpan balik/ }).click();
  await expect(page.getByTestId("lembar")).toContainText("Posyandu Mawar 1");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh PDF" }).click()]);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await readFile((await download.path())!))), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain("Posyandu Mawar 1");
  expect(flat).toContain(skor);
  expect(flat).toContain(TINDAKAN.slice(0, 40));

  // 3. The owner closes it with its evidence.
  await page.goto(`/supervisi/tindak-lanjut?q=${TOKEN}`);
  await page.getByRole("link", { name: /Alat ukur terkalibrasi/ }).first().click();
  const upd = page.getByTestId("form-perbarui");
  await upd.getByLabel("Status baru").selectOption({ label: "Selesai" });
  await upd.getByLabel("Catatan bukti").fill("Semua alat dikalibrasi, sertifikat difoto.");
  await upd.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tindak lanjut sudah diperbarui.")).toBeVisible();

  // 4. The next visit lists it as marked done by its owner; the supervisor confirms it and submits.
  const second = await openAndAnswer(page, false);
  const check = page.getByTestId("verifikasi-item").filter({ hasText: TINDAKAN });
  await expect(check).toContainText("Ditandai selesai oleh penanggung jawab");
  await check.getByRole("radio", { name: "Selesai", exact: true }).check();
  await expect(page.getByTestId("status-simpan")).toHaveText("Tersimpan di server", { timeout: 20_000 });
  await page.getByRole("button", { name: "Kirim hasil kunjungan" }).click();
  await expect(page).toHaveURL(new RegExp(`/supervisi/kunjungan/${second}\\?dikirim=1$`));

  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const rows = await db.query<{ status: string; hasil: string; kunjungan_id: string }>(
      "SELECT t.status::text, v.hasil::text, v.kunjungan_id::text FROM tindak_lanjut t JOIN verifikasi_tindak_lanjut v ON v.tindak_lanjut_id = t.id WHERE t.tindakan = $1",
      [TINDAKAN],
    );
    expect(rows.rows).toEqual([{ status: "SELESAI", hasil: "SELESAI", kunjungan_id: second }]);
  } finally {
    await db.end();
  }
});
