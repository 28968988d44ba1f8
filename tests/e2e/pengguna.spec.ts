import { test, expect, type Page } from "@playwright/test";
import { login, logout } from "./helpers";

/** Submits the login form and returns the error shown. */
async function failedLogin(page: Page, username: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  return page.getByTestId("alert-error");
}

test("admin Dinkes membuat akun kader, kader wajib ganti sandi, lalu admin menonaktifkannya", async ({ page, browser }) => {
  const username = `kader.melati2.${Date.now().toString(36)}`;
  const newPassword = "kata-sandi-kader-baru";

  // The admin creates a KADER for Posyandu Melati 2 and reads the one-time password.
  await login(page, "dinkes.madiun");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pengguna" }).click();
  await expect(page.getByTestId("pengguna-table").getByRole("link", { name: "kader.melati1" })).toBeVisible();
  await page.getByRole("link", { name: "Tambah pengguna" }).click();
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama lengkap").fill("Sri Wahyuni");
  await page.getByLabel("Peran").selectOption({ label: "Kader" });
  await page.getByLabel("Cari posyandu").fill("melati 2");
  await page.getByLabel(/^Posyandu/).selectOption({ label: "Posyandu Melati 2" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByTestId("one-time-password")).toContainText("hanya ditampilkan sekali");
  await expect(page.getByTestId("sandi-username")).toHaveText(username);
  const oneTime = (await page.getByTestId("sandi-awal").innerText()).trim();
  expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await page.getByRole("link", { name: "Lihat akun" }).click();
  await expect(page.getByTestId("pengguna-detail")).toContainText("Posyandu Melati 2 (Desa Klorogan)");
  await expect(page.getByTestId("riwayat")).toContainText("Dibuat");
  // Shown once: the account page does not show it again.
  await expect(page.getByText(oneTime)).toHaveCount(0);
  const accountUrl = page.url();
  await logout(page);

  // The new kader signs in with it and is sent to change it before anything else.
  await login(page, username, oneTime);
  await expect(page).toHaveURL(/\/ganti-password/);
  await expect(page.getByText("Ganti kata sandi dulu")).toBeVisible();
  await page.goto("/posyandu");
  await expect(page).toHaveURL(/\/ganti-password/);
  await page.getByLabel(/^Kata sandi sekarang/).fill(oneTime);
  await page.getByLabel(/^Kata sandi baru/).fill(newPassword);
  await page.getByLabel(/^Ulangi kata sandi baru/).fill(newPassword);
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi berhasil diganti.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Selamat datang, Sri Wahyuni" })).toBeVisible();
  await expect(page.getByTestId("viewer-area")).toContainText("Posyandu Melati 2");
  await expect(page.getByRole("link", { name: "Pengguna" })).toHaveCount(0);

  // Meanwhile, in another browser, the admin deactivates the account (with confirmation).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, "dinkes.madiun");
  await admin.goto(accountUrl);
  await admin.getByTestId("nonaktifkan").click();
  await expect(admin.getByRole("alertdialog")).toContainText("Nonaktifkan");
  await admin.getByRole("button", { name: "Ya, nonaktifkan" }).click();
  await expect(admin.getByText("Akun sudah dinonaktifkan.")).toBeVisible();
  await expect(admin.getByTestId("pengguna-status")).toHaveText("Nonaktif");
  await expect(admin.getByTestId("riwayat")).toContainText("Dinonaktifkan");
  // Closing flushes this context's trace; a missing artifacts folder there is no failure of the app.
  await adminContext.close().catch(() => undefined);

  // The kader's open session has ended, and signing in again is refused like a wrong password.
  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await expect(await failedLogin(page, username, newPassword)).toHaveText("Nama pengguna atau kata sandi salah.");
});

test("kader.melati1 membuka /pengguna dan mendapat 'Data tidak ditemukan'", async ({ page }) => {
  await login(page, "kader.melati1");
  await expect(page.getByRole("link", { name: "Pengguna" })).toHaveCount(0);
  for (const path of ["/pengguna", "/pengguna/baru"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
  }
});

test("isian akun yang salah mendapat pesan di samping kolomnya, dan nama pengguna yang sudah dipakai ditolak", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/pengguna/baru");
  await page.getByLabel("Nama pengguna").fill("Ka");
  await page.getByLabel("Peran").selectOption({ label: "Bidan Desa" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByTestId("alert-error")).toHaveText("Periksa lagi isian yang ditandai.");
  await expect(page.locator("#username-error")).toHaveText("Nama pengguna paling sedikit 3 karakter.");
  await expect(page.locator("#nama-error")).toHaveText("Nama lengkap wajib diisi.");
  await expect(page.locator("#desaId-error")).toHaveText("Pilih desa.");
  await expect(page.getByLabel("Nama pengguna")).toHaveValue("Ka");
  await expect(page.getByLabel("Peran")).toHaveValue("BIDAN_DESA");

  await page.getByLabel("Nama pengguna").fill("kader.melati1");
  await page.getByLabel("Nama lengkap").fill("Bidan Uji");
  await page.getByLabel("Cari desa").fill("klorogan");
  await page.getByLabel(/^Desa\/kelurahan/).selectOption({ label: "Desa Klorogan (35.19.03.2002)" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.locator("#username-error")).toContainText('Nama pengguna "kader.melati1" sudah dipakai');
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
});

test("admin mengatur ulang kata sandi: kata sandi sekali pakai tampil sekali dan akun wajib menggantinya", async ({ page }) => {
  // A throwaway bidan account, so that the demo accounts other tests use keep their password.
  const username = `bidan.uji.${Date.now().toString(36)}`;
  await login(page, "dinkes.madiun");
  await page.goto("/pengguna/baru");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama lengkap").fill("Bidan Uji Reset");
  await page.getByLabel("Peran").selectOption({ label: "Bidan Desa" });
  await page.getByLabel("Cari desa").fill("geger");
  await page.getByLabel(/^Desa\/kelurahan/).selectOption({ label: "Desa Geger (35.19.03.2004)" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  const first = (await page.getByTestId("sandi-awal").innerText()).trim();

  await page.goto(`/pengguna?q=${username}`);
  await page.getByTestId("pengguna-table").getByRole("link", { name: username }).click();
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("semua sesi yang sedang masuk berakhir");
  await page.getByRole("button", { name: "Ya, atur ulang" }).click();
  const oneTime = (await page.getByTestId("sandi-awal").innerText()).trim();
  expect(oneTime).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  expect(oneTime).not.toBe(first);
  await page.reload();
  await expect(page.getByTestId("riwayat")).toContainText("Kata sandi diatur ulang");
  await expect(page.getByText(oneTime)).toHaveCount(0);
  await logout(page);
  await expect(await failedLogin(page, username, first)).toHaveText("Nama pengguna atau kata sandi salah.");
  await login(page, username, oneTime);
  await expect(page).toHaveURL(/\/ganti-password/);
});

test("halaman pengguna dapat dipakai di ponsel 360 px tanpa geser ke samping", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await login(page, "dinkes.madiun");
  for (const path of ["/pengguna", "/pengguna/baru"]) {
    await page.goto(path);
    if (path.endsWith("baru")) await page.getByLabel("Peran").selectOption({ label: "Kader" });
    await page.screenshot({ path: `test-results/pengguna-360${path.replaceAll("/", "-")}.png`, fullPage: true });
    // The page itself does not scroll sideways; only the table scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
  await page.goto("/pengguna?q=kader.melati1");
  await page.getByTestId("pengguna-table").getByRole("link", { name: "kader.melati1" }).click();
  await page.getByTestId("nonaktifkan").click();
  await page.screenshot({ path: "test-results/pengguna-360-detail.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole("button", { name: "Batal" }).click();
});

test("admin Dinkes memindahkan kader ke posyandu lain; isian yang salah ditolak dan nilainya tetap", async ({ page }) => {
  const username = `kader.pindah.${Date.now().toString(36)}`;
  await login(page, "dinkes.madiun");
  await page.goto("/pengguna/baru");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama lengkap").fill("Kader Pindah");
  await page.getByLabel("Peran").selectOption({ label: "Kader" });
  await page.getByLabel(/^Posyandu/).selectOption({ label: "Posyandu Melati 2" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  await page.getByRole("link", { name: "Lihat akun" }).click();

  await page.getByRole("link", { name: "Ubah nama, peran, atau wilayah" }).click();
  await expect(page.getByTestId("username-tetap")).toHaveText(username);
  await expect(page.getByLabel("Peran")).toHaveValue("KADER");
  // A refused save: the message sits next to the field, the chosen posyandu stays chosen.
  await page.getByLabel("Nama lengkap").fill("");
  await page.getByLabel("Cari posyandu").fill("mawar 1");
  await page.getByLabel(/^Posyandu/).selectOption({ label: "Posyandu Mawar 1" });
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("#nama-error")).toHaveText("Nama lengkap wajib diisi.");
  await expect(page.getByLabel(/^Posyandu/).locator("option:checked")).toHaveText("Posyandu Mawar 1");

  await page.getByLabel("Nama lengkap").fill("Kader Pindah ke Mawar");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan akun sudah disimpan.")).toBeVisible();
  await expect(page.getByTestId("pengguna-detail")).toContainText("Posyandu Mawar 1 (Desa Klorogan)");
  await expect(page.getByTestId("riwayat")).toContainText("Posyandu: Posyandu Melati 2 (Desa Klorogan) → Posyandu Mawar 1 (Desa Klorogan)");
  await expect(page.getByTestId("riwayat")).toContainText("Nama: Kader Pindah → Kader Pindah ke Mawar");
});

test("admin Dinkes Demak tidak dapat membuka halaman ubah akun Madiun", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/pengguna?q=kader.melati1");
  await page.getByTestId("pengguna-table").getByRole("link", { name: "kader.melati1" }).click();
  const editUrl = `${new URL(page.url()).pathname}/ubah`;
  await logout(page);
  await login(page, "dinkes.demak");
  await page.goto(editUrl);
  await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Melati")).toHaveCount(0);
});
