/**
 * Supervision instruments: the Dinkes admin drafts version 2 of ILP-POSYANDU, is refused an invalid
 * weight (message on the field, value kept), fixes it, adds an item, removes one, publishes; version 1
 * shows as archived. Then visits on both versions (rows written here, as the visit screen would) show
 * on the site's trend page as a chart and a table that says it compares across versions.
 */
import { test, expect } from "@playwright/test";
import pg from "pg";
import { randomUUID } from "node:crypto";
import { dbUrl, login } from "./helpers";
import { answerScore, scoreVisit, type ButirSkor } from "../../lib/supervisi/score";
import { ATURAN_AMBANG_SUPERVISI } from "../../lib/supervisi/aturan";

// The browser tests' own embedded database (playwright.config.ts starts it with the app).

/** A submitted visit to a posyandu on a version, every scored item answered "ya" / high / at target except the first. */
async function submitVisit(db: pg.Client, posyanduId: string, instrumenId: string, tanggal: string) {
  const { rows } = await db.query<{ id: string; domain_kode: string; tipe: ButirSkor["tipe"]; bobot: string; kritis: boolean; boleh_na: boolean; opsi: ButirSkor["opsi"]; garis_id: string }>(
    `SELECT b.id, d.kode AS domain_kode, b.tipe::text AS tipe, b.bobot, b.kritis, b.boleh_na, b.opsi, b.garis_id FROM butir_instrumen b JOIN domain_instrumen d ON d.id = b.domain_id WHERE b.instrumen_id = $1 ORDER BY b.urutan`,
    [instrumenId],
  );
  const butir: ButirSkor[] = rows.map((r) => ({ id: r.id, domainKode: r.domain_kode, tipe: r.tipe, bobot: Number(r.bobot), kritis: r.kritis, bolehNa: r.boleh_na, opsi: r.opsi, garisId: r.garis_id }));
  const nilai = (b: ButirSkor, i: number) => (b.tipe === "YA_TIDAK" ? (i === 0 ? 0 : 1) : b.tipe === "SKALA" ? 3 : b.tipe === "ANGKA" ? b.opsi.target ?? 1 : b.tipe === "PILIHAN" ? 1 : null);
  const jawaban = new Map(butir.map((b, i) => [b.id, { nilai: nilai(b, i) }]));
  const hasil = scoreVisit(butir, jawaban, ATURAN_AMBANG_SUPERVISI.bawaan);
  const id = randomUUID();
  await db.query(
    `INSERT INTO kunjungan_supervisi (id, kabupaten_id, sasaran, posyandu_id, desa_id, instrumen_id, tanggal, status, skor, skor_domain, kategori, kritis_gagal, updated_at)
     SELECT $1, d.kabupaten_id, 'POSYANDU', p.id, p.desa_id, $3, $4::date, 'SELESAI', $5, $6::jsonb, $7, $8, now() FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE p.id = $2`,
    [id, posyanduId, instrumenId, tanggal, hasil.total.skor, JSON.stringify(Object.fromEntries(Object.entries(hasil.domain).map(([k, v]) => [k, v.skor]))), hasil.kategori, hasil.kritisGagal.length > 0],
  );
  for (const b of butir) {
    const s = answerScore(b, jawaban.get(b.id));
    await db.query(`INSERT INTO jawaban_kunjungan (id, kunjungan_id, butir_id, nilai, na, skor, updated_at) VALUES (gen_random_uuid(), $1, $2, $3, false, $4, now())`, [id, b.id, jawaban.get(b.id)!.nilai, s === null ? null : s.toFixed(4)]);
  }
  return hasil.total.skor;
}

test("admin Dinkes membuat versi 2 ILP-POSYANDU, bobot salah ditolak, lalu menerbitkannya; tren posyandu membandingkan lintas versi", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/supervisi/instrumen");
  const row = page.getByTestId("instrumen-table").locator('tr[data-kode="ILP-POSYANDU"]');
  await expect(row).toContainText("v1 · 37 butir");
  await row.getByRole("link", { name: "v1 · 37 butir" }).click();
  await expect(page.getByRole("heading", { name: "Kesiapan ILP Posyandu · versi 1" })).toBeVisible();
  await expect(page.getByTestId("rekonstruksi")).toBeVisible();
  await expect(page.getByTestId("butir-SDM-01")).toContainText("Jumlah kader aktif");
  const v1Url = page.url();

  await page.getByRole("button", { name: "Buat draf versi berikutnya" }).click();
  await expect(page.getByRole("heading", { name: "Kesiapan ILP Posyandu · versi 2" })).toBeVisible();
  await expect(page.getByTestId("alert-success")).toContainText("Draf versi berikutnya dibuat");
  await expect(page.getByTestId("peta-SDM-03")).toHaveText("sama dengan SDM-03 v1");

  // A weight of -2: refused on the field, what was typed kept; then fixed.
  await page.getByRole("link", { name: "Ubah butir SDM-03" }).click();
  await page.getByLabel("Bobot").fill("-2");
  await page.getByRole("button", { name: "Simpan butir" }).click();
  await expect(page.locator("#bobot-error")).toHaveText("Bobot butir yang dinilai harus angka positif (lebih dari 0).");
  await expect(page.getByLabel("Bobot")).toHaveValue("-2");
  await expect(page.getByLabel("Pertanyaan")).toHaveValue(/Penguasaan keterampilan kader/);
  await page.getByLabel("Bobot").fill("3,5");
  await page.getByRole("button", { name: "Simpan butir" }).click();
  await expect(page.getByTestId("alert-success")).toHaveText("Butir sudah disimpan.");
  await expect(page.getByTestId("bobot-SDM-03")).toHaveText("bobot 3,50");

  // A new item in the SDM domain.
  await page.goto(page.url().split("?")[0]);
  await page.getByRole("link", { name: "Tambah butir di SDM / kader" }).click();
  await page.getByLabel("Kode butir").fill("sdm-07");
  await page.getByLabel("Pertanyaan").fill("Ada kader laki-laki atau kader muda");
  await page.getByLabel("Tipe jawaban").selectOption("YA_TIDAK");
  await page.getByLabel("Bobot").fill("1");
  await page.getByRole("button", { name: "Simpan butir" }).click();
  await expect(page.getByTestId("peta-SDM-07")).toHaveText("baru");

  // Remove SDM-06, with a confirmation.
  const sdm06 = page.getByTestId("butir-SDM-06");
  await sdm06.getByRole("button", { name: "Hapus" }).click();
  await sdm06.getByRole("button", { name: "Ya, hapus SDM-06" }).click();
  await expect(page.getByTestId("alert-success")).toHaveText("Butir sudah dihapus dari draf.");
  await expect(page.getByTestId("butir-SDM-06")).toHaveCount(0);
  await expect(page.getByTestId("butir-dihapus")).toContainText("SDM-06");

  await page.getByRole("button", { name: "Terbitkan versi 2" }).click();
  await expect(page.getByTestId("alert-success")).toContainText("Versi ini sudah terbit");
  await expect(page.getByTestId("status-badge")).toHaveText("Terbit");
  const v2Id = page.url().split("/supervisi/instrumen/")[1].split("?")[0];
  // No edit controls on a published version.
  await expect(page.getByRole("link", { name: "Ubah butir SDM-03" })).toHaveCount(0);

  await page.goto(v1Url);
  await expect(page.getByTestId("status-badge")).toHaveText("Arsip");
  await expect(page.getByTestId("status-versi")).toContainText("Versi arsip");
  await page.goto("/supervisi/instrumen");
  await expect(page.getByTestId("instrumen-table").locator('tr[data-kode="ILP-POSYANDU"]')).toContainText("v2 · 37 butir");

  // Visits on both versions at Melati 1, then its trend.
  const db = new pg.Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; v1: string }>(
      `SELECT p.id, (SELECT i.id FROM instrumen i WHERE i.kabupaten_id = d.kabupaten_id AND i.kode = 'ILP-POSYANDU' AND i.versi = 1) AS v1
       FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE p.nama = 'Melati 1' AND d.kode = '35.19.03.2002'`,
    );
    const melati = rows[0];
    // The demo's own submitted visit of 14 May 2024 (prisma/seed-supervisi.ts) is on version 1.
    expect(melati.v1).toBeTruthy();
    const s2 = await submitVisit(db, melati.id, v2Id, "2025-02-11");
    await page.goto(`/supervisi/tren?posyandu=${melati.id}`);
    await expect(page.getByRole("heading", { name: "Tren supervisi Posyandu Melati 1" })).toBeVisible();
    await expect(page.getByTestId("lintas-versi")).toContainText("versi instrumen yang berbeda");
    await expect(page.getByTestId("tren-chart").locator("canvas")).toBeVisible();
    const table = page.getByTestId("tren-table");
    await expect(table.locator("tbody tr")).toHaveCount(2);
    await expect(table.locator("tbody tr").first()).toContainText("▲ v1");
    await expect(table.locator("tbody tr").nth(1)).toContainText(String(s2).replace(".", ","));
    await expect(table.locator("thead")).toContainText("Sebanding");
  } finally {
    await db.end();
  }
});

test("staf Dinkes membaca instrumen tetapi tidak dapat mengubahnya; halaman aturan menampilkan sumber", async ({ page }) => {
  await login(page, "staf.madiun");
  await page.goto("/supervisi/instrumen");
  await expect(page.getByRole("link", { name: "Instrumen baru" })).toHaveCount(0);
  await page.getByTestId("instrumen-table").locator('tr[data-kode="ILP-DESA"]').getByRole("link").first().click();
  await expect(page.getByRole("button", { name: "Buat draf versi berikutnya" })).toHaveCount(0);
  await page.goto("/supervisi/aturan");
  await expect(page.getByTestId("ambang-supervisi-berlaku")).toContainText("Skor ≥ 80: siap");
  await expect(page.getByText(/Sumber: Rekonstruksi Pantau ILP/)).toBeVisible();
  await expect(page.getByTestId("form-ambang-supervisi")).toHaveCount(0);
});

test("admin Dinkes mengubah ambang supervisi; isian salah tetap tertulis", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/supervisi/aturan");
  const form = page.getByTestId("form-ambang-supervisi");
  await form.getByRole("textbox", { name: "Ambang siap", exact: true }).fill("55");
  await form.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(form.locator("#siap-error")).toContainText("lebih tinggi");
  await expect(form.getByRole("textbox", { name: "Ambang siap", exact: true })).toHaveValue("55");
  await form.getByRole("textbox", { name: "Ambang siap", exact: true }).fill("85");
  await form.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(page.getByTestId("alert-success")).toContainText("Aturan sudah disimpan.");
  await expect(page.getByTestId("ambang-supervisi-berlaku")).toContainText("Skor ≥ 85: siap");
  await page.getByRole("button", { name: "Kembalikan ke bawaan" }).click();
  await expect(page.getByTestId("ambang-supervisi-berlaku")).toContainText("Skor ≥ 80: siap");
});

test.describe("di layar 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("kader membaca tren supervisi posyandunya sendiri, tidak posyandu lain", async ({ page }) => {
    await login(page, "kader.melati1");
    await page.goto("/supervisi/tren");
    await page.getByRole("link", { name: "Lihat tren supervisi posyandu Anda" }).click();
    await expect(page.getByRole("heading", { name: "Tren supervisi Posyandu Melati 1" })).toBeVisible();
    // The demo's v1 visit and the v2 visit written by the first test of this file (the database is shared by the run).
    await expect(page.getByTestId("tren-table").locator("tbody tr")).toHaveCount(2);
    await expect(page.getByTestId("tren-chart").locator("canvas")).toBeVisible();
    const db = new pg.Client({ connectionString: dbUrl() });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(`SELECT p.id FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE p.nama = 'Mawar 2' AND d.kode = '35.19.03.2002'`).finally(() => db.end());
    await page.goto(`/supervisi/tren?posyandu=${rows[0].id}`);
    await expect(page.getByRole("heading", { name: /tidak ditemukan/i })).toBeVisible();
  });
});
