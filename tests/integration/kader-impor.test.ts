/**
 * Kader import: a clean file is written whole with an audit row per kader; a file with one bad row
 * writes nothing; posyandu outside the viewer's area are neither found by name nor accepted as the
 * fixed target (a forged posyanduId).
 */
import { describe, expect, it } from "vitest";
import { testDb, viewer, posyanduId, auditCount, KLOROGAN, BANYUMENENG } from "../support/db.ts";
import { importKader } from "../../lib/kader/dal-impor.ts";
import { ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const csv = (lines: string[]) => ({ name: "kader.csv", bytes: new TextEncoder().encode(lines.join("\n")) });

describe("importKader", () => {
  it("bidan.klorogan imports two kaders by posyandu name: written with one IMPORT audit row each and their level", async () => {
    const before = { kader: await testDb.kader.count(), audit: await auditCount() };
    const r = await importKader(await viewer("bidan.klorogan"), csv(["posyandu,nama,nik,jenis_kelamin,jabatan", "Mawar 1,Impor Satu,3519034101900001,P,anggota", "Mawar 2,Impor Dua,,P,"]));
    expect(r).toEqual({ ok: true, count: 2 });
    expect(await testDb.kader.count()).toBe(before.kader + 2);
    expect(await auditCount()).toBe(before.audit + 2);
    const row = await testDb.kader.findFirstOrThrow({ where: { nama: "Impor Satu" }, include: { posyandu: true } });
    expect(row).toMatchObject({ nik: "3519034101900001", level: null, posyandu: { nama: "Mawar 1" } });
    expect(row.levelAlasan).toMatch(/^Belum: 0 dari 5 paket lengkap/);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kader", entityId: row.id } });
    expect(audit).toMatchObject({ action: "IMPORT", actorName: "bidan.klorogan" });
    expect((audit.after as { nik: string }).nik).toBe("3519••••••••0001");
  });
  it("one bad row and nothing is written; every problem is listed", async () => {
    const before = { kader: await testDb.kader.count(), audit: await auditCount() };
    const r = await importKader(await viewer("pkm.geger"), csv(["posyandu,nama,jenis_kelamin", "Melati 1,Baik,P", "Melati 1,,P", "Anggrek 1,Luar Wilayah,P"]));
    expect(r).toEqual({ ok: false, errors: ["Baris 3: Nama kader wajib diisi.", 'Baris 4: posyandu "Anggrek 1" tidak ditemukan di wilayah Anda.'] });
    expect(await testDb.kader.count()).toBe(before.kader);
    expect(await auditCount()).toBe(before.audit);
  });
  it("a forged fixed posyandu outside the area is not found; roles without kader.manage are refused", async () => {
    await expect(importKader(await viewer("pkm.kaibon"), csv(["nama,jenis_kelamin", "X,P"]), await posyanduId(KLOROGAN, "Melati 2"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(importKader(await viewer("dinkes.madiun"), csv(["nama,jenis_kelamin", "X,P"]), await posyanduId(BANYUMENENG, "Kenanga 1"))).rejects.toBeInstanceOf(NotFoundError);
    for (const u of ["staf.madiun", "kader.melati1"] as const) {
      await expect(importKader(await viewer(u), csv(["nama,jenis_kelamin", "X,P"]), await posyanduId(KLOROGAN, "Melati 1")), u).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await testDb.kader.count({ where: { nama: "X" } })).toBe(0);
  });
  it("for one posyandu, the file needs no posyandu column, and a re-upload of the same names is refused", async () => {
    const v = await viewer("pkm.geger");
    const target = await posyanduId(KLOROGAN, "Melati 2");
    expect(await importKader(v, csv(["nama,jenis_kelamin", "Impor Tiga,P"]), target)).toEqual({ ok: true, count: 1 });
    expect(await importKader(v, csv(["nama,jenis_kelamin", "Impor Tiga,P"]), target)).toEqual({ ok: false, errors: ["Baris 2: kader bernama Impor Tiga sudah ada di Posyandu Melati 2; isi NIK bila ini orang lain, atau hapus barisnya."] });
  });
});
