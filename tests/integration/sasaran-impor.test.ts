/**
 * Importing people: a bad file lists every bad row and writes nothing; a clean file becomes a job of
 * the uploader that confirming writes in one transaction (once, even when sent twice in parallel);
 * scope of the posyandu and of the job; the wilayah import history does not show sasaran jobs.
 */
import { describe, expect, it } from "vitest";
import { testDb, viewer, posyanduId, KLOROGAN } from "../support/db.ts";
import { testNik } from "../support/sasaran.ts";
import { applySasaranImport, checkSasaranImport, getSasaranImportJob } from "../../lib/sasaran/dal-impor.ts";
import { listImportJobs } from "../../lib/impor/queries.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const csv = (rows: string[][]) => ({ name: "sasaran.csv", bytes: new TextEncoder().encode(rows.map((r) => r.join(",")).join("\n")) });
const HEAD = ["nama", "nik", "jenis_kelamin", "tanggal_lahir", "nama_ibu"];
const letters = () => Array.from({ length: 6 }, () => "bcdfghklmnprstvwz"[Math.floor(Math.random() * 17)]).join("");

describe("sasaran import", () => {
  it("a file with bad rows lists each of them and writes nothing (no person, no job)", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const [people, jobs] = await Promise.all([testDb.sasaran.count(), testDb.importJob.count()]);
    const r = await checkSasaranImport(await viewer("kader.melati1"), m1, csv([HEAD, [`Baik ${letters()}`, "", "P", "2020-01-01", ""], ["Salah", "351903450620001", "P", "2020-01-01", ""], ["Besok", "", "L", "2099-12-31", ""]]));
    expect(r).toEqual({ ok: false, errors: ["Baris 3, kolom nik: NIK harus 16 angka.", "Baris 4, kolom tanggal_lahir: Tanggal lahir tidak boleh setelah hari ini."] });
    expect(await testDb.sasaran.count()).toBe(people);
    expect(await testDb.importJob.count()).toBe(jobs);
  });

  it("a clean file is checked, then written once on confirmation (parallel double submit too), audited with NIK masked", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const v = await viewer("kader.melati1");
    const tag = letters();
    const nik = testNik();
    const r = await checkSasaranImport(v, m1, csv([HEAD, [`Anak ${tag} Satu`, nik, "L", "2022-02-02", "Ibu Satu"], [`Anak ${tag} Dua`, "", "P", "23/03/2023", ""]]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary).toMatchObject({ posyanduId: m1, jumlah: 2 });
    expect(await testDb.sasaran.count({ where: { nama: { startsWith: `Anak ${tag}` } } })).toBe(0);
    const view = await getSasaranImportJob(v, r.jobId);
    expect(view.status).toBe("VALID");
    expect(view.preview[0].data.nik).toMatch(/^\d{4}•{8}\d{4}$/);
    const [a, b] = await Promise.all([applySasaranImport(v, r.jobId), applySasaranImport(v, r.jobId)]);
    expect([a.alreadyApplied, b.alreadyApplied].sort()).toEqual([false, true]);
    const rows = await testDb.sasaran.findMany({ where: { nama: { startsWith: `Anak ${tag}` } }, orderBy: { nama: "asc" } });
    expect(rows.map((x) => [x.nama, x.namaKunci.length > 0, x.posyanduId, x.tanggalLahir.toISOString().slice(0, 10)])).toEqual([
      [`Anak ${tag} Dua`, true, m1, "2023-03-23"],
      [`Anak ${tag} Satu`, true, m1, "2022-02-02"],
    ]);
    const audits = await testDb.auditLog.findMany({ where: { entity: "sasaran", action: "IMPORT", entityId: { in: rows.map((x) => x.id) } } });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits.map((x) => x.after))).not.toContain(nik);
    expect((await getSasaranImportJob(v, r.jobId)).status).toBe("APPLIED");
    // The same file again: every row is now already registered.
    const again = await checkSasaranImport(v, m1, csv([HEAD, [`Anak ${tag} Satu`, nik, "L", "2022-02-02", "Ibu Satu"]]));
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.join(" ")).toMatch(/Baris 2, kolom nik: NIK sudah terdaftar atas nama Anak/);
  });

  it("a row taken by someone else between check and confirmation: nothing written, the job stays to retry", async () => {
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    const v = await viewer("kader.mawar2");
    const nik = testNik();
    const tag = letters();
    const r = await checkSasaranImport(v, m2, csv([HEAD, [`Orang ${tag} A`, "", "P", "2020-01-01", ""], [`Orang ${tag} B`, nik, "P", "2020-01-02", ""]]));
    if (!r.ok) throw new Error(r.errors.join("\n"));
    const p = await testDb.posyandu.findUniqueOrThrow({ where: { id: m2 }, select: { desaId: true, desa: { select: { kabupatenId: true } } } });
    await testDb.sasaran.create({ data: { kabupatenId: p.desa.kabupatenId, desaId: p.desaId, posyanduId: m2, nama: "Penyerobot", namaKunci: "penyerobot", nik, jenisKelamin: "P", tanggalLahir: new Date("1990-01-01") } });
    const err = await applySasaranImport(v, r.jobId).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.fieldErrors.berkas).toEqual(["Baris 3, kolom nik: NIK sudah terdaftar."]);
    expect(await testDb.sasaran.count({ where: { nama: { startsWith: `Orang ${tag}` } } })).toBe(0);
    expect((await testDb.importJob.findUniqueOrThrow({ where: { id: r.jobId } })).status).toBe("VALID");
  });

  it("scope: another posyandu, another user's job, Dinkes; the wilayah history does not list sasaran jobs", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    const file = csv([HEAD, [`Luar ${letters()}`, "", "P", "2020-01-01", ""]]);
    await expect(checkSasaranImport(await viewer("kader.melati1"), m2, file)).rejects.toBeInstanceOf(NotFoundError);
    await expect(checkSasaranImport(await viewer("pkm.kaibon"), m1, file)).rejects.toBeInstanceOf(NotFoundError);
    await expect(checkSasaranImport(await viewer("dinkes.madiun"), m1, file)).rejects.toBeInstanceOf(ForbiddenError);
    const r = await checkSasaranImport(await viewer("bidan.klorogan"), m1, file);
    if (!r.ok) throw new Error(r.errors.join("\n"));
    await expect(applySasaranImport(await viewer("kader.melati1"), r.jobId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSasaranImportJob(await viewer("pkm.geger"), r.jobId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await testDb.importJob.findUniqueOrThrow({ where: { id: r.jobId } })).status).toBe("VALID");
    expect((await listImportJobs(await viewer("dinkes.madiun"), 500)).map((j) => j.id)).not.toContain(r.jobId);
  });
});
