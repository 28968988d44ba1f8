import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "pantau-demo";

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("viewer-info")).toBeVisible();
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();
}

/** The e2e database (the one Playwright's web server seeded), for checks the screen cannot show. */
export const dbUrl = () => process.env.DATABASE_URL_E2E || `postgresql://pantau:pantau-local@127.0.0.1:${process.env.PANTAU_PG_E2E_PORT || "5435"}/pantau`;

/** Answers one supervision item the "good" way (ya, 4, the first option, 6, a text), or the failing way (tidak, 1) when asked. */
export async function answer(item: Locator, tidak = false) {
  switch (await item.getAttribute("data-tipe")) {
    case "YA_TIDAK":
      return item.getByRole("radio", { name: tidak ? "Tidak" : "Ya", exact: true }).check();
    case "SKALA":
      return item.getByRole("radio", { name: tidak ? "1" : "4", exact: true }).check();
    case "PILIHAN":
      return item.getByRole("radio").first().check();
    case "ANGKA":
      return item.locator('input[type="number"]').fill("6");
    default:
      return item.locator("textarea").fill("Berjalan baik");
  }
}
