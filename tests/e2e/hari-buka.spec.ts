/**
 * A posyandu day on a 360-px phone, as kader.melati1: opens the day, records five people of different
 * groups and sees the right feedback before saving (a refused weight blocks saving on the field; BGM,
 * KEK, hypertension land on the referral list), then loses the signal, records three more (one of them
 * registered on the spot), reloads offline (the page still works, the waiting count shows 3), gets the
 * signal back: the server has each entry exactly once.
 */
import { test, expect, type Page } from "@playwright/test";
import { Client } from "pg";
import { login, logout } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });

const dbUrl = () => process.env.DATABASE_URL_E2E || `postgresql://pantau:pantau-local@127.0.0.1:${process.env.PANTAU_PG_E2E_PORT || "5435"}/pantau`;

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const yearsAgo = (y: number, m = 0) => {
  const d = new Date(Date.now() + 7 * 3600_000);
  d.setUTCFullYear(d.getUTCFullYear() - y, d.getUTCMonth() - m);
  return d.toISOString().slice(0, 10);
};

const PEOPLE = [
  { nama: "Rahma E2E Balita", jk: "P", lahir: () => yearsAgo(2, 6) },
  { nama: "Dimas E2E Bayi", jk: "L", lahir: () => yearsAgo(0, 5) },
  { nama: "Sari E2E Hamil", jk: "P", lahir: () => yearsAgo(27), hamil: true },
  { nama: "Putri E2E Remaja", jk: "P", lahir: () => yearsAgo(14) },
  { nama: "Darmo E2E Lansia", jk: "L", lahir: () => yearsAgo(68) },
  { nama: "Wulan E2E Anak", jk: "P", lahir: () => yearsAgo(3) },
  { nama: "Joko E2E Dewasa", jk: "L", lahir: () => yearsAgo(45) },
];

async function pilih(page: Page, nama: string) {
  await page.getByTestId("cari-orang").fill(nama.split(" ")[0].toLowerCase());
  await page.getByTestId("hasil-cari").getByRole("button", { name: new RegExp(nama) }).click();
  await expect(page.getByTestId("entri-form")).toContainText(nama);
}

const isi = (page: Page, label: string, value: string) => page.getByTestId("entri-form").getByLabel(label, { exact: false }).first().fill(value);

async function simpan(page: Page) {
  await page.getByTestId("simpan-entri").click();
  await expect(page.getByTestId("pesan-simpan")).toBeVisible();
}

test("kader mencatat hari posyandu di ponsel, dengan umpan balik, rujukan, dan tanpa sinyal", async ({ page, context }) => {
  test.setTimeout(300_000);
  const db = new Client({ connectionString: dbUrl() });
  await db.connect();
  try {
    const { rows: [p] } = await db.query<{ id: string; desa_id: string; kabupaten_id: string }>(
      "SELECT p.id, p.desa_id, d.kabupaten_id FROM posyandu p JOIN desa d ON d.id = p.desa_id WHERE p.nama = 'Melati 1' AND d.kode = '35.19.03.2002'",
    );
    for (const o of PEOPLE) {
      const { rows: [s] } = await db.query<{ id: string }>(
        `INSERT INTO sasaran (id, kabupaten_id, desa_id, posyandu_id, nama, nama_kunci, jenis_kelamin, tanggal_lahir, updated_at)
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, $4::varchar, lower($4::varchar), $5::"JenisKelamin", $6::date, now()) RETURNING id`,
        [p.kabupaten_id, p.desa_id, p.id, o.nama, o.jk, o.lahir()],
      );
      if (o.hamil) await db.query("INSERT INTO status_sasaran (id, sasaran_id, status, mulai, hpht, updated_at) VALUES (gen_random_uuid(), $1::uuid, 'HAMIL', $2::date, $2::date, now())", [s.id, yearsAgo(0, 4)]);
    }

    await login(page, "kader.melati1");
    await page.goto("/hari-buka");
    const form = page.getByTestId("buka-hari-buka");
    if (!(await form.isVisible())) await page.getByText("Buka hari posyandu").first().click();
    await form.getByLabel("Tanggal").fill(today());
    const luar = form.getByLabel(/Buka di luar jadwal/);
    if (await luar.count()) await luar.check();
    await form.getByLabel("Sri Wahyuni").check();
    await form.getByRole("button", { name: "Buka hari posyandu" }).click();
    await expect(page).toHaveURL(/\/hari-buka\/[0-9a-f-]{36}$/);
    const id = page.url().split("/").at(-1)!;
    await expect(page.getByRole("heading", { name: "Posyandu Melati 1" })).toBeVisible();

    // 1. A balita far too light: BB/U very low, BGM, referred — shown before saving.
    await pilih(page, "Rahma E2E Balita");
    await isi(page, "Berat badan", "7,0");
    await isi(page, "Panjang/tinggi badan", "86");
    await page.getByRole("radio", { name: "Berdiri" }).check();
    await expect(page.getByTestId("umpan-balik")).toContainText(/sangat kurang/i);
    await expect(page.getByTestId("masuk-rujukan")).toBeVisible();
    const konfirmasi = page.getByTestId("konfirmasi").getByRole("checkbox");
    for (let i = 0; i < (await konfirmasi.count()); i++) await konfirmasi.nth(i).check();
    await simpan(page);

    // 2. A baby: an impossible weight is refused on the field and blocks saving; what was typed stays.
    await pilih(page, "Dimas E2E Bayi");
    await isi(page, "Berat badan", "300");
    await expect(page.locator("#e-beratKg-error")).toContainText("Berat");
    await page.getByTestId("simpan-entri").click();
    await expect(page.getByTestId("entri-tolak")).toBeVisible();
    await expect(page.locator("#e-beratKg")).toHaveValue("300");
    await isi(page, "Berat badan", "7,2");
    await isi(page, "Panjang/tinggi badan", "65");
    await page.getByRole("radio", { name: "Telentang" }).check();
    await expect(page.locator("#e-beratKg-error")).toHaveText("");
    await simpan(page);

    // 3. A pregnant woman with LiLA under 23.5: KEK, referred.
    await pilih(page, "Sari E2E Hamil");
    await expect(page.getByTestId("entri-form")).toContainText("Ibu hamil");
    await isi(page, "Berat badan", "52");
    await isi(page, "LiLA", "22,5");
    await isi(page, "sistolik", "110");
    await isi(page, "diastolik", "70");
    await expect(page.getByTestId("umpan-balik")).toContainText(/KEK/);
    await page.getByLabel(/Tablet tambah darah/).check();
    await simpan(page);

    // 4. A girl of 14: BP and IMT, TTD shown for girls.
    await pilih(page, "Putri E2E Remaja");
    await isi(page, "Berat badan", "45");
    await isi(page, "Panjang/tinggi badan", "155");
    await isi(page, "sistolik", "105");
    await isi(page, "diastolik", "65");
    await expect(page.getByLabel(/Tablet tambah darah/)).toBeVisible();
    await expect(page.getByTestId("umpan-balik")).not.toBeEmpty();
    await simpan(page);

    // 5. An elderly man with BP 165/102: hypertension, referred.
    await pilih(page, "Darmo E2E Lansia");
    await isi(page, "Berat badan", "58");
    await isi(page, "Panjang/tinggi badan", "162");
    await isi(page, "sistolik", "165");
    await isi(page, "diastolik", "102");
    await expect(page.getByTestId("umpan-balik")).toContainText(/hipertensi/i);
    await expect(page.getByTestId("masuk-rujukan")).toBeVisible();
    await simpan(page);

    await expect(page.getByTestId("jumlah-menunggu")).toHaveText("Semua isian terkirim", { timeout: 20_000 });
    await expect(page.getByTestId("daftar-hadir").getByRole("button")).toHaveCount(5);

    // The referral list: the three referred, with their reasons, printable.
    await page.getByTestId("link-rujukan").click();
    const rujukan = page.getByTestId("rujukan-table");
    for (const n of ["Rahma E2E Balita", "Sari E2E Hamil", "Darmo E2E Lansia"]) await expect(rujukan).toContainText(n);
    await expect(rujukan).not.toContainText("Dimas E2E Bayi");
    await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
    await page.goBack();
    await expect(page.getByTestId("daftar-hadir")).toBeVisible();

    // The worker keeps the page and the WHO tables before the signal goes.
    await page.waitForFunction(async () => {
      if (!navigator.serviceWorker.controller) return false;
      const keys = (await (await caches.open("pantau-hari-buka-v1")).keys()).map((r) => r.url);
      return keys.some((u) => /\/hari-buka\/[0-9a-f-]{36}$/.test(u)) && keys.some((u) => u.endsWith("/api/pertumbuhan/tabel"));
    }, null, { timeout: 30_000 });

    await context.setOffline(true);
    await pilih(page, "Wulan E2E Anak");
    await isi(page, "Berat badan", "13,5");
    await simpan(page);
    await pilih(page, "Joko E2E Dewasa");
    await isi(page, "Berat badan", "70");
    await isi(page, "sistolik", "120");
    await isi(page, "diastolik", "80");
    await simpan(page);
    // A newcomer registered on the spot, then weighed.
    await page.getByTestId("cari-orang").fill("Bagus Baru");
    await page.getByTestId("tombol-daftar-baru").click();
    const baru = page.getByTestId("daftar-baru");
    await baru.getByLabel("Nama lengkap").fill("Bagus E2E Baru");
    await baru.getByLabel("Jenis kelamin").selectOption("L");
    await baru.getByLabel("Tanggal lahir").fill(yearsAgo(1, 2));
    await baru.getByRole("button", { name: /Daftarkan/ }).click();
    await expect(page.getByTestId("entri-form")).toContainText("Bagus E2E Baru");
    await isi(page, "Berat badan", "9,1");
    await simpan(page);
    await expect(page.getByTestId("jumlah-menunggu")).toHaveText("3 isian menunggu dikirim");

    await page.reload();
    await expect(page.getByTestId("jumlah-menunggu")).toHaveText("3 isian menunggu dikirim");
    await expect(page.getByTestId("daftar-hadir").getByRole("button")).toHaveCount(8);

    await context.setOffline(false);
    await expect(page.getByTestId("jumlah-menunggu")).toHaveText("Semua isian terkirim", { timeout: 30_000 });

    const { rows } = await db.query<{ nama: string; n: string }>(
      "SELECT s.nama, count(*)::text AS n FROM pemeriksaan e JOIN sasaran s ON s.id = e.sasaran_id WHERE e.hari_buka_id = $1 GROUP BY s.nama ORDER BY s.nama",
      [id],
    );
    expect(rows.map((r) => r.n)).toEqual(Array(8).fill("1"));
    expect(rows.map((r) => r.nama)).toContain("Bagus E2E Baru");
    const { rows: [{ n: orangBaru }] } = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM sasaran WHERE nama = 'Bagus E2E Baru'");
    expect(orangBaru).toBe("1");
    const { rows: rujuk } = await db.query<{ nama: string }>("SELECT s.nama FROM pemeriksaan e JOIN sasaran s ON s.id = e.sasaran_id WHERE e.hari_buka_id = $1 AND e.dirujuk ORDER BY s.nama", [id]);
    expect(rujuk.map((r) => r.nama)).toEqual(expect.arrayContaining(["Darmo E2E Lansia", "Rahma E2E Balita", "Sari E2E Hamil"]));

    // Signing out leaves none of this user's pages kept on the phone.
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("pantau-")))).not.toEqual([]);
    await logout(page);
    expect(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("pantau-")))).toEqual([]);
  } finally {
    await db.end();
  }
});
