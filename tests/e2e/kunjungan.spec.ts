/**
 * A supervision visit on a 360-px phone: the Geger puskesmas officer opens an ad hoc visit to Posyandu
 * Melati 1 (Desa Klorogan, its catchment), records attendance, answers half the checklist, loses the
 * signal, answers more (the pending count shows), reloads while offline (the service worker serves the
 * page, the device's draft fills it), gets the signal back (sent), finishes, adds a finding from a
 * failed item, and double-taps submit: exactly one submitted visit with the server's score.
 */
import { test, expect, type Page } from "@playwright/test";
import { Client } from "pg";
import { answer, dbUrl, login } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });



const status = (page: Page) => page.getByTestId("status-simpan");

test("petugas puskesmas mengisi kunjungan di ponsel, tetap jalan saat sinyal hilang dan halaman dimuat ulang, lalu mengirim sekali", async ({ page, context }) => {
  test.setTimeout(420_000);
  await login(page, "pkm.geger");
  await page.goto("/supervisi/kunjungan/baru");
  await page.getByLabel("Cari posyandu (nama atau desa)").fill("melati 1");
  await page.getByRole("combobox", { name: "Posyandu", exact: true }).selectOption({ label: "Posyandu Melati 1, Desa Klorogan" });
  await page.getByRole("button", { name: "Mulai kunjungan" }).click();
  await expect(page).toHaveURL(/\/supervisi\/kunjungan\/[0-9a-f-]{36}\/isi$/);
  const id = page.url().split("/").at(-2)!;

  // Attendance: the officer is already on it (the team); a kader typed by name.
  await expect(page.getByTestId("daftar-hadir")).toContainText("(tim)");
  await page.getByLabel("Nama", { exact: true }).fill("Sri Wahyuni");
  await page.getByLabel("Peran", { exact: true }).selectOption("Kader");
  await page.getByLabel("Instansi", { exact: true }).fill("Posyandu Melati 1");
  await page.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(page.getByTestId("daftar-hadir")).toContainText("Sri Wahyuni");

  const items = page.locator('[data-testid^="butir-"]');
  const n = await items.count();
  expect(n).toBe(37);
  const half = Math.floor(n / 2);
  for (let i = 0; i < half; i++) await answer(items.nth(i), (await items.nth(i).getAttribute("data-testid")) === "butir-KEL-02");
  await expect(status(page)).toHaveText("Tersimpan di server");
  // The service worker has the page and its scripts before the signal goes.
  await page.waitForFunction(async () => !!navigator.serviceWorker.controller && (await (await caches.open("pantau-kunjungan-v1")).keys()).some((r) => r.url.endsWith("/isi")), null, { timeout: 30_000 });

  await context.setOffline(true);
  for (let i = half; i < half + 3; i++) await answer(items.nth(i));
  await expect(status(page)).toHaveText("Menunggu sinyal: 3 perubahan belum terkirim");

  await page.reload();
  await expect(status(page)).toHaveText("Menunggu sinyal: 3 perubahan belum terkirim");
  // Every item answered before the reload (online and offline) is still answered.
  for (let i = 0; i < half + 3; i++) {
    const it = items.nth(i);
    const tipe = await it.getAttribute("data-tipe");
    if (tipe === "ANGKA") await expect(it.locator('input[type="number"]')).toHaveValue("6");
    else if (tipe === "TEKS") await expect(it.locator("textarea")).toHaveValue("Berjalan baik");
    else await expect(it.locator("input[type=radio]:checked")).toHaveCount(1);
  }
  await expect(page.getByTestId("daftar-hadir")).toContainText("Sri Wahyuni");

  await context.setOffline(false);
  await expect(status(page)).toHaveText("Tersimpan di server", { timeout: 20_000 });

  for (let i = half + 3; i < n; i++) await answer(items.nth(i));
  await expect(page.getByTestId("batas-kritis")).toHaveCount(0);

  // A finding from the failed item, with owner and due date.
  await page.getByTestId("butir-KEL-02").getByRole("button", { name: "Tambahkan temuan" }).click();
  const form = page.getByTestId("form-temuan");
  await form.getByLabel("Tindakan (rencana tindak lanjut)").fill("Bentuk pengurus posyandu lewat musyawarah desa");
  await form.getByRole("button", { name: "Simpan temuan" }).click();
  await expect(form.getByRole("alert").first()).toContainText("Nama penanggung jawab wajib diisi.");
  await form.getByLabel("Nama penanggung jawab").fill("Kepala Desa Klorogan");
  await form.getByLabel("Tingkat penanggung jawab").selectOption("DESA");
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel("Batas waktu").fill(due);
  await form.getByRole("button", { name: "Simpan temuan" }).click();
  await expect(page.getByTestId("daftar-temuan")).toContainText("Kepala Desa Klorogan");
  await expect(status(page)).toHaveText("Tersimpan di server", { timeout: 20_000 });

  await page.getByRole("button", { name: "Kirim hasil kunjungan" }).dblclick();
  await expect(page).toHaveURL(new RegExp(`/supervisi/kunjungan/${id}\\?dikirim=1$`));
  await expect(page.getByTestId("status-kunjungan")).toHaveText("Selesai (terkirim)");

  // The server's score: every scored item full marks except KEL-02 (weight 1) answered "tidak", over the
  // weights of the instrument version the visit was made on (an earlier test may have published a v2).
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  const { rows: [{ w }] } = await db.query<{ w: number }>(
    `SELECT sum(b.bobot)::float8 AS w FROM butir_instrumen b JOIN kunjungan_supervisi k ON k.instrumen_id = b.instrumen_id
     WHERE k.id = $1 AND b.tipe <> 'TEKS' AND b.bobot > 0 AND (b.tipe <> 'ANGKA' OR coalesce((b.opsi->>'target')::numeric, 0) > 0)`,
    [id],
  );
  const expected = Math.round((1000 * (w - 1)) / w) / 10;
  await expect(page.getByTestId("skor-tersimpan")).toHaveText(expected.toLocaleString("id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

  try {
    const visits = await db.query<{ status: string; skor: string; n: string }>("SELECT status, skor::text, (SELECT count(*) FROM jawaban_kunjungan j WHERE j.kunjungan_id = k.id)::text AS n FROM kunjungan_supervisi k WHERE id = $1", [id]);
    expect(visits.rows).toEqual([{ status: "SELESAI", skor: expected.toFixed(2), n: String(n) }]);
    const submits = await db.query("SELECT 1 FROM audit_log WHERE entity = 'kunjungan_supervisi' AND entity_id = $1 AND after->>'kirim' = 'true'", [id]);
    expect(submits.rowCount).toBe(1);
    const temuan = await db.query<{ pemilik_nama: string; tingkat_pemilik: string }>("SELECT pemilik_nama, tingkat_pemilik::text FROM tindak_lanjut WHERE kunjungan_id = $1", [id]);
    expect(temuan.rows).toEqual([{ pemilik_nama: "Kepala Desa Klorogan", tingkat_pemilik: "DESA" }]);
  } finally {
    await db.end();
  }
});
