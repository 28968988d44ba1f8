/**
 * Kaders and their skills at 360 px: a puskesmas officer records a package assessment and sees the
 * kader's level change with its reason; a kader reads its posyandu's kaders with masked NIKs and
 * changes only its own phone number; the Dinkes admin alone gets the NIK in full on the edit form.
 */
import { test, expect } from "@playwright/test";
import { login } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });

const FULL_NIK = /3519\d{12}/;

test("petugas puskesmas mencatat penilaian satu paket dan melihat tingkat kader berubah beserta alasannya", async ({ page }) => {
  await login(page, "pkm.geger");
  await page.goto("/kader?q=Siti+Aminah");
  await page.getByTestId("kader-table").getByRole("link", { name: "Siti Aminah" }).click();
  await expect(page.getByRole("heading", { name: "Siti Aminah" })).toBeVisible();
  await expect(page.getByTestId("level-badge").first()).toHaveText("Purwa");
  await expect(page.getByTestId("level-alasan")).toHaveText("Purwa: 2 dari 5 paket lengkap; kurang paket Ibu Hamil dan Menyusui, Usia Sekolah dan Remaja, Usia Dewasa dan Lansia");
  await expect(page.getByTestId("kader-nik")).toHaveText(/^3519•{8}\d{4}$/);
  expect(await page.content()).not.toMatch(FULL_NIK);

  await page.getByRole("link", { name: "Catat penilaian" }).click();
  // The first package not yet complete is offered: C.
  await expect(page.getByRole("heading", { name: "Paket C · Ibu Hamil dan Menyusui" })).toBeVisible();
  // A date after today is refused on its field, and the choices made are kept.
  await page.getByTestId("skill-C3").getByLabel("Kompeten", { exact: true }).check();
  await page.getByLabel("Tanggal penilaian").fill("2099-01-01");
  await page.getByRole("button", { name: "Simpan penilaian" }).click();
  await expect(page.locator("#tanggal-error")).toContainText("Tanggal penilaian paling lambat hari ini");
  await expect(page.getByTestId("skill-C3").getByLabel("Kompeten", { exact: true })).toBeChecked();

  const today = await page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date()));
  await page.getByLabel("Tanggal penilaian").fill(today);
  await page.getByRole("button", { name: "Tandai semua kompeten" }).click();
  await page.getByRole("button", { name: "Simpan penilaian" }).click();
  await expect(page.getByText("Penilaian sudah disimpan; tingkat kader dihitung ulang.")).toBeVisible();
  await expect(page.getByTestId("level-badge").first()).toHaveText("Madya");
  await expect(page.getByTestId("level-alasan")).toHaveText("Madya: 3 dari 5 paket lengkap; kurang paket Usia Sekolah dan Remaja, Usia Dewasa dan Lansia");
  await expect(page.getByTestId("paket-C")).toHaveText("Lengkap");
  await expect(page.getByTestId("riwayat-penilaian")).toContainText("oleh Petugas Puskesmas Geger");

  // The edit form never carries the NIK in full for a puskesmas officer.
  await page.getByRole("link", { name: "Ubah data" }).click();
  await expect(page.getByLabel("NIK")).toHaveValue("");
  expect(await page.content()).not.toMatch(FULL_NIK);

  // The posyandu page shows its kaders with level badges.
  await page.goto("/posyandu?q=Melati 1");
  await page.getByTestId("posyandu-table").getByRole("link", { name: "Melati 1", exact: true }).click();
  await expect(page.getByTestId("kader-ringkas")).toContainText("8 kader aktif · Utama 2 · Madya 3 · Purwa 2 · Belum 1");
});

test("kader melihat kader posyandunya dengan NIK tersamar dan mengubah nomor teleponnya sendiri", async ({ page }) => {
  await login(page, "kader.melati1");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Kader" }).click();
  const table = page.getByTestId("kader-table");
  await expect(table.locator("tbody tr")).toHaveCount(8);
  await expect(table).toContainText("3519••••••••");
  await expect(page.getByRole("link", { name: "Tambah kader" })).toHaveCount(0);
  expect(await page.content()).not.toMatch(FULL_NIK);

  await table.getByRole("link", { name: "Tri Handayani" }).click();
  await expect(page.getByRole("link", { name: "Ubah data" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Catat penilaian" })).toHaveCount(0);
  await page.getByLabel("Nomor telepon/WA Anda").fill("0812 9988 7766");
  await page.getByRole("button", { name: "Simpan nomor" }).click();
  await expect(page.getByText("Nomor telepon Anda sudah disimpan.")).toBeVisible();
  await expect(page.getByTestId("kader-telepon")).toHaveText("081299887766");

  // Another kader's record has no phone form.
  await page.getByRole("link", { name: "Melati 1" }).first().click();
  await page.getByTestId("kader-table").getByRole("link", { name: "Sri Wahyuni" }).click();
  await expect(page.getByTestId("telepon-form")).toHaveCount(0);
});

test("admin Dinkes melihat NIK lengkap di formulir ubah dan memperbarui rumusan keterampilan", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/kader?q=Sri+Wahyuni");
  await page.getByTestId("kader-table").getByRole("link", { name: "Sri Wahyuni" }).click();
  await page.getByRole("link", { name: "Ubah data" }).click();
  await expect(page.getByLabel("NIK")).toHaveValue(FULL_NIK);

  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Keterampilan Kader" }).click();
  await expect(page.getByTestId("aturan-berlaku")).toContainText("Purwa: paling sedikit 2 paket lengkap, termasuk Pengelolaan Posyandu");
  const e2 = page.getByTestId("katalog-E").getByRole("listitem").filter({ hasText: "E2" });
  await e2.getByRole("button", { name: "Ubah rumusan E2" }).click();
  await e2.getByLabel("Rumusan baru E2").fill("Mengukur tekanan darah dengan tensimeter digital");
  await e2.getByRole("button", { name: "Simpan versi baru" }).click();
  await expect(page.getByText("Rumusan baru sudah disimpan sebagai versi berikutnya.")).toBeVisible();
  await expect(page.getByTestId("katalog-E")).toContainText(/E2 Mengukur tekanan darah dengan tensimeter digital\s*rekonstruksi\s*versi 2/);
});

test("bidan desa mengimpor kader dari CSV: berkas dengan baris salah ditolak seluruhnya, berkas bersih tersimpan", async ({ page }) => {
  await login(page, "bidan.klorogan");
  await page.goto("/posyandu?q=Mawar 1");
  await page.getByTestId("posyandu-table").getByRole("link", { name: "Mawar 1", exact: true }).click();
  await page.getByRole("link", { name: "Semua kader" }).click();
  await page.getByRole("link", { name: "Impor dari berkas" }).click();
  const upload = (text: string) => page.getByLabel("Berkas CSV atau XLSX").setInputFiles({ name: "kader.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await upload("nama,nik,jenis_kelamin,jabatan\nWarsini,123,P,anggota\nPaini,,X,anggota\n");
  await page.getByRole("button", { name: "Periksa dan impor" }).click();
  await expect(page.getByTestId("impor-errors")).toContainText("Baris 2: NIK harus 16 angka.");
  await expect(page.getByTestId("impor-errors")).toContainText("Baris 3: jenis_kelamin harus P atau L.");
  await upload("nama,nik,jenis_kelamin,jabatan\nWarsini,3519034405820011,P,anggota\nPaini,,P,anggota\n");
  await page.getByRole("button", { name: "Periksa dan impor" }).click();
  await expect(page.getByText("2 kader sudah diimpor.")).toBeVisible();
  await expect(page.getByTestId("kader-table")).toContainText("Warsini");
  await expect(page.getByTestId("kader-table")).toContainText("3519••••••••0011");
});
