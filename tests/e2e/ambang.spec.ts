/**
 * "Ambang & rujukan" at 360 px: the Dinkes admin changes the KBM variant (a refused value elsewhere
 * stays typed with its message), sees it with its date, and puts the default back after confirming;
 * a kader reads the page from the menu and gets no form.
 */
import { test, expect } from "@playwright/test";
import { login, logout } from "./helpers";

test.use({ viewport: { width: 360, height: 780 } });

test("admin Dinkes mengganti varian KBM dan melihatnya; kader hanya membaca", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/ambang");
  await expect(page.getByRole("heading", { name: "Ambang & rujukan", level: 1 })).toBeVisible();
  await expect(page.getByTestId("ambang-catatan")).toContainText("hanya berlaku untuk entri baru");
  const kbm = page.getByTestId("aturan-ambang-kbm");
  await expect(kbm.getByTestId("nilai-ambang-kbm")).toContainText("Varian A");
  await expect(kbm.getByRole("row", { name: "7–10 300" })).toBeVisible();
  await expect(kbm).toContainText("Sumber: Buku KIA 2023");
  await expect(kbm).toContainText("Nilai bawaan");

  // A refused value keeps what was typed, with the message on the field; nothing saved.
  const kek = page.getByTestId("aturan-ambang-kek");
  await kek.getByText("Ubah aturan ini").click();
  await kek.getByLabel("KEK bila LiLA di bawah (cm)").fill("dua puluh");
  await kek.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(kek.locator("#ambang-kek--lilaCm-error")).toHaveText("KEK bila LiLA di bawah (cm): harus berupa angka.");
  await expect(kek.getByLabel("KEK bila LiLA di bawah (cm)")).toHaveValue("dua puluh");
  await expect(kek).toContainText("Nilai bawaan");

  await kbm.getByText("Ubah aturan ini").click();
  await kbm.getByLabel("Varian tabel KBM").selectOption("B");
  await kbm.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(page.getByText('Aturan "Kenaikan berat badan minimal (KBM) balita" sudah disimpan. Berlaku untuk entri baru.')).toBeVisible();
  await expect(kbm.getByTestId("nilai-ambang-kbm")).toContainText("Varian B");
  await expect(kbm.getByRole("row", { name: "6–7 400" })).toBeVisible();
  await expect(kbm.getByTestId("diubah")).toHaveText(/^Diubah \d{1,2} \w+ \d{4}/);
  await logout(page);

  // A kader reads the same rule, from the menu, with no way to change it.
  await login(page, "kader.melati1");
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Ambang & Rujukan" }).click();
  await expect(page.getByRole("heading", { name: "Ambang & rujukan", level: 1 })).toBeVisible();
  await expect(page.getByTestId("nilai-ambang-kbm")).toContainText("Varian B");
  await expect(page.getByTestId("aturan-ambang-tdDewasa")).toContainText("Hipertensi derajat 1");
  await expect(page.getByText("Ubah aturan ini")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Simpan aturan" })).toHaveCount(0);
  await expect(page.getByTestId("ambang-catatan")).toContainText("Hanya admin Dinkes kabupaten yang dapat mengubah aturan.");
  await logout(page);

  // The admin puts the default back, after confirming.
  await login(page, "dinkes.madiun");
  await page.goto("/ambang#ambang-kbm");
  const kbm2 = page.getByTestId("aturan-ambang-kbm");
  await kbm2.getByText("Ubah aturan ini").click();
  await kbm2.getByRole("button", { name: "Kembalikan ke bawaan" }).click();
  await expect(kbm2.getByRole("alertdialog")).toContainText("Kembalikan \"Kenaikan berat badan minimal (KBM) balita\" ke nilai bawaan?");
  await kbm2.getByRole("button", { name: "Ya, kembalikan" }).click();
  await expect(page.getByText("kembali ke nilai bawaan")).toBeVisible();
  await expect(page.getByTestId("nilai-ambang-kbm")).toContainText("Varian A");
});
