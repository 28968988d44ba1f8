/**
 * Supervision plans: the Dinkes admin creates a plan, adds a visit to Posyandu Melati 1 (refused first
 * for a date outside the quarter, keeping what was chosen), picks one of the offered posyandu days,
 * sees the clash warning for team members already booked that day (the seeded Dinkes visit), adds an
 * outside member and saves; the visit shows on that month's calendar. The puskesmas officer plans in
 * its catchment on a 360-px phone.
 */
import { test, expect, type Page } from "@playwright/test";
import { a11yOfPages, login } from "./helpers";
import { nextDates } from "../../lib/posyandu/jadwal.ts";
import { formatDateWithDay, todayInJakarta } from "../../lib/i18n/format.ts";
import { dateFromIso } from "../../lib/posyandu/jadwal.ts";
import { quarterBounds, quarterOf, quarterRangeLabel } from "../../lib/supervisi/jadwal-kunjungan.ts";
import { addDays } from "../../lib/posyandu/jadwal.ts";

const nav = (page: Page) => page.getByRole("navigation", { name: "Navigasi utama" });

test("admin Dinkes merencanakan kunjungan ke Melati 1 pada hari posyandu, melihat peringatan jadwal tim, dan kunjungannya tampil di kalender", async ({ page }) => {
  // Melati 1 holds its posyandu on the second Tuesday; the seed booked the Dinkes team on the next one.
  const [hari] = nextDates({ mingguKe: 2, hari: 2 }, todayInJakarta(), 1);
  const q = quarterOf(hari);
  await login(page, "dinkes.madiun");
  await nav(page).getByRole("link", { name: "Supervisi" }).click();
  await expect(page.getByRole("heading", { name: "Supervisi", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Buat rencana" }).click();

  await page.getByLabel("Nama rencana").fill("Supervisi uji peramban");
  await page.getByLabel("Tahun").fill(String(q.tahun));
  await page.getByLabel("Triwulan").selectOption(String(q.triwulan));
  await page.getByRole("button", { name: "Simpan rencana" }).click();
  await expect(page.getByRole("heading", { name: "Supervisi uji peramban" })).toBeVisible();
  await expect(page.getByTestId("alert-success")).toHaveText("Rencana sudah disimpan.");

  await page.getByRole("link", { name: "Tambah kunjungan" }).click();
  await page.getByLabel("Cari posyandu (nama, desa, atau kecamatan)").fill("melati 1");
  await page.getByRole("combobox", { name: "Posyandu", exact: true }).selectOption({ label: "Posyandu Melati 1 — Desa Klorogan" });
  const offered = page.getByTestId("hari-posyandu");
  await expect(offered.getByRole("button", { name: formatDateWithDay(dateFromIso(hari)) })).toBeVisible();

  // A date after the plan's quarter is refused, naming the quarter; the site and team stay.
  await page.getByLabel("Tanggal kunjungan").fill(addDays(quarterBounds(q.tahun, q.triwulan).akhir, 1));
  await page.getByRole("button", { name: "Simpan kunjungan" }).click();
  await expect(page.locator("#tanggal-error")).toHaveText(`Tanggal harus dalam triwulan rencana (${quarterRangeLabel(q.tahun, q.triwulan)}).`);
  await expect(page.getByRole("combobox", { name: "Posyandu", exact: true })).toHaveValue(/.+/);
  await expect(page.getByTestId("tim")).toContainText("Admin Dinkes Madiun");

  // One click on the offered posyandu day; the admin is already booked that day.
  await offered.getByRole("button", { name: formatDateWithDay(dateFromIso(hari)) }).click();
  await expect(page.getByLabel("Tanggal kunjungan")).toHaveValue(hari);
  const warning = page.getByTestId("peringatan-bentrok");
  await expect(warning).toContainText("Admin Dinkes Madiun sudah punya kunjungan lain pada hari itu: Posyandu Melati 1, Desa Klorogan.");

  await page.getByLabel("Cari pengguna kabupaten (nama)").fill("staf");
  await page.getByRole("combobox", { name: "Pengguna", exact: true }).selectOption({ label: "Staf Kesmas Dinkes Madiun (Staf Dinkes)" });
  await page.getByRole("button", { name: "Tambahkan ke tim" }).click();
  await expect(page.getByTestId("tim")).toContainText("Staf Kesmas Dinkes Madiun");
  await expect(warning).toContainText("Staf Kesmas Dinkes Madiun sudah punya kunjungan lain pada hari itu: Posyandu Melati 1, Desa Klorogan.");

  await page.getByRole("button", { name: "Tambah anggota luar" }).click();
  await page.getByLabel("Nama anggota luar 1").fill("dr. Rina");
  await page.getByLabel("Peran anggota luar 1").fill("Dokter");
  await page.getByLabel("Instansi anggota luar 1").fill("Puskesmas Geger");
  await page.getByRole("button", { name: "Simpan kunjungan" }).click();

  await expect(page.getByTestId("alert-success")).toHaveText("Kunjungan sudah ditambahkan ke rencana.");
  const visits = page.getByTestId("kunjungan-rencana");
  await expect(visits).toContainText("Posyandu Melati 1");
  await expect(visits).toContainText(formatDateWithDay(dateFromIso(hari)));
  await expect(visits).toContainText("Staf Kesmas Dinkes Madiun (Staf Dinkes)");
  await expect(visits).toContainText("dr. Rina (Dokter, Puskesmas Geger)");
  await expect(visits.getByRole("link", { name: "Mulai kunjungan" })).toHaveAttribute("href", /^\/supervisi\/kunjungan\/[0-9a-f-]{36}\/isi$/);

  // The month's calendar: the seeded visit and this one on that day, both planned.
  await page.goto(`/supervisi?bulan=${hari.slice(0, 7)}`);
  const day = page.getByTestId("kalender").locator(`[data-tanggal="${hari}"]`);
  await expect(day.getByRole("link", { name: /Posyandu Melati 1/ })).toHaveCount(2);
  await expect(day.locator('[data-status="DIRENCANAKAN"]')).toHaveCount(2);
  await expect(page.getByTestId("rekap-bulanan")).toBeVisible();
});

test.describe("di layar 360 px", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("petugas puskesmas merencanakan kunjungan di wilayah kerjanya saja", async ({ page }) => {
    await login(page, "pkm.kaibon");
    await nav(page).getByRole("link", { name: "Supervisi" }).click();
    await page.getByRole("link", { name: "Rencana", exact: true }).click();
    const table = page.getByTestId("rencana-table");
    await expect(table).not.toContainText("Dinkes");
    await table.getByRole("link", { name: /Supervisi posyandu wilayah Puskesmas Kaibon/ }).click();
    const visits = page.getByTestId("kunjungan-rencana");
    await expect(visits).toContainText("Posyandu Anggrek 1");
    await expect(visits).not.toContainText("Melati");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByRole("link", { name: "Tambah kunjungan" }).click();
    // Posyandu outside the catchment are not offered.
    await page.getByLabel("Cari posyandu (nama, desa, atau kecamatan)").fill("melati");
    await expect(page.getByText(`0 pilihan cocok dengan "melati".`)).toBeVisible();
    await page.getByLabel("Cari posyandu (nama, desa, atau kecamatan)").fill("kenanga");
    await page.getByRole("combobox", { name: "Posyandu", exact: true }).selectOption({ label: "Posyandu Kenanga — Desa Kaibon" });
    const first = page.getByTestId("hari-posyandu").getByRole("button").first();
    await first.click();
    await expect(page.getByLabel("Tanggal kunjungan")).not.toHaveValue("");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole("button", { name: "Simpan kunjungan" }).click();
    await expect(page.getByTestId("alert-success")).toHaveText("Kunjungan sudah ditambahkan ke rencana.");
    await expect(page.getByTestId("kunjungan-rencana").getByRole("link", { name: "Posyandu Kenanga", exact: true })).toHaveCount(2);

    // Reschedule is offered for a planned visit; cancelling asks for the reason.
    await page.getByRole("link", { name: "Ubah jadwal atau batalkan kunjungan Posyandu Kenanga" }).first().click();
    await page.getByRole("button", { name: "Batalkan kunjungan" }).click();
    await page.getByRole("button", { name: "Ya, batalkan" }).click();
    await expect(page.locator("#alasanBatal-error")).toHaveText("Alasan pembatalan wajib diisi.");
    await page.getByLabel("Alasan pembatalan").fill("Digabung dengan kunjungan lain");
    await page.getByRole("button", { name: "Ya, batalkan" }).click();
    await expect(page.getByTestId("alert-success")).toHaveText("Kunjungan sudah dibatalkan.");
    await expect(page.getByTestId("kunjungan-rencana")).toContainText("Alasan batal: Digabung dengan kunjungan lain");
  });
});

test("halaman rencana supervisi memenuhi aturan aksesibilitas", async ({ page }) => {
  test.setTimeout(180_000);
  await login(page, "dinkes.madiun");
  await page.goto("/supervisi/rencana?q=kesiapan ILP Dinkes");
  const plan = await page.getByTestId("rencana-table").getByRole("link", { name: /Supervisi kesiapan ILP Dinkes/ }).getAttribute("href");
  await page.goto(plan!);
  const edit = await page.getByRole("link", { name: /Ubah jadwal atau batalkan kunjungan/ }).first().getAttribute("href");
  const found = await a11yOfPages(page.context(), ["/supervisi", "/supervisi?tampilan=daftar", "/supervisi/rencana", "/supervisi/rencana/baru", "/supervisi/rencana/saran", plan!, `${plan}/ubah`, `${plan}/kunjungan/baru`, edit!]);
  expect(found).toEqual([]);
});
