import { test, expect, type Page } from "@playwright/test";
import { login, logout } from "./helpers";

const nav = (page: Page) => page.getByRole("navigation", { name: "Navigasi utama" });

/** The cells of a table row, as text. */
async function cells(page: Page, testId: string, name: string) {
  const row = page.getByTestId(testId).getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  return row.getByRole("cell").allInnerTexts();
}

test("admin Dinkes menelusuri Kecamatan Geger sampai Desa Klorogan dan melihat 4 posyandu beserta jumlahnya", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await nav(page).getByRole("link", { name: "Wilayah" }).click();
  await expect(page.getByRole("heading", { name: "Wilayah", exact: true })).toBeVisible();
  // Kode, Kecamatan, Desa/kel., Dusun, Posyandu, Posyandu aktif: Geger has 19 desa, and at least the
  // demo data's 8 dusun and 8 posyandu (other browser tests may add more).
  const geger = await cells(page, "kecamatan-table", "Geger");
  expect(geger.slice(0, 3)).toEqual(["35.19.03", "Geger", "19"]);
  expect(Number(geger[3])).toBeGreaterThanOrEqual(8);
  expect(Number(geger[4])).toBeGreaterThanOrEqual(8);

  await page.getByTestId("kecamatan-table").getByRole("link", { name: "Geger", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Kecamatan Geger" })).toBeVisible();
  await expect(page.getByTestId("kecamatan-puskesmas")).toContainText("Puskesmas Geger");
  await expect(page.getByTestId("kecamatan-puskesmas")).toContainText("Puskesmas Kaibon");
  const klorogan = await cells(page, "desa-table", "Klorogan");
  // Kode, Desa, Puskesmas, Dusun, Posyandu, Posyandu aktif, Pustu
  expect([klorogan[0], klorogan[2], klorogan[6]]).toEqual(["35.19.03.2002", "Puskesmas Geger", "1"]);

  await page.getByTestId("desa-table").getByRole("link", { name: "Klorogan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Desa Klorogan" })).toBeVisible();
  const posyandu = page.getByTestId("desa-posyandu");
  for (const nama of ["Melati 1", "Melati 2", "Mawar 1", "Mawar 2"]) await expect(posyandu.getByRole("link", { name: nama, exact: true })).toBeVisible();
  // The counts at the top (SQL) agree with the lists below, and with the kecamatan's desa table.
  const n = await posyandu.getByRole("listitem").count();
  const nDusun = await page.getByTestId("desa-dusun").getByRole("listitem").count();
  expect(n).toBeGreaterThanOrEqual(4);
  expect(nDusun).toBeGreaterThanOrEqual(4);
  for (const nama of ["Balejurang", "Klorogan", "Ngrowo", "Sumberjo"]) await expect(page.getByTestId("desa-dusun").getByRole("link", { name: nama, exact: true })).toBeVisible();
  const stats = page.getByTestId("wilayah-stats");
  await expect(stats).toContainText(`Dusun${nDusun}Posyandu${n}Posyandu aktif`);
  await expect(stats).toContainText("Pustu1");
  expect([klorogan[3], klorogan[4]]).toEqual([String(nDusun), String(n)]);
  await expect(page.getByTestId("desa-pustu")).toContainText("Pustu Klorogan");
  // The way back.
  await page.getByRole("navigation", { name: "Jejak halaman" }).getByRole("link", { name: "Kec. Geger" }).click();
  await expect(page.getByRole("heading", { name: "Kecamatan Geger" })).toBeVisible();
  // A posyandu link leads to the posyandu page.
  await page.goBack();
  await posyandu.getByRole("link", { name: "Melati 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Posyandu Melati 1" })).toBeVisible();
});

test("admin Dinkes menambah dusun di Desa Geger dan melihatnya; nama kembar ditolak di samping kolomnya", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/desa?q=35.19.03.2004");
  await page.getByTestId("desa-table").getByRole("link", { name: "Geger", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Desa Geger" })).toBeVisible();
  await page.getByRole("link", { name: "Tambah dusun" }).first().click();
  await page.getByLabel("Nama dusun").fill("Krajan Uji");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Desa Geger" })).toBeVisible();
  await expect(page.getByTestId("alert-success")).toHaveText("Dusun sudah ditambahkan.");
  await expect(page.getByTestId("desa-dusun").getByRole("link", { name: "Krajan Uji" })).toBeVisible();
  await expect(page.getByTestId("riwayat").or(page.getByText("Belum ada riwayat perubahan."))).toBeVisible();

  await page.getByRole("link", { name: "Tambah dusun" }).first().click();
  await page.getByLabel("Nama dusun").fill("krajan uji");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("alert-error")).toHaveText('Dusun "krajan uji" sudah ada di desa ini.');
  await expect(page.locator("#nama-error")).toHaveText('Nama "krajan uji" sudah dipakai dusun lain di desa ini.');
  await expect(page.getByLabel("Nama dusun")).toHaveValue("krajan uji");

  // Its own page, with the change history.
  await page.getByRole("link", { name: "Batal" }).click();
  await page.getByTestId("desa-dusun").getByRole("link", { name: "Krajan Uji" }).click();
  await expect(page.getByRole("heading", { name: "Dusun Krajan Uji" })).toBeVisible();
  await expect(page.getByTestId("riwayat")).toContainText("Dibuat");
});

test("menghapus Desa Klorogan ditolak dengan pesan yang menyebut apa yang masih ada", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/desa?q=Klorogan");
  await page.getByTestId("desa-table").getByRole("link", { name: "Klorogan", exact: true }).click();
  const stat = async (label: string) => (await page.getByTestId("wilayah-stats").getByText(label, { exact: true }).locator("xpath=following-sibling::div").innerText());
  const [dusun, posyandu] = [await stat("Dusun"), await stat("Posyandu")];
  await page.getByRole("button", { name: "Hapus desa" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("Yakin menghapus Desa Klorogan?");
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  // Demo data: 4 dusun, 4 posyandu, Pustu Klorogan, Puskesmas Geger's building, the bidan's account;
  // other browser tests may add dusun, posyandu or accounts, so the counts come from the page.
  await expect(page.getByTestId("alert-error")).toHaveText(new RegExp(`^Desa Klorogan tidak dapat dihapus: masih ada ${dusun} dusun, ${posyandu} posyandu, 1 pustu, 1 puskesmas, dan \\d+ akun pengguna\\. `));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Desa Klorogan" })).toBeVisible();
});

test("petugas Puskesmas Kaibon hanya melihat wilayah kerjanya dan tidak dapat membuka Desa Klorogan", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/desa?q=Klorogan");
  const href = await page.getByTestId("desa-table").getByRole("link", { name: "Klorogan", exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/wilayah\/desa\/[0-9a-f-]{36}$/);
  await logout(page);

  await login(page, "pkm.kaibon");
  await nav(page).getByRole("link", { name: "Wilayah" }).click();
  await expect(page.getByTestId("kecamatan-table").locator("tbody tr")).toHaveCount(1);
  await expect(page.getByTestId("kecamatan-table").locator("tbody").getByRole("link")).toHaveText(["Geger"]);
  expect((await cells(page, "kecamatan-table", "Geger"))[2]).toBe("9");
  await page.getByTestId("kecamatan-table").getByRole("link", { name: "Geger" }).click();
  await expect(page.getByTestId("desa-table").getByRole("link", { name: "Kaibon", exact: true })).toBeVisible();
  await expect(page.getByTestId("desa-table").getByRole("link", { name: "Klorogan", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("pagination-info")).toHaveText("Menampilkan 1–9 dari 9");
  await expect(page.getByRole("link", { name: "Tambah desa" })).toHaveCount(0);

  await page.goto(href!);
  await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
});

test("kader tidak punya menu Wilayah dan /wilayah menjawab data tidak ditemukan", async ({ page }) => {
  await login(page, "kader.melati1");
  await expect(nav(page).getByRole("link", { name: "Wilayah" })).toHaveCount(0);
  await page.goto("/wilayah");
  await expect(page.getByRole("heading", { name: "Data tidak ditemukan" })).toBeVisible();
});

test("admin Dinkes memindahkan desa antar wilayah kerja puskesmas hanya bila dinyatakan jelas", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/puskesmas");
  await page.getByTestId("puskesmas-table").getByRole("link", { name: "Puskesmas Geger" }).click();
  await page.getByRole("link", { name: "Ubah" }).click();
  await expect(page.getByText("sekarang: Puskesmas Kaibon").first()).toBeVisible();
  await page.getByRole("checkbox", { name: /^Sangen/ }).check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("alert-error")).toHaveText("Periksa lagi isian yang ditandai.");
  await expect(page.locator("#catchment-error")).toContainText("Desa Sangen (Puskesmas Kaibon) sudah masuk wilayah kerja puskesmas lain.");
  await expect(page.getByRole("checkbox", { name: /^Sangen/ })).toBeChecked();
  await page.getByLabel("Pindahkan desa tersebut ke puskesmas ini").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Puskesmas Geger" })).toBeVisible();
  await expect(page.getByTestId("catchment-table").getByRole("link", { name: "Sangen" })).toBeVisible();
  await expect(page.getByTestId("riwayat")).toContainText("Jumlah desa wilayah kerja: 10 → 11");

  // And back to Kaibon, the same way.
  await page.goto("/wilayah/puskesmas");
  await page.getByTestId("puskesmas-table").getByRole("link", { name: "Puskesmas Kaibon" }).click();
  await page.getByRole("link", { name: "Ubah" }).click();
  await page.getByRole("checkbox", { name: /^Sangen/ }).check();
  await page.getByLabel("Pindahkan desa tersebut ke puskesmas ini").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("catchment-table").getByRole("link", { name: "Sangen" })).toBeVisible();
  await expect(page.getByTestId("catchment-table").getByRole("row")).toHaveCount(10);
});

test("nama desa yang berbeda dari daftar resmi hanya disimpan bila dinyatakan, lalu nama resmi dipulihkan", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/desa?q=35.19.03.2001");
  await page.getByTestId("desa-table").getByRole("link", { name: "Banaran", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Desa Banaran" })).toBeVisible();
  const desaUrl = page.url();
  await page.goto(`${new URL(desaUrl).pathname}/ubah`);
  await expect(page.getByTestId("nama-resmi")).toHaveText("Banaran");
  await page.getByLabel("Nama desa").fill("Banaran Lor");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.locator("#nama-error")).toContainText('kode 35.19.03.2001 bernama "Banaran"');
  await expect(page.getByLabel("Nama desa")).toHaveValue("Banaran Lor");

  await page.getByLabel("Tetap simpan nama yang berbeda dari daftar resmi").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Desa Banaran Lor" })).toBeVisible();

  // Back to the official name: no tick needed.
  await page.goto(`${new URL(desaUrl).pathname}/ubah`);
  await page.getByLabel("Nama desa").fill("Banaran");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Desa Banaran" })).toBeVisible();
});

test("admin Dinkes menambah puskesmas dan mengubah wilayah kerjanya: desa dicentang per kecamatan atau dicari, halaman tidak membawa desa lain", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/puskesmas");
  await page.getByRole("link", { name: "Tambah puskesmas" }).click();
  await page.getByLabel("Nama puskesmas").fill("Puskesmas Dolopo Uji");
  // No desa before a kecamatan is chosen; then the desa of that kecamatan only, fetched for it.
  await expect(page.getByTestId("catchment-kecamatan")).toHaveCount(0);
  await page.getByRole("combobox", { name: "Kecamatan", exact: true }).selectOption({ label: "Dolopo" });
  await page.getByLabel("Desa lokasi gedung").selectOption({ label: "Dolopo" });
  const list = page.getByTestId("catchment-kecamatan");
  await expect(list.getByRole("checkbox", { name: "Klorogan" })).toHaveCount(0);
  for (const nama of ["Dolopo", "Kradinan", "Suluk"]) await list.getByRole("checkbox", { name: nama, exact: true }).check();
  await expect(page.getByText(/^3 dari \d+ desa dipilih\.$/)).toBeVisible();
  // A desa of another kecamatan, found by name.
  await page.getByLabel("Cari desa").fill("tileng");
  await page.getByLabel("Desa yang ditemukan").selectOption({ label: "Tileng — Kec. Dagangan" });
  await page.getByRole("button", { name: "Tambahkan ke wilayah kerja" }).click();
  const chosen = page.getByTestId("catchment-chosen");
  await expect(chosen.getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("button", { name: "Tambahkan ke wilayah kerja" })).toBeDisabled();
  // Removing a chip unticks its box.
  await chosen.getByRole("button", { name: "Hapus Suluk — Kec. Dolopo dari wilayah kerja" }).click();
  await expect(list.getByRole("checkbox", { name: "Suluk", exact: true })).not.toBeChecked();
  await expect(page.getByRole("group", { name: "Desa wilayah kerja (3 dipilih)" })).toBeVisible();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Puskesmas Dolopo Uji" })).toBeVisible();
  const table = page.getByTestId("catchment-table");
  for (const nama of ["Dolopo", "Kradinan", "Tileng"]) await expect(table.getByRole("link", { name: nama, exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "Suluk", exact: true })).toHaveCount(0);

  // The edit page carries the catchment and the desa of Dolopo, not the kabupaten's other desa.
  await page.getByRole("link", { name: "Ubah" }).click();
  await expect(page.getByRole("heading", { name: "Ubah Puskesmas Dolopo Uji" })).toBeVisible();
  const html = await (await page.request.get(page.url())).text();
  for (const nama of ["Tileng", "Kradinan", "Suluk"]) expect(html).toContain(nama);
  for (const nama of ["Klorogan", "Ketandan"]) expect(html).not.toContain(nama);
  await expect(chosen.getByRole("listitem")).toHaveCount(3);
  // Another kecamatan's desa: tick one, untick the one found by name; and drop a chip.
  await page.getByLabel("Desa di kecamatan").selectOption({ label: "Dagangan" });
  await list.getByRole("checkbox", { name: "Mendak", exact: true }).check();
  await list.getByRole("checkbox", { name: "Tileng", exact: true }).uncheck();
  await chosen.getByRole("button", { name: "Hapus Kradinan — Kec. Dolopo dari wilayah kerja" }).click();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("alert-success")).toBeVisible();
  for (const nama of ["Dolopo", "Mendak"]) await expect(table.getByRole("link", { name: nama, exact: true })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(page.getByTestId("riwayat")).toContainText("Jumlah desa wilayah kerja: 3 → 2");
});

test("admin Dinkes menambah pustu dengan desa yang dicari; puskesmas induk terisi dari wilayah kerja desanya", async ({ page }) => {
  await login(page, "dinkes.madiun");
  await page.goto("/wilayah/pustu/baru");
  await page.getByLabel("Nama pustu").fill("Pustu Nglandung");
  await page.getByLabel("Cari desa").fill("nglandung");
  await page.getByLabel("Desa/kelurahan").selectOption({ label: "Nglandung — Kec. Geger" });
  await expect(page.getByLabel("Puskesmas induk")).toHaveValue(/.+/);
  await expect(page.getByLabel("Puskesmas induk").locator("option:checked")).toHaveText("Puskesmas Kaibon");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("heading", { name: "Pustu Nglandung" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Puskesmas Kaibon" })).toBeVisible();

  // The edit page carries the chosen desa only; another desa moves the pustu to that desa's puskesmas.
  await page.getByRole("link", { name: "Ubah" }).click();
  await expect(page.getByLabel("Desa/kelurahan").locator("option:checked")).toHaveText("Nglandung — Kec. Geger");
  const html = await (await page.request.get(page.url())).text();
  expect(html).not.toContain("Sareng");
  await page.getByLabel("Cari desa").fill("sareng");
  await page.getByLabel("Desa/kelurahan").selectOption({ label: "Sareng — Kec. Geger" });
  await expect(page.getByLabel("Puskesmas induk").locator("option:checked")).toHaveText("Puskesmas Geger");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("alert-success")).toHaveText("Perubahan sudah disimpan.");
  await expect(page.getByRole("link", { name: "Sareng", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Puskesmas Geger" })).toBeVisible();
});
