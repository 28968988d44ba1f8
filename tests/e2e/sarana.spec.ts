/**
 * Sarana-prasarana as its users meet it: a puskesmas officer records a posyandu's kit on a 360-px
 * phone and sees the gaps change; a kader reads its own posyandu's gaps and nothing else; the
 * Dinkes admin corrects the catalogue and the calibration rule.
 */
import { test, expect, type Page } from "@playwright/test";
import { a11yOfPages, login, logout } from "./helpers";

const PHONE = { width: 360, height: 780 };

async function fitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

const countOf = async (page: Page) => Number((await page.getByTestId("kit-kelengkapan").innerText()).match(/^(\d+) dari/)![1]);

function todayWib(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

test.describe("di layar 360 px", () => {
  test.use({ viewport: PHONE });

  test("petugas puskesmas mencatat sarana Mawar 1 dan melihat kekurangannya berubah", async ({ page }) => {
    await login(page, "pkm.geger");
    await page.goto("/posyandu?q=Mawar 1");
    await page.getByTestId("posyandu-table").getByRole("link", { name: "Mawar 1", exact: true }).click();
    await expect(page.getByTestId("kit-ringkasan")).toContainText("alat standar cukup");
    await page.getByRole("link", { name: "Lihat rincian" }).click();
    await expect(page.getByRole("heading", { name: "Sarana Posyandu Mawar 1" })).toBeVisible();
    const gaps = page.getByTestId("kit-kekurangan");
    await expect(gaps).toContainText("Pita LiLA: ada 1 dari 2");
    await expect(gaps).toContainText(/Timbangan bayi digital: belum dikalibrasi sejak \d+ \w+ \d{4}/);
    await expect(gaps).toContainText("Prasarana belum ada: Pojok privasi (konseling/menyusui)");
    const before = await countOf(page);
    await fitsPhone(page);

    await page.getByRole("link", { name: "Ubah", exact: true }).click();
    const lila = page.getByRole("group", { name: /^Pita LiLA/ });
    const timbangan = page.getByRole("group", { name: /^Timbangan bayi digital/ });
    await lila.getByLabel("Jumlah").fill("-1");
    await timbangan.getByLabel("Kalibrasi terakhir").fill("2099-01-01");
    await page.getByRole("button", { name: "Simpan sarana" }).click();
    const error = page.getByTestId("sarana-error");
    await expect(error).toContainText("Periksa lagi isian yang ditandai.");
    await expect(error).toContainText("Pita LiLA — Jumlah: Jumlah tidak boleh kurang dari 0.");
    await expect(error).toContainText("Timbangan bayi digital — Kalibrasi terakhir: Tanggal kalibrasi tidak boleh sesudah hari ini.");
    // What was typed stays, marked on its field.
    await expect(lila.getByLabel("Jumlah")).toHaveValue("-1");
    await expect(lila.getByLabel("Jumlah")).toHaveAttribute("aria-invalid", "true");
    await expect(timbangan.getByLabel("Kalibrasi terakhir")).toHaveValue("2099-01-01");
    await fitsPhone(page);

    await lila.getByLabel("Jumlah").fill("2");
    await timbangan.getByLabel("Kalibrasi terakhir").fill(todayWib());
    await page.getByLabel("Pojok privasi (konseling/menyusui)").check();
    await page.getByRole("button", { name: "Simpan sarana" }).click();
    await expect(page.getByText("Data sarana sudah disimpan.")).toBeVisible();
    await expect(gaps).not.toContainText("Pita LiLA");
    await expect(gaps).not.toContainText("Timbangan bayi digital");
    await expect(gaps).not.toContainText("Pojok privasi");
    expect(await countOf(page)).toBe(before + 2);
    await expect(page.getByTestId("kit-pita-lila")).toContainText("ada 2");
    await expect(page.getByTestId("riwayat")).toContainText("Pita LiLA: 1 unit, baik, dana BOK → 2 unit, baik, dana BOK");
    await expect(page.getByTestId("riwayat")).toContainText("Pojok privasi (konseling/menyusui): tidak → ya");

    // The area-wide list, most gaps first, and the same as CSV.
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Sarana" }).click();
    await expect(page.getByTestId("terbanyak-kurang")).toBeVisible();
    await expect(page.getByTestId("kelengkapan-table").getByRole("link", { name: "Mawar 1", exact: true })).toBeVisible();
    await fitsPhone(page);
    const href = await page.getByRole("link", { name: "Unduh CSV" }).getAttribute("href");
    const csv = await page.evaluate(async (u) => (await fetch(u)).text(), href!);
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("posyandu,desa,dusun,kecamatan,alat_cukup,alat_standar,prasarana_ada,prasarana_standar,alat_kurang");
    expect(csv).toContain("Mawar 1,Klorogan,Ngrowo,Geger");
  });

  test("kader membaca kekurangan sarana posyandunya sendiri, dan tidak dapat mengubahnya", async ({ page }) => {
    // The address of a posyandu that is not the kader's, as another user sees it.
    await login(page, "pkm.geger");
    await page.goto("/posyandu?q=Mawar 2");
    await page.getByTestId("posyandu-table").getByRole("link", { name: "Mawar 2", exact: true }).click();
    const mawar2 = new URL(page.url()).pathname;
    await logout(page);

    await login(page, "kader.melati1");
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Posyandu", exact: true }).click();
    await page.getByRole("link", { name: "Melati 1", exact: true }).click();
    await expect(page.getByTestId("kit-ringkasan")).toContainText("12 dari 13 alat standar cukup");
    await expect(page.getByTestId("kit-kekurangan-ringkas")).toContainText("Glukometer dan strip (bila disediakan kabupaten): ada 0 dari 1");
    await expect(page.getByRole("link", { name: "Perbarui data sarana" })).toHaveCount(0);
    await page.getByRole("link", { name: "Lihat rincian" }).click();
    await expect(page.getByTestId("kit-kekurangan")).toHaveText("Glukometer dan strip (bila disediakan kabupaten): ada 0 dari 1");
    await expect(page.getByTestId("kit-list")).toContainText("Timbangan bayi digital");
    await expect(page.getByRole("link", { name: "Ubah", exact: true })).toHaveCount(0);
    await fitsPhone(page);
    const own = new URL(page.url()).pathname;

    await page.goto(`${own}/ubah`);
    await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
    await page.goto(`${mawar2}/sarana`);
    await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
    await page.goto("/pengaturan/sarana");
    await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
  });
});

test("admin Dinkes mengubah aturan kalibrasi, menambah alat, lalu menonaktifkannya", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/sarana");
  await page.getByRole("link", { name: "Katalog dan aturan" }).click();
  await expect(page.getByTestId("aturan-kalibrasi")).toContainText("12 bulan terakhir (aturan bawaan)");
  await page.getByLabel("Batas umur kalibrasi (bulan)").fill("0");
  await page.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(page.locator("#kalibrasiBulan-error")).toHaveText("Batas kalibrasi harus antara 1 dan 60.");
  await page.getByLabel("Batas umur kalibrasi (bulan)").fill("24");
  await page.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(page.getByTestId("aturan-kalibrasi")).toContainText("24 bulan terakhir (aturan kabupaten ini)");
  await page.getByRole("button", { name: "Kembalikan ke bawaan (12 bulan)" }).click();
  await expect(page.getByTestId("aturan-kalibrasi")).toContainText("12 bulan terakhir (aturan bawaan)");

  await page.getByRole("link", { name: "Tambah alat" }).click();
  await page.getByLabel("Nama alat").fill("Timbangan gantung (dacin)");
  await page.getByLabel("Kelompok").selectOption({ label: "Antropometri" });
  await page.getByLabel("Jumlah wajib per posyandu").fill("0");
  await page.getByLabel("Spesifikasi").fill("Ketelitian 0,1 kg, kapasitas 25 kg; sedang digantikan timbangan digital.");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Katalog sudah disimpan.")).toBeVisible();
  const katalog = page.getByTestId("katalog-sarana");
  await expect(katalog).toContainText("Timbangan gantung (dacin)");

  await katalog.getByRole("link", { name: "Timbangan gantung (dacin)" }).click();
  await page.getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("tidak lagi dihitung dalam kelengkapan sarana");
  await page.getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(page.getByText("Alat sudah dinonaktifkan")).toBeVisible();
  await expect(katalog.getByRole("listitem").filter({ hasText: "Timbangan gantung (dacin)" })).toContainText("nonaktif");
});

test("halaman sarana memenuhi aturan aksesibilitas (WCAG 2 A/AA, tanpa pelanggaran serius)", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "dinkes.madiun");
  await page.goto("/posyandu?q=Melati 2");
  const detail = await page.getByTestId("posyandu-table").getByRole("link", { name: "Melati 2" }).getAttribute("href");
  await page.goto("/pengaturan/sarana");
  const item = await page.getByTestId("katalog-sarana").getByRole("link", { name: "Timbangan bayi digital" }).first().getAttribute("href");
  const found = await a11yOfPages(page.context(), [`${detail}/sarana`, `${detail}/sarana/ubah`, "/sarana", "/pengaturan/sarana", "/pengaturan/sarana/baru", item!]);
  expect(found).toEqual([]);
});
