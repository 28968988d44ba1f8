import { test, expect, type Page, type BrowserContext } from "@playwright/test";
import { login, logout } from "./helpers";

/**
 * Issue 7, as a browser meets it: sign-out ends the session on the server, no open redirect after
 * sign-in, accounts that must change their password cannot download, downloads behind a proxy, the
 * Origin check, 400 instead of 500, and a nonce-based CSP that the pages run under without violations.
 */

// Each test signs in from its own (claimed) address, so that the per-client sign-in limit of one test
// never spills into another. (The app takes the last X-Forwarded-For entry; see login-throttle.ts.)
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${(testInfo.title.length * 7 + Date.now()) % 250}` });
});

async function sessionCookies(context: BrowserContext) {
  return (await context.cookies()).filter((c) => c.name.includes("authjs.session-token"));
}

/** A new account made by the admin (must change its password on first sign-in): username and one-time password. */
async function newAccount(page: Page, prefix: string) {
  const username = `${prefix}.${Date.now().toString(36)}`;
  await login(page, "dinkes.madiun");
  await page.goto("/pengguna/baru");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Nama lengkap").fill("Staf Uji Keamanan");
  await page.getByLabel("Peran").selectOption({ label: "Staf Dinkes" });
  await page.getByRole("button", { name: "Buat akun" }).click();
  const password = (await page.getByTestId("sandi-awal").innerText()).trim();
  await logout(page);
  return { username, password };
}

test("setelah Keluar, cookie sesi lama tidak dapat mengunduh atau menulis lagi", async ({ page, browser }) => {
  await login(page, "staf.madiun");
  const cookies = await sessionCookies(page.context());
  expect(cookies).toHaveLength(1);
  expect((await page.request.get("/posyandu/unduh")).status()).toBe(200);
  await logout(page);

  // Someone who kept a copy of the cookie replays it.
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const download = await replay.request.get("/posyandu/unduh", { maxRedirects: 0 });
  expect(download.status()).toBe(303);
  expect(download.headers()["location"]).toMatch(/\/login\?ke=%2Fposyandu%2Funduh$/);
  const write = await replay.request.post("/gizi/berkas/proses", { multipart: { berkas: { name: "anak.csv", mimeType: "text/csv", buffer: Buffer.from("sex,age_days,weight_kg\n1,400,9.5\n") } }, headers: { origin: new URL(page.url()).origin } });
  expect(write.status()).toBe(401);
  const replayPage = await replay.newPage();
  await replayPage.goto("/posyandu");
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
});

for (const ke of ["%2F%5Cevil.example", "/%09/evil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "/.//evil.example"]) {
  test(`masuk dengan ?ke=${ke} tetap di situs ini`, async ({ page, baseURL }) => {
    await page.goto(`/login?ke=${ke}`);
    await page.getByLabel("Nama pengguna").fill("kader.melati1");
    await page.getByLabel("Kata sandi").fill("pantau-demo");
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByTestId("viewer-info")).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
    expect(page.url()).not.toContain("evil");
    expect(new URL(page.url()).pathname).toBe("/");
  });
}

test("masuk dengan ?ke= ke halaman sendiri membuka halaman itu", async ({ page }) => {
  await page.goto("/posyandu?q=Melati");
  await expect(page).toHaveURL(/\/login\?ke=%2Fposyandu%3Fq%3DMelati$/);
  await page.getByLabel("Nama pengguna").fill("kader.melati1");
  await page.getByLabel("Kata sandi").fill("pantau-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/posyandu\?q=Melati$/);
});

test("akun yang wajib ganti kata sandi tidak dapat mengunduh; kata sandi baru diperiksa", async ({ page }) => {
  const { username, password } = await newAccount(page, "staf.unduh");
  await login(page, username, password);
  await expect(page).toHaveURL(/\/ganti-password/);
  for (const path of ["/posyandu/unduh", "/gizi/berkas/templat", "/gizi/berkas/unduh/00000000-0000-4000-8000-000000000000?format=csv"]) {
    const r = await page.request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBe(303);
    expect(r.headers()["location"], path).toMatch(/\/ganti-password$/);
  }

  const change = async (current: string, next: string) => {
    await page.getByLabel(/^Kata sandi sekarang/).fill(current);
    await page.getByLabel(/^Kata sandi baru/).fill(next);
    await page.getByLabel(/^Ulangi kata sandi baru/).fill(next);
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  };
  await change(password, "pantau-demo");
  await expect(page.locator("#next-error")).toContainText("Kata sandi demo tidak boleh dipakai.");
  await change(password, `${username}-2026`);
  await expect(page.locator("#next-error")).toContainText("Kata sandi tidak boleh memuat nama pengguna Anda.");
  await change(password, "password123");
  await expect(page.locator("#next-error")).toContainText("terlalu umum");
  await change("bukan-sandi-ini", "sawah hijau di klorogan");
  await expect(page.locator("#current-error")).toContainText("Kata sandi sekarang salah.");
  await change(password, "sawah hijau di klorogan");
  await expect(page.getByText("Kata sandi berhasil diganti.")).toBeVisible();
  expect((await page.request.get("/posyandu/unduh")).status()).toBe(200);
});

test("di balik proxy, pengalihan ke halaman masuk memakai alamat publik, bukan localhost", async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-host": "pantau.dinkes.example", "x-forwarded-proto": "https" } });
  const r = await api.get("/posyandu/unduh?q=Melati", { maxRedirects: 0 });
  expect(r.status()).toBeGreaterThanOrEqual(300);
  expect(r.status()).toBeLessThan(400);
  expect(r.headers()["location"]).toBe("https://pantau.dinkes.example/login?ke=%2Fposyandu%2Funduh%3Fq%3DMelati");
  await api.dispose();
});

test("unggah berkas gizi dari situs lain ditolak dengan 403", async ({ page }) => {
  await login(page, "kader.melati1");
  const r = await page.request.post("/gizi/berkas/proses", {
    multipart: { berkas: { name: "anak.csv", mimeType: "text/csv", buffer: Buffer.from("sex,age_days,weight_kg\n1,400,9.5\n") } },
    headers: { origin: "https://evil.example" },
  });
  expect(r.status()).toBe(403);
  expect(await r.json()).toEqual({ message: "Permintaan ditolak: permintaan ini tidak berasal dari halaman Pantau ILP." });
});

test("alamat rusak dan server action dari situs lain dijawab 400 dengan header keamanan", async ({ page }) => {
  await login(page, "kader.melati1");
  const checks = [
    await page.request.get("/posyandu/%E0%A4%A"),
    await page.request.post("/posyandu", { headers: { "next-action": "0".repeat(42), origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, data: "[]" }),
    // The same without JavaScript: a plain form post from another site.
    await page.request.post("/login", { headers: { origin: "https://evil.example" }, multipart: { username: "kader.melati1", password: "pantau-demo" } }),
  ];
  for (const r of checks) {
    expect(r.status(), r.url()).toBe(400);
    expect(r.headers()["x-frame-options"]).toBe("DENY");
    expect(r.headers()["x-content-type-options"]).toBe("nosniff");
    expect(r.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("nama pengguna 10.000 karakter: 'terlalu panjang', bukan 'wajib diisi'", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill("a".repeat(10_000));
  await page.getByLabel("Kata sandi").fill("salah-sekali");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("#username-error")).toHaveText("Nama pengguna terlalu panjang (paling banyak 60 karakter). Periksa lagi.");
});

test("CSP dengan nonce, tanpa 'unsafe-inline' untuk skrip, dan halaman berjalan tanpa pelanggaran", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(String(e)));
  const cspOf = async (path: string) => {
    const r = await page.goto(path);
    const csp = r?.headers()["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    return scriptSrc;
  };

  const first = await cspOf("/login");
  expect(await cspOf("/login"), "a new nonce per request").not.toBe(first);
  await page.getByLabel("Nama pengguna").fill("kader.melati1");
  await page.getByLabel("Kata sandi").fill("pantau-demo");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("viewer-info")).toBeVisible();
  await cspOf("/");
  await cspOf("/posyandu");
  await expect(page.getByTestId("posyandu-table")).toBeVisible();
  await cspOf("/gizi");
  await page.getByLabel("Perempuan").check();
  await page.getByLabel("Tanggal lahir").fill("2024-05-10");
  await page.getByLabel("Tanggal pengukuran").fill("2026-11-20");
  await page.getByLabel("Berat badan (kg)").fill("10,1");
  await page.getByLabel("Panjang/tinggi badan (cm)").fill("84,0");
  await page.getByLabel("Cara ukur panjang/tinggi").selectOption({ label: "Berdiri (tinggi badan)" });
  await page.getByRole("button", { name: "Hitung status gizi" }).click();
  const canvas = page.getByTestId("hasil-gizi").locator("canvas");
  await expect(canvas).toBeVisible();
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});
