/**
 * Import, first step: the whole file is checked, every bad row is reported with its Excel line, and a
 * file with any problem writes NOTHING (no dusun, posyandu, audit row or import job).
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, KLOROGAN, KAIBON, BANYUMENENG } from "../support/db.ts";
import { checkImportFile } from "../../lib/impor/dal.ts";
import { getImportJob } from "../../lib/impor/queries.ts";
import { ForbiddenError } from "../../lib/errors.ts";
import { repeatedRowsXlsx } from "../support/xlsx-bomb.ts";

const HEADER = "kode_desa,nama_dusun,nama_posyandu,tempat,minggu_ke,hari,lintang,bujur,aktif";
const tag = () => randomUUID().slice(0, 6);
const bytes = (text: string) => new TextEncoder().encode(text);

async function counts() {
  const [dusun, posyandu, audit, jobs] = await Promise.all([testDb.dusun.count(), testDb.posyandu.count(), testDb.auditLog.count(), testDb.importJob.count()]);
  return { dusun, posyandu, audit, jobs };
}

async function check(text: string, name = "impor.csv", username: Parameters<typeof viewer>[0] = "dinkes.madiun") {
  return checkImportFile(await viewer(username), { name, bytes: bytes(text) });
}

/** Checks a file that must be refused, and proves that nothing at all was written. */
async function refused(text: string, name = "impor.csv") {
  const before = await counts();
  const result = await check(text, name);
  expect(await counts()).toEqual(before);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors;
}

describe("import check: a bad file is refused whole, every problem listed, nothing written", () => {
  it("wrong columns: unknown headers and a missing required column", async () => {
    expect(await refused("desa,kecamatan,nama posyandu\nKlorogan,Geger,Uji\n")).toEqual([
      'Kolom tidak dikenal: "desa", "kecamatan". Kolom yang dikenal: kode_desa, nama_dusun, nama_posyandu, tempat, minggu_ke, hari, lintang, bujur, aktif.',
      "Kolom wajib tidak ada: kode_desa.",
    ]);
  });

  it("a desa code that is not in the official Kemendagri list", async () => {
    expect(await refused(`${HEADER}\n${KLOROGAN},,Uji ${tag()}\n35.19.03.2999,,Uji ${tag()}\n`)).toEqual(["Baris 3: kode desa 35.19.03.2999 tidak ada dalam daftar resmi Kemendagri 2025"]);
  });

  it("a desa code of another kabupaten (Demak's Banyumeneng for the Madiun admin)", async () => {
    expect(await refused(`${HEADER}\n${KLOROGAN},,Uji ${tag()}\n${BANYUMENENG},,Uji ${tag()}\n`)).toEqual([`Baris 3: kode desa ${BANYUMENENG} bukan wilayah Kabupaten Madiun`]);
  });

  it("the same posyandu twice for one desa, whatever the case and spacing", async () => {
    const t = tag();
    expect(await refused(`${HEADER}\n${KLOROGAN},,Uji ${t}\n${KAIBON},,Uji ${t}\n${KLOROGAN},,uji  ${t}\n`)).toEqual([`Baris 4: posyandu "uji ${t}" muncul dua kali untuk desa Klorogan (baris 2 dan 4)`]);
  });

  it("an empty file, a header-only file and a file of blank lines", async () => {
    expect(await refused("")).toEqual(["Berkas kosong: tidak ada baris judul maupun data."]);
    expect(await refused("\uFEFF\r\n\r\n")).toEqual(["Berkas kosong: tidak ada baris judul maupun data."]);
    expect(await refused(`${HEADER}\r\n,,,,,,,,\r\n`)).toEqual(["Berkas tidak berisi data: di bawah baris judul tidak ada baris yang terisi."]);
  });

  it("one bad row among 200 is reported with its line and nothing of the 199 good rows is written", async () => {
    const t = tag();
    const lines = [HEADER];
    for (let i = 1; i <= 200; i++) lines.push(i === 137 ? `${KLOROGAN},,Uji ${t} ${i},,2,Seninn,,,` : `${KLOROGAN},Dusun ${t} ${i % 7},Uji ${t} ${i},Balai RT ${i},2,Senin,,,ya`);
    expect(await refused(lines.join("\n"))).toEqual(['Baris 138: hari "Seninn" tidak dikenal (isi Senin–Minggu atau 1–7)']);
    expect(await testDb.posyandu.count({ where: { nama: { startsWith: `Uji ${t}` } } })).toBe(0);
    expect(await testDb.dusun.count({ where: { nama: { startsWith: `Dusun ${t}` } } })).toBe(0);
  });

  it("every reason of every bad row, in line order", async () => {
    const errors = await refused([
      HEADER,
      `${KLOROGAN},,,Balai,,,,,`,
      `35.19.03.2999,,Uji ${tag()},,9,Senin,-7.6,,`,
      `${KAIBON},,,,,,,,`,
    ].join("\n"));
    expect(errors).toEqual([
      "Baris 2: nama posyandu kosong",
      "Baris 3: kode desa 35.19.03.2999 tidak ada dalam daftar resmi Kemendagri 2025",
      'Baris 3: minggu ke "9" tidak dikenal (isi 1–4, atau 5 = minggu terakhir)',
      "Baris 3: lintang dan bujur harus diisi bersama, atau dikosongkan keduanya",
      "Baris 4: nama dusun dan nama posyandu kosong",
    ]);
  });

  it("wrong file types and a file that is too large", async () => {
    expect(await refused("%PDF-1.4", "daftar.pdf")).toEqual(["Jenis berkas tidak didukung (.pdf): pilih berkas .csv atau .xlsx."]);
    expect(await refused("kode_desa", "daftar.xls")).toEqual(["Berkas .xls (Excel lama) tidak didukung. Simpan ulang dari Excel sebagai .xlsx atau .csv."]);
    expect(await refused(`${HEADER}\n`, "daftar.xlsx")).toEqual(["Berkas bernama .xlsx tetapi isinya bukan berkas Excel. Simpan ulang dari Excel sebagai .xlsx atau .csv."]);
    const big = `${HEADER}\n` + `${KLOROGAN},,Uji,${"x".repeat(200)}\n`.repeat(30_000);
    expect((await refused(big))[0]).toMatch(/^Berkas terlalu besar: 6,\d MB, paling besar 5 MB/);
    const many = `${HEADER}\n` + Array.from({ length: 20_001 }, (_, i) => `${KLOROGAN},,U${i}`).join("\n");
    expect(await refused(many)).toEqual(["Berkas terlalu besar: 20.001 baris data, paling banyak 20.000 baris per berkas. Bagi menjadi beberapa berkas."]);
  });
});

describe("import check: an XLSX bomb", () => {
  it("a small XLSX of a million rows is refused while reading, in seconds, and writes nothing", async () => {
    const bomb = repeatedRowsXlsx(1_000_000);
    const before = await counts();
    const start = performance.now();
    const result = await checkImportFile(await viewer("dinkes.madiun"), { name: "bom.xlsx", bytes: bomb });
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(result).toEqual({ ok: false, errors: ["Berkas terlalu besar: lebih dari 20.000 baris data, paling banyak 20.000 baris per berkas. Bagi menjadi beberapa berkas."] });
    expect(await counts()).toEqual(before);
  });
});

describe("import check: a clean file becomes a job to confirm, and still writes no dusun or posyandu", () => {
  it("an existing posyandu of the same name is an update, not an error", async () => {
    const before = await counts();
    const result = await check(`${HEADER}\n${KLOROGAN},Balejurang,Melati 1,Balai Desa Klorogan,2,Selasa,,,ya\n`);
    expect(result).toMatchObject({ ok: true, summary: { baris: 1, dusunBaru: 0, posyanduBaru: 0, posyanduDiubah: 1, tidakBerubah: 0 } });
    const after = await counts();
    expect(after).toEqual({ ...before, jobs: before.jobs + 1 });
    const job = await testDb.importJob.findUniqueOrThrow({ where: { id: result.ok ? result.jobId : "" } });
    expect(job.status).toBe("VALID");
    expect(job.sha256).toMatch(/^[0-9a-f]{64}$/);
    const view = await getImportJob(await viewer("dinkes.madiun"), job.id);
    expect(view.outcomes).toEqual([{ line: 2, kind: "posyandu-diubah", desa: "Klorogan", dusun: "Balejurang", posyandu: "Melati 1", fields: ["tempat"] }]);
  });

  it("accepts ; as delimiter, a BOM and Bahasa headers in any case, with or without spaces/underscores", async () => {
    const t = tag();
    const result = await check(`\uFEFFKode Desa;NAMA_POSYANDU;Minggu Ke;hari\r\n${KLOROGAN};Uji ${t};terakhir;Jumat\r\n`);
    expect(result).toMatchObject({ ok: true, summary: { posyanduBaru: 1 } });
  });

  it("only the Dinkes admin may import", async () => {
    await expect(check(`${HEADER}\n${KLOROGAN},,Uji\n`, "impor.csv", "staf.madiun")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(check(`${HEADER}\n${KLOROGAN},,Uji\n`, "impor.csv", "pkm.geger")).rejects.toBeInstanceOf(ForbiddenError);
  });
});
