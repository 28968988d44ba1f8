import { test, expect, type Page } from "@playwright/test";
import { login } from "./helpers";

test("admin Dinkes menambah posyandu lalu menemukannya di daftar", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.getByRole("link", { name: "Posyandu", exact: true }).click();
  await page.getByRole("link", { name: "Tambah posyandu" }).click();
  await page.getByLabel("Nama posyandu").fill("Teratai 9");
  await page.getByLabel("Cari desa").fill("klorogan");
  await page.getByLabel("Desa/kelurahan").selectOption({ label: "Klorogan — Kec. Geger" });
  await page.getByLabel("Dusun").selectOption({ label: "Balejurang" });
  await page.getByLabel("Tempat kegiatan").fill("Rumah Bu RT 02");
  await page.getByLabel("Minggu ke-").selectOption({ label: "Minggu kedua" });
  await page.getByLabel("Hari", { exact: true }).selectOption({ label: "Selasa" });
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Posyandu Teratai 9" })).toBeVisible();
  await expect(page.getByTestId("jadwal-label")).toHaveText("Selasa minggu kedua setiap bulan");
  await expect(page.getByTestId("tanggal-berikutnya").getByRole("listitem")).toHaveCount(3);
  await page.getByRole("link", { name: "Lihat riwayat posyandu ini" }).click();
  await expect(page.getByTestId("riwayat")).toContainText("Dibuat");

  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Posyandu", exact: true }).click();
  await page.getByLabel("Cari").fill("teratai");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/q=teratai/);
  await expect(page.getByTestId("posyandu-table").getByRole("link", { name: "Teratai 9" })).toBeVisible();
  await expect(page.getByTestId("pagination-info")).toHaveText("Menampilkan 1–1 dari 1");
});

test("isian yang salah mendapat pesan di samping kolomnya dan tidak menyimpan apa pun", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/posyandu/baru");
  await page.getByLabel("Minggu ke-").selectOption({ label: "Minggu kedua" });
  await page.getByLabel("Lintang").fill("abc");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("alert-error")).toHaveText("Periksa lagi isian yang ditandai.");
  await expect(page.locator("#nama-error")).toHaveText("Nama posyandu wajib diisi.");
  await expect(page.locator("#desaId-error")).toHaveText("Pilih desa.");
  await expect(page.locator("#latitude-error")).toContainText("Lintang harus berupa angka.");
  await expect(page.locator("#jadwalHari-error")).toContainText("Pilih minggu ke- dan hari bersama");
  // The typed values are kept.
  await expect(page.getByLabel("Lintang")).toHaveValue("abc");
  // Selects too (React resets a form after its action; the form is mounted afresh with the values).
  await expect(page.getByLabel("Minggu ke-")).toHaveValue("2");
  // A second refused submit keeps them as well.
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator("#nama-error")).toHaveText("Nama posyandu wajib diisi.");
  await expect(page.getByLabel("Minggu ke-")).toHaveValue("2");
});

test("petugas puskesmas mengubah jadwal posyandu di wilayah kerjanya, tapi tidak namanya", async ({ page }) => {
  await login(page, "pkm.geger");
  await page.goto("/posyandu?q=Mawar 1");
  await page.getByTestId("posyandu-table").getByRole("link", { name: "Mawar 1", exact: true }).click();
  await page.getByRole("link", { name: "Ubah" }).click();
  await expect(page.getByLabel("Nama posyandu")).toHaveCount(0);
  await page.getByLabel("Hari", { exact: true }).selectOption({ label: "Kamis" });
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("jadwal-label")).toHaveText("Kamis minggu ketiga setiap bulan");
  await page.getByRole("link", { name: "Lihat riwayat posyandu ini" }).click();
  await expect(page.getByTestId("riwayat")).toContainText("Hari: 2 → 4");
});

test("kader tidak punya tombol ubah dan hanya melihat posyandunya di beranda", async ({ page }) => {
  await login(page, "kader.melati1");
  await expect(page.getByRole("link", { name: "Wilayah" })).toHaveCount(0);
  await page.getByRole("link", { name: "Posyandu", exact: true }).click();
  await page.getByTestId("posyandu-table").getByRole("link", { name: "Melati 1" }).click();
  await expect(page.getByRole("heading", { name: "Posyandu Melati 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah" })).toHaveCount(0);
  await page.goto("/posyandu/baru");
  await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
});

/** The download as the page's own fetch receives it. */
async function fetchAsBrowser(page: Page, url: string) {
  return page.evaluate(async (u) => {
    const r = await fetch(u);
    return { status: r.status, type: r.headers.get("content-type"), text: await r.text() };
  }, url);
}

test("petugas puskesmas memilih kecamatan lalu desa, dan mengunduh daftar yang sama sebagai CSV", async ({ page }) => {
  await login(page, "pkm.geger");
  await page.goto("/posyandu");
  // The desa of one kecamatan at a time: none before a kecamatan is chosen.
  await expect(page.getByLabel("Desa", { exact: true }).locator("option")).toHaveCount(1);
  await page.getByLabel("Kecamatan").selectOption({ label: "Geger" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.getByLabel("Desa", { exact: true }).selectOption({ label: "Klorogan" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByTestId("pagination-info")).toHaveText(/^Menampilkan 1–\d+ dari \d+$/);
  const shown = await page.getByTestId("posyandu-table").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.querySelector("a")?.textContent?.trim()));
  expect(shown).toEqual(expect.arrayContaining(["Mawar 1", "Mawar 2", "Melati 1", "Melati 2"]));
  const href = await page.getByRole("link", { name: "Unduh CSV" }).getAttribute("href");
  const res = await fetchAsBrowser(page, href!);
  expect(res.status).toBe(200);
  expect(res.type).toBe("text/csv; charset=utf-8");
  const lines = res.text.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("nama_posyandu,kode_desa,desa,dusun,kecamatan,puskesmas,jadwal,minggu_ke,hari,tempat,lintang,bujur,status");
  // The same rows as the page, in the same order, and only those of Desa Klorogan.
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(shown);
  expect(lines.slice(1).every((l) => l.split(",")[2] === "Klorogan")).toBe(true);
});
