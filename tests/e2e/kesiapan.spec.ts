/**
 * Kesiapan ILP in the browser: the kader sees its own posyandu's score and what is missing on a
 * 360-px phone; the puskesmas officer gets its catchment ranked; the Dinkes admin changes a rule
 * (a wrong one is refused with the typed values kept) and puts the default back.
 */
import { test, expect } from "@playwright/test";
import { login, logout } from "./helpers";

test.describe("kesiapan di layar ponsel", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("kader melihat skor posyandunya dan yang masih kurang", async ({ page }) => {
    await login(page, "kader.melati1");
    const card = page.getByTestId("kesiapan-skor");
    await expect(card).toBeVisible();
    await expect(page.getByTestId("kesiapan-kekurangan").getByRole("listitem").first()).toBeVisible();
    expect(await page.getByTestId("kesiapan-kekurangan").getByRole("listitem").count()).toBeLessThanOrEqual(3);
    await page.getByRole("link", { name: "Kesiapan" }).first().click();
    await expect(page.getByRole("heading", { name: "Kesiapan ILP" })).toBeVisible();
    // Only its own posyandu.
    await expect(page.getByTestId("kesiapan-table").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByTestId("kesiapan-table")).toContainText("Melati 1");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await logout(page);
  });

  test("petugas puskesmas melihat posyandu wilayah kerjanya, diurutkan dari skor terendah", async ({ page }) => {
    await login(page, "pkm.geger");
    await expect(page.getByTestId("beranda-kesiapan")).toBeVisible();
    await page.goto("/kesiapan");
    const rows = page.getByTestId("kesiapan-table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const text = await page.getByTestId("kesiapan-table").innerText();
    expect(text).toContain("Melati 1");
    expect(text).not.toContain("Anggrek 1"); // Kaibon's catchment
    const scores = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll("td")[2]?.textContent?.trim())).filter((n) => !Number.isNaN(n)));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    // The explanation of one posyandu: parts with points and links to where gaps are fixed.
    await page.getByRole("link", { name: "Melati 1" }).first().click();
    await expect(page.getByTestId("kesiapan-bagian")).toContainText("Kader aktif");
    await expect(page.getByTestId("kesiapan-bagian")).toContainText("tidak dihitung"); // layanan: no posyandu-day data yet
    await logout(page);
  });
});

test.describe("skor ikut berubah", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("petugas puskesmas menilai paket D seorang kader Mawar 1; skor posyandu naik dan paket itu hilang dari yang kurang", async ({ page }) => {
    await login(page, "pkm.geger");
    await page.goto("/kesiapan?q=Mawar+1");
    await page.getByTestId("kesiapan-table").getByRole("link", { name: "Mawar 1", exact: true }).click();
    const missing = page.getByTestId("kesiapan-kekurangan");
    await expect(missing).toContainText("Paket Usia Sekolah dan Remaja: belum ada kader yang kompeten");
    const before = Number(await page.getByTestId("kesiapan-skor").locator("span").first().innerText());

    await page.goto("/kader?q=Suparmi");
    await page.getByTestId("kader-table").getByRole("link", { name: "Suparmi" }).click();
    // The first package not yet complete is offered: D.
    await page.getByRole("link", { name: "Catat penilaian" }).click();
    await expect(page.getByRole("heading", { name: "Paket D · Usia Sekolah dan Remaja" })).toBeVisible();
    const today = await page.evaluate(() => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date()));
    await page.getByLabel("Tanggal penilaian").fill(today);
    await page.getByRole("button", { name: "Tandai semua kompeten" }).click();
    await page.getByRole("button", { name: "Simpan penilaian" }).click();
    await expect(page.getByTestId("level-alasan")).toHaveText("Madya: 4 dari 5 paket lengkap; kurang paket Usia Dewasa dan Lansia");

    await page.goto("/kesiapan?q=Mawar+1");
    await page.getByTestId("kesiapan-table").getByRole("link", { name: "Mawar 1", exact: true }).click();
    await expect(missing).not.toContainText("Paket Usia Sekolah dan Remaja");
    await expect(missing).toContainText("Paket Usia Dewasa dan Lansia");
    const after = Number(await page.getByTestId("kesiapan-skor").locator("span").first().innerText());
    expect(after).toBeGreaterThan(before);
    await expect(page.getByTestId("kesiapan-bagian")).toContainText("4 dari 5 paket dikuasai sedikitnya satu kader");
    await logout(page);
  });
});

test("admin Dinkes mengubah ambang kesiapan; aturan yang salah ditolak dan isian tetap", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/kesiapan/aturan");
  const bobot = page.getByTestId("form-bobot");
  await bobot.getByLabel("Bobot kader aktif").fill("30");
  await bobot.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(bobot.getByText("Jumlah bobot keenam bagian harus 100.")).toBeVisible();
  await expect(bobot.getByLabel("Bobot kader aktif")).toHaveValue("30");

  const ambang = page.getByTestId("form-ambang");
  await ambang.getByRole("textbox", { name: "Ambang siap", exact: true }).fill("90");
  await ambang.getByLabel("Ambang siap bersyarat").fill("75");
  await ambang.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(page.getByText("Aturan sudah disimpan dan skor bulan ini dihitung ulang.")).toBeVisible();
  await expect(page.getByTestId("ambang-berlaku")).toContainText("Skor ≥ 90: siap · 75–89: siap bersyarat");
  await page.getByRole("button", { name: "Kembalikan ke bawaan" }).click();
  await expect(page.getByTestId("ambang-berlaku")).toContainText("Skor ≥ 80: siap · 60–79: siap bersyarat");

  // The pilot limit is a setting too: a kabupaten may choose two pilot posyandu per desa.
  const batas = page.getByTestId("form-batas");
  await batas.getByLabel("Posyandu percontohan per desa").fill("0");
  await batas.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(batas.getByText("Posyandu percontohan per desa paling sedikit 1.")).toBeVisible();
  await batas.getByLabel("Posyandu percontohan per desa").fill("2");
  await batas.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(page.getByTestId("batas-berlaku")).toContainText("Paling banyak 2 posyandu percontohan per desa");
  await page.getByTestId("batas-berlaku").locator("..").getByRole("button", { name: "Kembalikan ke bawaan" }).click();
  await expect(page.getByTestId("batas-berlaku")).toContainText("Paling banyak 1 posyandu percontohan per desa");
  await logout(page);

  // Others read the rules but get no form.
  await login(page, "staf.madiun");
  await page.goto("/kesiapan/aturan");
  await expect(page.getByTestId("ambang-berlaku")).toBeVisible();
  await expect(page.getByTestId("form-ambang")).toHaveCount(0);
  await logout(page);
});
