import { test, expect, type Page } from "@playwright/test";
import { login, logout } from "./helpers";

const ACCOUNTS = [
  { username: "dinkes.madiun", role: "Admin Dinkes", area: "Kabupaten Madiun", sees: "Melati 1", notSees: "Kenanga 1" },
  { username: "staf.madiun", role: "Staf Dinkes", area: "Kabupaten Madiun", sees: "Anggrek 1", notSees: "Cempaka 1" },
  { username: "dinkes.demak", role: "Admin Dinkes", area: "Kabupaten Demak", sees: "Kenanga 1", notSees: "Melati 1" },
  { username: "pkm.geger", role: "Petugas Puskesmas", area: "Puskesmas Geger", sees: "Mawar 2", notSees: "Anggrek 1" },
  { username: "pkm.kaibon", role: "Petugas Puskesmas", area: "Puskesmas Kaibon", sees: "Anggrek 1", notSees: "Melati 1" },
  { username: "bidan.klorogan", role: "Bidan Desa", area: "Desa Klorogan", sees: "Mawar 1", notSees: "Dahlia" },
  { username: "kader.melati1", role: "Kader", area: "Posyandu Melati 1", sees: "Melati 1", notSees: "Mawar 2" },
  { username: "kader.mawar2", role: "Kader", area: "Posyandu Mawar 2", sees: "Mawar 2", notSees: "Melati 1" },
];

for (const a of ACCOUNTS) {
  test(`${a.username} masuk dan hanya melihat wilayahnya`, async ({ page }) => {
    await login(page, a.username);
    await expect(page.getByTestId("viewer-role")).toHaveText(a.role);
    await expect(page.getByTestId("viewer-area")).toContainText(a.area);
    await page.getByRole("link", { name: "Posyandu", exact: true }).click();
    const table = page.getByTestId("posyandu-table");
    await expect(table.getByRole("link", { name: a.sees, exact: true })).toBeVisible();
    await expect(table.getByRole("link", { name: a.notSees, exact: true })).toHaveCount(0);
    await logout(page);
  });
}

/** Submits the login form and waits for the server's answer (a POST to the page's action). */
async function submitLogin(page: Page, username: string, password: string) {
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")), page.getByRole("button", { name: "Masuk" }).click()]);
  await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  return (await page.getByTestId("alert-error").innerText()).trim();
}

test("nama pengguna yang tidak ada dan kata sandi salah mendapat pesan yang sama", async ({ page }) => {
  await page.goto("/login");
  const unknown = await submitLogin(page, "tidak.ada", "salah-sekali");
  const wrong = await submitLogin(page, "staf.madiun", "salah-sekali");
  expect(unknown).toBe("Nama pengguna atau kata sandi salah.");
  expect(wrong).toBe(unknown);
});

test("lima kali salah kata sandi mengunci akun", async ({ page }) => {
  // An account of its own, so that the demo accounts stay usable for the tests that follow.
  const username = `staf.kunci.${Date.now().toString(36)}`;
  await login(page, "dinkes.madiun");
  await page.goto("/pengguna/baru");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama lengkap").fill("Staf Uji Kunci");
  await page.getByLabel("Peran").selectOption({ label: "Staf Dinkes" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  const password = (await page.getByTestId("sandi-awal").innerText()).trim();
  // Wait for the sign-out to finish: navigating away at once could cancel it and keep the admin signed in.
  await logout(page);

  await page.goto("/login");
  const messages: string[] = [];
  for (let i = 0; i < 5; i++) messages.push(await submitLogin(page, username, `salah-${i}`));
  expect(messages.slice(0, 4)).toEqual(Array(4).fill("Nama pengguna atau kata sandi salah."));
  expect(messages[4]).toContain("Akun dikunci 15 menit karena 5 kali salah kata sandi");
  // Even the right password is refused while the account is locked.
  expect(await submitLogin(page, username, password)).toContain("Akun dikunci");
});

test("nama pengguna yang tidak ada juga 'dikunci' pada percobaan kelima, sehingga tidak terbongkar", async ({ page }) => {
  // Its own client address, so that these failures do not count toward the per-client limit of the others.
  await page.context().setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.201" });
  await page.goto("/login");
  const messages: string[] = [];
  const unknown = `tidak.ada.${Date.now().toString(36)}`;
  for (let i = 0; i < 5; i++) messages.push(await submitLogin(page, unknown, `salah-${i}`));
  expect(messages.slice(0, 4)).toEqual(Array(4).fill("Nama pengguna atau kata sandi salah."));
  expect(messages[4]).toMatch(/^Akun dikunci 15 menit karena 5 kali salah kata sandi\. Coba lagi setelah pukul \d\d\.\d\d WIB\.$/);
});

test("kader yang membuka alamat posyandu lain mendapat 'tidak ditemukan'", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/posyandu?q=Mawar 2");
  await page.getByTestId("posyandu-table").getByRole("link", { name: "Mawar 2", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Posyandu Mawar 2" })).toBeVisible();
  const mawar2Url = page.url();
  await logout(page);
  await login(page, "kader.melati1");
  await page.goto(mawar2Url);
  await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Mawar 2")).toHaveCount(0);
});
