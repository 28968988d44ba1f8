/**
 * The people a posyandu serves, at 360 px, in one flow: a kader registers a person, is warned of a
 * probable duplicate (and saves it anyway, ticking), finds the person by a misspelt old-spelling
 * name, edits (a 15-digit NIK refused on its field, what was typed kept); the bidan merges the two
 * records; an import file with bad rows lists every bad row and writes nothing.
 */
import { test, expect } from "@playwright/test";
import { a11yViolations, login, logout } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });

const tag = Array.from({ length: 6 }, () => "bcdfghklmnprstvwz"[Math.floor(Math.random() * 17)]).join("");
const CAP = tag[0].toUpperCase() + tag.slice(1);

test("kader mendaftarkan, mencari dengan ejaan lain, mengubah; bidan menggabungkan data ganda dan impor berkas salah tidak menyimpan apa pun", async ({ page }) => {
  await login(page, "kader.melati1");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Sasaran" }).click();
  await expect(page.getByRole("heading", { name: "Sasaran", exact: true })).toBeVisible();

  // Register.
  await page.getByRole("link", { name: "Daftarkan sasaran" }).click();
  await page.getByLabel("Nama lengkap").fill(`Moehammad Djoko ${CAP}`);
  await page.getByLabel("Jenis kelamin").selectOption("L");
  await page.getByLabel("Tanggal lahir").fill("2023-04-05");
  await page.getByLabel("Nama ibu (untuk anak)").fill("Sri Lestari");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Sasaran baru sudah didaftarkan.")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Moehammad Djoko ${CAP}` })).toBeVisible();
  const firstUrl = page.url();

  // The same person typed in today's spelling: warned with a link, saved only with the tick.
  await page.goto("/sasaran/baru");
  await page.getByLabel("Nama lengkap").fill(`Muhamad Joko ${CAP}`);
  await page.getByLabel("Jenis kelamin").selectOption("L");
  await page.getByLabel("Tanggal lahir").fill("2023-04-05");
  await page.getByRole("button", { name: "Simpan" }).click();
  const mirip = page.getByTestId("sasaran-mirip");
  await expect(mirip).toContainText(`Moehammad Djoko ${CAP}`);
  await expect(mirip.getByRole("link", { name: "Buka data terdaftar" })).toHaveAttribute("href", new URL(firstUrl).pathname);
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(`Muhamad Joko ${CAP}`);
  await page.getByLabel(/Tetap simpan sebagai orang baru/).check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Sasaran baru sudah didaftarkan.")).toBeVisible();

  // Found by a misspelt name, both records; NIK masked.
  await page.goto(`/sasaran?q=${encodeURIComponent(`mohamad yoko ${tag}`)}`);
  const table = page.getByTestId("sasaran-table");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table).toContainText("Balita (12–59 bulan)");

  // Edit: a 15-digit NIK is refused on its field; what was typed is kept.
  await table.getByRole("link", { name: `Moehammad Djoko ${CAP}` }).click();
  await page.getByRole("link", { name: "Ubah data" }).click();
  await page.getByLabel("Nomor telepon/WA").fill("081234567890");
  await page.getByLabel("NIK").fill("351903050423000");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator("#nik-error")).toContainText("NIK harus 16 angka");
  await expect(page.getByLabel("Nomor telepon/WA")).toHaveValue("081234567890");
  const nik = `3519030504${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  await page.getByLabel("NIK").fill(nik);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Data sasaran sudah disimpan.")).toBeVisible();
  await expect(page.getByTestId("sasaran-nik")).toHaveText(/^3519•{8}\d{4}$/);
  expect(await page.content()).not.toContain(nik);
  // The person page passes the accessibility rules (serious and critical).
  expect(await a11yViolations(page)).toEqual([]);
  // A kader may not merge.
  await expect(page.getByRole("link", { name: "Gabungkan data ganda" })).toHaveCount(0);
  await logout(page);

  // The bidan merges the two records: the kept one gets the other's entries; the other points to it.
  await login(page, "bidan.klorogan");
  await page.goto(firstUrl);
  await page.getByRole("link", { name: "Gabungkan data ganda" }).click();
  const calon = page.getByTestId("gabung-calon");
  await expect(calon).toContainText(`Muhamad Joko ${CAP}`);
  await calon.getByRole("link", { name: "Bandingkan" }).first().click();
  const form = page.getByTestId("gabung-form");
  await expect(form).toContainText(`Moehammad Djoko ${CAP}`);
  await expect(form).toContainText(`Muhamad Joko ${CAP}`);
  await page.getByRole("button", { name: "Gabungkan" }).click();
  await expect(page.locator("#yakin-error")).toContainText("Centang bahwa keduanya memang orang yang sama");
  await page.getByLabel(/Saya sudah memeriksa: keduanya orang yang sama/).check();
  await page.getByRole("button", { name: "Gabungkan" }).click();
  await expect(page.getByText("Data ganda sudah digabungkan ke orang ini.")).toBeVisible();
  expect(page.url()).toContain(new URL(firstUrl).pathname);
  await page.goto(`/sasaran?q=${encodeURIComponent(`joko ${tag}`)}`);
  // The kept person is listed once and the merged one is gone (the demo year's other "Joko"s may be listed too).
  const hasil = page.getByTestId("sasaran-table");
  await expect(hasil.locator("tbody tr", { hasText: CAP })).toHaveCount(1);
  await expect(hasil).toContainText(`Moehammad Djoko ${CAP}`);
  await expect(hasil).not.toContainText(`Muhamad Joko ${CAP}`);

  // Import: a file with bad rows lists each of them, and nothing is written.
  await page.goto("/sasaran/impor");
  await page.getByLabel("Posyandu").selectOption({ label: "Melati 1 — Desa Klorogan" });
  await page.getByRole("button", { name: "Pilih" }).click();
  const csv = [
    "nama,nik,jenis_kelamin,tanggal_lahir,nama_ibu",
    `Impor ${CAP} Satu,,P,2022-01-01,Ibu A`,
    `Impor ${CAP} Dua,351903450620001,P,2022-02-02,`,
    `Impor ${CAP} Tiga,,X,2099-01-01,`,
    `Impor ${CAP} Empat,${nik},L,2022-03-03,`,
  ].join("\n");
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({ name: "sasaran.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  const errors = page.getByTestId("impor-errors");
  await expect(errors.locator("li")).toHaveCount(4);
  await expect(errors).toContainText("Baris 3, kolom nik: NIK harus 16 angka.");
  await expect(errors).toContainText("Baris 4, kolom jenis_kelamin: harus P atau L.");
  await expect(errors).toContainText("Baris 4, kolom tanggal_lahir: Tanggal lahir tidak boleh setelah hari ini.");
  await expect(errors).toContainText(`Baris 5, kolom nik: NIK sudah terdaftar atas nama Moehammad Djoko ${CAP}.`);
  // Nobody of the file was written (the tolerant search may still offer the person whose name shares the tag).
  await page.goto(`/sasaran?q=${encodeURIComponent(`impor ${tag} satu`)}`);
  await expect(page.getByRole("heading", { name: "Sasaran", exact: true })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(`Impor ${CAP}`);
});
