/**
 * Sasaran reads and writes for every role: lists, the person page and the edit data stay in the
 * area and never carry a full NIK outside the edit form; writes with forged ids outside the area are
 * refused with nothing written; the Dinkes roles see no names at all.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, KLOROGAN, KAIBON, type DemoUsername } from "../support/db.ts";
import { makeSasaran, testNik } from "../support/sasaran.ts";
import { getSasaran, getSasaranForEdit, listSasaran } from "../../lib/sasaran/queries.ts";
import { addStatus, endStatus, setSasaranAktif, updateSasaran } from "../../lib/sasaran/dal.ts";
import { ZSasaranListParams, ZSasaranUbah, ZStatusBaru } from "../../lib/sasaran/schemas.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

/** A random tag of letters only (digits fold away in names). */
const letters = () => Array.from({ length: 8 }, () => "bcdfghklmnprstvwz"[Math.floor(Math.random() * 17)]).join("");
const params = (extra: Record<string, string> = {}) => ZSasaranListParams.parse({ size: "100", ...extra });
const ids = async (u: DemoUsername, extra: Record<string, string> = {}) => (await listSasaran(await viewer(u), params(extra))).rows.map((r) => r.id);
const ubah = (id: string, extra: Record<string, string> = {}) => ZSasaranUbah.parse({ id, nama: "Nama Diubah", jenisKelamin: "P", tanggalLahir: "2020-02-02", ...extra });

async function fixture() {
  const [m1, m2, kaibon] = await Promise.all([posyanduId(KLOROGAN, "Melati 1"), posyanduId(KLOROGAN, "Mawar 2"), testDb.posyandu.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } }).then((p) => p.id)]);
  const tag = letters();
  const a = await makeSasaran(m1, { nama: `Melati Satu ${tag}`, nik: testNik() });
  const b = await makeSasaran(m2, { nama: `Mawar Dua ${tag}` });
  const c = await makeSasaran(kaibon, { nama: `Kaibon ${tag}` });
  return { m1, m2, kaibon, a, b, c, tag };
}

describe("sasaran lists per role", () => {
  it("kader sees its posyandu only (a Mawar 2 filter finds nothing); bidan its desa; puskesmas its catchment; Dinkes is refused", async () => {
    const { m2, a, b, c, tag } = await fixture();
    const q = { q: tag };
    expect(await ids("kader.melati1", q)).toEqual([a.id]);
    expect(await ids("kader.melati1", { ...q, posyanduId: m2 })).toEqual([]);
    expect(await ids("kader.mawar2", q)).toEqual([b.id]);
    expect((await ids("bidan.klorogan", q)).sort()).toEqual([a.id, b.id].sort());
    expect((await ids("pkm.geger", q)).sort()).toEqual([a.id, b.id].sort());
    expect(await ids("pkm.kaibon", q)).toEqual([c.id]);
    for (const u of ["dinkes.madiun", "staf.madiun", "dinkes.demak"] as const) await expect(listSasaran(await viewer(u), params())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("merged people vanish; moved/died ones only under 'pindah/meninggal'; NIK masked in every row", async () => {
    const { m1, a, tag } = await fixture();
    const gone = await makeSasaran(m1, { nama: `Melati Satu ${tag} ganda` });
    await testDb.sasaran.update({ where: { id: gone.id }, data: { digabungKeId: a.id, digabungAt: new Date() } });
    const moved = await makeSasaran(m1, { nama: `Melati Satu ${tag} pindah` });
    await testDb.sasaran.update({ where: { id: moved.id }, data: { isActive: false } });
    expect(await ids("kader.melati1", { q: tag })).toEqual([a.id]);
    expect(await ids("kader.melati1", { q: tag, aktif: "tidak" })).toEqual([moved.id]);
    const { rows } = await listSasaran(await viewer("kader.melati1"), params({ q: tag }));
    expect(rows[0]).not.toHaveProperty("nik");
    expect(rows[0].nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
  });

  it("filters by group on the day (birth-date range in SQL) and by running status", async () => {
    const m1 = await posyanduId(KLOROGAN, "Melati 1");
    const tag = letters();
    const bayi = await makeSasaran(m1, { nama: `Kel ${tag} bayi`, tanggalLahir: "2025-01-31" });
    const balita = await makeSasaran(m1, { nama: `Kel ${tag} balita`, tanggalLahir: "2024-01-31" });
    const ibu = await makeSasaran(m1, { nama: `Kel ${tag} ibu`, tanggalLahir: "1998-05-05" });
    await testDb.statusSasaran.create({ data: { sasaranId: ibu.id, status: "HAMIL", mulai: new Date("2025-06-01"), hpht: new Date("2025-06-01"), hpl: new Date("2026-03-08") } });
    const v = await viewer("kader.melati1");
    const on = (k: string, hari: string) => listSasaran(v, params({ q: `kel ${tag}`, kelompok: k }), hari).then((r) => r.rows.map((x) => x.id));
    // On 31 Jan 2026 the child born 31 Jan 2025 has just completed 12 months: balita, no longer bayi.
    expect(await on("BAYI", "2026-01-30")).toEqual([bayi.id]);
    expect(await on("BAYI", "2026-01-31")).toEqual([]);
    expect((await on("BALITA", "2026-01-31")).sort()).toEqual([bayi.id, balita.id].sort());
    expect(await on("DEWASA", "2026-01-31")).toEqual([ibu.id]);
    expect(await on("NGAWUR", "2026-01-31")).toEqual([]);
    const hamil = await listSasaran(v, params({ q: `kel ${tag}`, status: "HAMIL" }), "2025-12-01");
    expect(hamil.rows.map((r) => r.id)).toEqual([ibu.id]);
    expect(hamil.rows[0].status).toEqual([{ status: "HAMIL", hpl: "2026-03-08" }]);
    expect((await listSasaran(v, params({ q: `kel ${tag}`, status: "HAMIL" }), "2025-05-31")).rows).toEqual([]);
  });

  it("sorts and pages in SQL", async () => {
    const v = await viewer("bidan.klorogan");
    const whole = await listSasaran(v, params({ sort: "tanggalLahir", dir: "desc" }));
    const page2 = await listSasaran(v, ZSasaranListParams.parse({ sort: "tanggalLahir", dir: "desc", size: "10", page: "2" }));
    expect(page2.total).toBe(whole.total);
    expect(page2.rows.map((r) => r.id)).toEqual(whole.rows.slice(10, 20).map((r) => r.id));
    const dates = whole.rows.map((r) => r.tanggalLahir);
    expect([...dates].sort().reverse()).toEqual(dates);
    const past = await listSasaran(v, ZSasaranListParams.parse({ size: "10", page: "999" }));
    expect(past.rows).toEqual([]);
    expect(past.total).toBe(whole.total);
  });
});

describe("the person page and the edit data", () => {
  it("in scope: identity with NIK masked, household by KK within the area; outside: not found", async () => {
    const { m1, m2, a, b } = await fixture();
    const kk = "3519030101010001";
    await testDb.sasaran.update({ where: { id: a.id }, data: { noKk: kk } });
    const sib = await makeSasaran(m1, { nama: "Adik Serumah", noKk: kk });
    const far = await makeSasaran(m2, { nama: "Kerabat Mawar", noKk: kk });
    const k = await getSasaran(await viewer("kader.melati1"), a.id);
    expect(k).not.toHaveProperty("nik");
    expect(k.nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    expect(k.keluarga.map((x) => x.id)).toEqual([sib.id]);
    expect((await getSasaran(await viewer("bidan.klorogan"), a.id)).keluarga.map((x) => x.id).sort()).toEqual([sib.id, far.id].sort());
    await expect(getSasaran(await viewer("kader.melati1"), b.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSasaran(await viewer("pkm.kaibon"), a.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSasaran(await viewer("dinkes.madiun"), a.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getSasaran(await viewer("bidan.klorogan"), "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the edit data carries the NIK in full for sasaran.manage in scope only", async () => {
    const { a, b } = await fixture();
    const e = await getSasaranForEdit(await viewer("kader.melati1"), a.id);
    expect(e.nik).toBe(a.nik);
    await expect(getSasaranForEdit(await viewer("kader.melati1"), b.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSasaranForEdit(await viewer("dinkes.madiun"), a.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("a merged person's page says where it went", async () => {
    const { m1, a } = await fixture();
    const dup = await makeSasaran(m1);
    await testDb.sasaran.update({ where: { id: dup.id }, data: { digabungKeId: a.id, digabungAt: new Date() } });
    const p = await getSasaran(await viewer("kader.melati1"), dup.id);
    expect(p.digabungKe).toEqual({ id: a.id, nama: a.nama });
    await expect(getSasaranForEdit(await viewer("kader.melati1"), dup.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("writes", () => {
  it("update: in scope, audited with NIK masked, name re-folded; forged ids outside the area refused with nothing written", async () => {
    const { a, b, c } = await fixture();
    const nik = testNik();
    await updateSasaran(await viewer("kader.melati1"), ubah(a.id, { nama: "Tjitra Dewi", nik }));
    const row = await testDb.sasaran.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ nama: "Tjitra Dewi", namaKunci: "citradewi", nik });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "sasaran", entityId: a.id, action: "UPDATE" } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(nik);
    for (const [u, id] of [["kader.melati1", b.id], ["bidan.klorogan", c.id], ["pkm.kaibon", a.id]] as const) {
      await expect(updateSasaran(await viewer(u), ubah(id)), `${u}`).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(updateSasaran(await viewer("dinkes.madiun"), ubah(a.id))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await testDb.sasaran.findUniqueOrThrow({ where: { id: b.id } })).nama).toBe(b.nama);
  });

  it("update refuses a NIK of another live person and a dusun of another desa, naming the field", async () => {
    const { a, b } = await fixture();
    const nik = testNik();
    await testDb.sasaran.update({ where: { id: b.id }, data: { nik } });
    const err = await updateSasaran(await viewer("bidan.klorogan"), ubah(a.id, { nik })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.fieldErrors.nik[0]).toContain(b.nama);
    const otherDusun = await testDb.dusun.findFirstOrThrow({ where: { desa: { kode: KAIBON } }, select: { id: true } }).catch(() => null);
    if (otherDusun) {
      const e2 = await updateSasaran(await viewer("bidan.klorogan"), ubah(a.id, { dusunId: otherDusun.id })).catch((e) => e);
      expect(e2.fieldErrors.dusunId[0]).toMatch(/Pilih dusun/);
    }
  });

  it("deactivate (moved/died) with the reason in the audit; outside the area refused", async () => {
    const { a, b } = await fixture();
    await setSasaranAktif(await viewer("kader.melati1"), a.id, false, "PINDAH");
    expect((await testDb.sasaran.findUniqueOrThrow({ where: { id: a.id } })).isActive).toBe(false);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "sasaran", entityId: a.id, action: "DEACTIVATE" } });
    expect(audit.after).toEqual({ isActive: false, alasan: "PINDAH" });
    await expect(setSasaranAktif(await viewer("kader.melati1"), b.id, false)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("status periods: HAMIL with HPL = HPHT + 280 by default, no second running one, ended on a date; men and others' people refused", async () => {
    const { m1, b } = await fixture();
    const ibu = await makeSasaran(m1, { tanggalLahir: "1995-01-01" });
    const v = await viewer("kader.melati1");
    const { id } = await addStatus(v, ZStatusBaru.parse({ sasaranId: ibu.id, status: "HAMIL", hpht: "2025-03-01", hamilKe: "2" }));
    const st = await testDb.statusSasaran.findUniqueOrThrow({ where: { id } });
    expect(st.hpl!.toISOString().slice(0, 10)).toBe("2025-12-06");
    expect(st.mulai.toISOString().slice(0, 10)).toBe("2025-03-01");
    expect(st.hamilKe).toBe(2);
    const again = await addStatus(v, ZStatusBaru.parse({ sasaranId: ibu.id, status: "HAMIL", hpht: "2025-04-01" })).catch((e) => e);
    expect(again).toBeInstanceOf(DomainError);
    expect(again.message).toMatch(/Masih ada masa hamil yang berjalan/);
    const early = await endStatus(v, { id, selesai: "2025-02-01" }).catch((e) => e);
    expect(early.fieldErrors.selesai[0]).toMatch(/tidak boleh sebelum/);
    expect(await endStatus(v, { id, selesai: "2025-12-01" })).toEqual({ sasaranId: ibu.id });
    await addStatus(v, ZStatusBaru.parse({ sasaranId: ibu.id, status: "NIFAS", mulai: "2025-12-01" }));
    const man = await makeSasaran(m1, { jenisKelamin: "L", tanggalLahir: "1990-01-01" });
    expect((await addStatus(v, ZStatusBaru.parse({ sasaranId: man.id, status: "MENYUSUI", mulai: "2025-01-01" })).catch((e) => e)).message).toMatch(/hanya untuk perempuan/);
    const child = await makeSasaran(m1, { tanggalLahir: "2020-01-01" });
    expect((await addStatus(v, ZStatusBaru.parse({ sasaranId: child.id, status: "HAMIL", hpht: "2025-01-01" })).catch((e) => e)).message).toMatch(/belum berumur 10 tahun/);
    await expect(addStatus(v, ZStatusBaru.parse({ sasaranId: b.id, status: "NIFAS", mulai: "2025-01-01" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(endStatus(await viewer("kader.mawar2"), { id, selesai: "2025-12-02" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the status schema names the fields: HPHT required for HAMIL, HPL after HPHT, no future dates", () => {
    const sid = randomUUID();
    const msg = (v: object) => { const r = ZStatusBaru.safeParse({ sasaranId: sid, ...v }); return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`); };
    expect(msg({ status: "HAMIL" })).toEqual(["hpht: HPHT wajib diisi untuk status hamil."]);
    expect(msg({ status: "HAMIL", hpht: "2025-03-01", hpl: "2025-02-01" })).toEqual(["hpl: HPL harus setelah HPHT."]);
    expect(msg({ status: "HAMIL", hpht: "2099-03-01" })).toEqual(["hpht: HPHT tidak boleh setelah hari ini."]);
    expect(msg({ status: "NIFAS" })).toEqual(["mulai: Tanggal mulai wajib diisi."]);
  });
});
