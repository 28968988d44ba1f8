/**
 * The kader registry for every role: reads stay in the area and never carry a full NIK except the
 * Dinkes admin's edit data; writes outside the area (forged ids of another posyandu or kabupaten)
 * are refused with nothing written; every change leaves one audit row.
 */
import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { testDb, viewer, posyanduId, auditCount, KLOROGAN, KAIBON, BANYUMENENG, type DemoUsername } from "../support/db.ts";
import { kaderCreate, kaderForm, kaderId } from "../support/kader.ts";
import { getKader, kaderAccountChoices, kaderPenilaian, listKader, listOrder, listWhere, ownKader } from "../../lib/kader/queries.ts";
import { createKader, deleteKader, setKaderActive, updateKader, updateTeleponSendiri } from "../../lib/kader/dal.ts";
import { ZKaderListParams, ZTeleponSendiri } from "../../lib/kader/schemas.ts";
import { auditHistory } from "../../lib/audit/history.ts";
import { DomainError, ForbiddenError, NotFoundError } from "../../lib/errors.ts";

const all = ZKaderListParams.parse({ size: "100" });

async function names(username: DemoUsername, extra: Record<string, string> = {}) {
  const { rows, total } = await listKader(await viewer(username), ZKaderListParams.parse({ size: "100", ...extra }));
  return { names: rows.map((r) => `${r.nama}@${r.posyandu.nama}`), total, rows };
}

const MELATI1 = ["Sri Wahyuni", "Endang Sulistyowati", "Tri Handayani", "Puji Lestari", "Siti Aminah", "Dwi Rahayu", "Wiwik Suryani", "Yuli Astuti"];

describe("kader lists: each role sees exactly its area", () => {
  it("dinkes.madiun and staf.madiun see every kader of Klorogan (26 seeded, plus any a test added), dinkes.demak none", async () => {
    const inKlorogan = await testDb.kader.count({ where: { posyandu: { desa: { kode: KLOROGAN } } } });
    expect(inKlorogan).toBeGreaterThanOrEqual(26);
    for (const u of ["dinkes.madiun", "staf.madiun"] as const) {
      const { names: n, total } = await names(u, { desaId: (await testDb.desa.findUniqueOrThrow({ where: { kode: KLOROGAN } })).id });
      expect(total, u).toBe(inKlorogan);
      expect(n, u).toEqual(expect.arrayContaining(MELATI1.map((x) => `${x}@Melati 1`)));
    }
    const demak = await names("dinkes.demak");
    expect(demak.names.some((x) => x.includes("Melati") || x.includes("Mawar"))).toBe(false);
  });
  it("pkm.geger and bidan.klorogan see Klorogan's kaders; pkm.kaibon none of them", async () => {
    expect((await names("pkm.geger")).names).toEqual(expect.arrayContaining(["Sri Wahyuni@Melati 1", "Sunarti@Mawar 2"]));
    expect((await names("bidan.klorogan")).names).toEqual(expect.arrayContaining(["Sri Wahyuni@Melati 1", "Sunarti@Mawar 2"]));
    expect((await names("pkm.kaibon")).names.some((x) => /Melati|Mawar/.test(x))).toBe(false);
  });
  it("kader.melati1 sees Melati 1's kaders only, even when filtering on Mawar 2", async () => {
    const own = await names("kader.melati1");
    const inMelati1 = await testDb.kader.findMany({ where: { posyandu: { id: await posyanduId(KLOROGAN, "Melati 1") } }, select: { nama: true } });
    expect(own.names.sort()).toEqual(inMelati1.map((k) => `${k.nama}@Melati 1`).sort());
    expect(own.names).toEqual(expect.arrayContaining(MELATI1.map((n) => `${n}@Melati 1`)));
    expect((await names("kader.melati1", { posyanduId: await posyanduId(KLOROGAN, "Mawar 2") })).total).toBe(0);
  });
  it("no list row carries a NIK in full", async () => {
    const { rows } = await names("dinkes.madiun");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).not.toHaveProperty("nik");
      if (r.nikMasked) expect(r.nikMasked).toMatch(/^\d{4}•{8}\d{4}$/);
    }
  });
  it("filters by level in SQL, with the stored derived level", async () => {
    const v = await viewer("bidan.klorogan");
    const utama = await listKader(v, ZKaderListParams.parse({ level: "UTAMA", size: "100" }));
    expect(utama.rows.map((r) => r.nama).sort()).toEqual(["Endang Sulistyowati", "Sri Wahyuni"]);
    expect(utama.rows[0].levelAlasan).toBe("Utama: 5 dari 5 paket lengkap");
    const belum = await listKader(v, ZKaderListParams.parse({ level: "BELUM", size: "100" }));
    expect(belum.rows.every((r) => r.level === null)).toBe(true);
    expect(belum.rows.map((r) => r.nama)).toContain("Ninik Haryati");
  });
  it("sorts and pages in SQL", async () => {
    const v = await viewer("bidan.klorogan");
    const whole = await listKader(v, ZKaderListParams.parse({ sort: "level", dir: "desc", size: "100" }));
    const page2 = await listKader(v, ZKaderListParams.parse({ sort: "level", dir: "desc", size: "10", page: "2" }));
    expect(page2.rows.map((r) => r.id)).toEqual(whole.rows.slice(10, 20).map((r) => r.id));
    expect(whole.rows[0].level).toBe("UTAMA");
    expect(whole.rows.at(-1)!.level).toBeNull();
  });
});

describe("kader list over an area: the SQL page agrees with the Prisma filters and order", () => {
  it("same ids, order and total for every role, sort, direction and filter", async () => {
    const desa = await testDb.desa.findUniqueOrThrow({ where: { kode: KLOROGAN }, select: { id: true, kecamatanId: true } });
    const filters: Record<string, string>[] = [{}, { q: "ti" }, { q: "%" }, { aktif: "ya" }, { aktif: "tidak" }, { level: "BELUM" }, { level: "MADYA" }, { desaId: desa.id }, { kecamatanId: desa.kecamatanId }];
    for (const u of ["dinkes.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1", "dinkes.demak"] as const) {
      const v = await viewer(u);
      for (const sort of ["nama", "posyandu", "jabatan", "level", "tahunMulai"]) {
        for (const dir of ["asc", "desc"]) {
          for (const f of filters) {
            for (const [size, page] of [["100", "1"], ["10", "2"]]) {
              const p = ZKaderListParams.parse({ sort, dir, size, page, ...f });
              const got = await listKader(v, p);
              const where = listWhere(v, p);
              const want = await testDb.kader.findMany({ where, orderBy: listOrder(p), skip: (p.page - 1) * p.size, take: p.size, select: { id: true } });
              const label = `${u} ${JSON.stringify({ sort, dir, size, page, ...f })}`;
              expect(got.rows.map((r) => r.id), label).toEqual(want.map((r) => r.id));
              expect(got.total, label).toBe(await testDb.kader.count({ where }));
            }
          }
        }
      }
    }
  });
});

describe("kader detail", () => {
  it("gives the NIK in full to the Dinkes admin only; masked to everyone else", async () => {
    const id = await kaderId("Sri Wahyuni");
    const admin = await getKader(await viewer("dinkes.madiun"), id);
    expect(admin.nik).toMatch(/^3519\d{12}$/);
    for (const u of ["staf.madiun", "pkm.geger", "bidan.klorogan", "kader.melati1"] as const) {
      const k = await getKader(await viewer(u), id);
      expect(k.nik, u).toBeNull();
      expect(k.nikMasked, u).toBe(`${admin.nik!.slice(0, 4)}••••••••${admin.nik!.slice(-4)}`);
    }
  });
  it("answers not found outside the area, for the kader, its assessments and its history", async () => {
    const id = await kaderId("Sri Wahyuni");
    for (const u of ["dinkes.demak", "pkm.kaibon", "kader.mawar2"] as const) {
      const v = await viewer(u);
      await expect(getKader(v, id), u).rejects.toBeInstanceOf(NotFoundError);
      expect((await kaderPenilaian(v, id)).riwayat, u).toEqual([]);
    }
    await expect(auditHistory(await viewer("dinkes.demak"), "kader", id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getKader(await viewer("dinkes.madiun"), "bukan-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });
  it("shows package-by-package status and the history with the assessor", async () => {
    const v = await viewer("pkm.geger");
    // Marsini (Mawar 1): packages A and B passed, C3 and C4 not yet; no other test assesses her.
    const { paket, riwayat } = await kaderPenilaian(v, await kaderId("Marsini"));
    expect(paket.map((p) => [p.kode, p.lengkap])).toEqual([["A", true], ["B", true], ["C", false], ["D", false], ["E", false]]);
    expect(paket[2].keterampilan.find((s) => s.kode === "C3")!.hasil).toBe("BELUM_KOMPETEN");
    expect(paket[2].keterampilan.find((s) => s.kode === "C1")!.hasil).toBe("KOMPETEN");
    expect(paket[3].keterampilan.every((s) => s.hasil === null)).toBe(true);
    expect(riwayat.length).toBe(16);
    expect(riwayat[0].penilai.nama).toBe("Bidan Desa Klorogan");
  });
  it("the account choices are the free KADER accounts of that posyandu only", async () => {
    const v = await viewer("pkm.geger");
    // Other test files add KADER accounts too: the choices are exactly the unlinked KADER accounts of Mawar 2.
    const mawar2 = await posyanduId(KLOROGAN, "Mawar 2");
    const free = await testDb.user.findMany({ where: { role: "KADER", posyanduId: mawar2, kader: null }, select: { username: true } });
    const choices = (await kaderAccountChoices(v, mawar2)).map((u) => u.username);
    expect(choices).toContain("kader.mawar2");
    expect(choices.sort()).toEqual(free.map((u) => u.username).sort());
    // kader.melati1 is already Tri Handayani's
    expect(await kaderAccountChoices(v, await posyanduId(KLOROGAN, "Melati 1"))).toEqual([]);
    expect((await kaderAccountChoices(v, await posyanduId(KLOROGAN, "Melati 1"), await kaderId("Tri Handayani"))).map((u) => u.username)).toEqual(["kader.melati1"]);
    expect(await kaderAccountChoices(await viewer("pkm.kaibon"), await posyanduId(KLOROGAN, "Mawar 2"))).toEqual([]);
  });
});

describe("kader writes", () => {
  it("pkm.geger adds a kader to Melati 2: one audit row, NIK masked in it, level 'belum' stored", async () => {
    const v = await viewer("pkm.geger");
    const audits = await auditCount();
    const { id } = await createKader(v, kaderCreate(await posyanduId(KLOROGAN, "Melati 2"), { nik: "3519034505900007" }));
    expect(await auditCount()).toBe(audits + 1);
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kader", entityId: id } });
    expect(audit).toMatchObject({ action: "CREATE", actorName: "pkm.geger" });
    expect(JSON.stringify(audit.after)).not.toContain("3519034505900007");
    expect((audit.after as { nik: string }).nik).toBe("3519••••••••0007");
    const row = await testDb.kader.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ level: null, levelAlasan: "Belum: 0 dari 5 paket lengkap; paket Pengelolaan Posyandu wajib untuk Purwa; Purwa perlu paling sedikit 2 paket lengkap" });
  });
  it("a double submit of the same form writes one kader", async () => {
    const v = await viewer("bidan.klorogan");
    const input = kaderCreate(await posyanduId(KLOROGAN, "Mawar 1"));
    const before = await testDb.kader.count();
    const [a, b] = await Promise.all([createKader(v, input), createKader(v, input)]);
    expect(a.id).toBe(b.id);
    expect(await testDb.kader.count()).toBe(before + 1);
  });
  it("refuses a NIK already used in the posyandu, naming that kader; the same NIK in another posyandu is fine", async () => {
    const v = await viewer("dinkes.madiun");
    const sri = await getKader(v, await kaderId("Sri Wahyuni"));
    const count = await testDb.kader.count();
    const err = await createKader(v, kaderCreate(await posyanduId(KLOROGAN, "Melati 1"), { nik: sri.nik })).catch((e) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).fieldErrors?.nik).toEqual(["NIK sudah dipakai kader Sri Wahyuni di posyandu ini."]);
    expect(await testDb.kader.count()).toBe(count);
    await createKader(v, kaderCreate(await posyanduId(KLOROGAN, "Mawar 1"), { nik: sri.nik }));
  });
  it("refuses a forged posyandu outside the area for every role that may manage kaders", async () => {
    const cases: [DemoUsername, string][] = [
      ["pkm.kaibon", await posyanduId(KLOROGAN, "Melati 2")],
      ["bidan.klorogan", await posyanduId(KAIBON, "Anggrek 1")],
      ["dinkes.demak", await posyanduId(KLOROGAN, "Melati 2")],
      ["dinkes.madiun", await posyanduId(BANYUMENENG, "Kenanga 1")],
      ["pkm.geger", randomUUID()],
    ];
    for (const [u, p] of cases) {
      const count = await testDb.kader.count();
      const audits = await auditCount();
      await expect(createKader(await viewer(u), kaderCreate(p)), u).rejects.toBeInstanceOf(NotFoundError);
      expect(await testDb.kader.count()).toBe(count);
      expect(await auditCount()).toBe(audits);
    }
  });
  it("refuses roles without kader.manage", async () => {
    for (const u of ["staf.madiun", "kader.melati1"] as const) {
      await expect(createKader(await viewer(u), kaderCreate(await posyanduId(KLOROGAN, "Melati 1"))), u).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateKader(await viewer(u), await kaderId("Siti Aminah"), kaderForm()), u).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setKaderActive(await viewer(u), await kaderId("Siti Aminah"), false), u).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteKader(await viewer(u), await kaderId("Yuli Astuti")), u).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
  it("update: outside the area is not found; inside, an empty NIK keeps the stored one unless the viewer sees NIK in full", async () => {
    const v = await viewer("pkm.geger");
    const { id } = await createKader(v, kaderCreate(await posyanduId(KLOROGAN, "Melati 2"), { nik: "3519035107910003" }));
    for (const u of ["pkm.kaibon", "dinkes.demak"] as const) await expect(updateKader(await viewer(u), id, kaderForm()), u).rejects.toBeInstanceOf(NotFoundError);
    await updateKader(v, id, kaderForm({ nama: "Sulistyorini", nik: null }));
    expect(await testDb.kader.findUniqueOrThrow({ where: { id } })).toMatchObject({ nama: "Sulistyorini", nik: "3519035107910003" });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kader", entityId: id, action: "UPDATE" } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("3519035107910003");
    await updateKader(await viewer("dinkes.madiun"), id, kaderForm({ nama: "Sulistyorini", nik: null }));
    expect((await testDb.kader.findUniqueOrThrow({ where: { id } })).nik).toBeNull();
  });
  it("links an account only of the kader's own posyandu, and only once", async () => {
    const v = await viewer("bidan.klorogan");
    const mawar2 = (await testDb.user.findUniqueOrThrow({ where: { username: "kader.mawar2" } })).id;
    const melati1 = (await testDb.user.findUniqueOrThrow({ where: { username: "kader.melati1" } })).id;
    await expect(updateKader(v, await kaderId("Siti Aminah"), kaderForm({ userId: mawar2 }))).rejects.toThrow(/Akun kader tidak ditemukan di posyandu ini/);
    await expect(updateKader(v, await kaderId("Siti Aminah"), kaderForm({ userId: melati1 }))).rejects.toThrow(/sudah terhubung dengan kader Tri Handayani/);
    expect((await testDb.kader.findFirstOrThrow({ where: { nama: "Siti Aminah" } })).userId).toBeNull();
  });
  it("deactivates and reactivates with an audit row each; deleting a kader with assessments is refused", async () => {
    const v = await viewer("pkm.geger");
    const id = await kaderId("Wiwik Suryani");
    await setKaderActive(v, id, false);
    await setKaderActive(v, id, true);
    expect((await testDb.auditLog.findMany({ where: { entity: "kader", entityId: id }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual(["DEACTIVATE", "ACTIVATE"]);
    await expect(setKaderActive(await viewer("pkm.kaibon"), id, false)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteKader(v, id)).rejects.toThrow(/tidak dapat dihapus: sudah ada \d+ penilaian keterampilan/);
    expect(await testDb.kader.count({ where: { id } })).toBe(1);
  });
  it("deletes a kader without assessments, in the area only, with an audit row", async () => {
    const v = await viewer("pkm.geger");
    const { id } = await createKader(v, kaderCreate(await posyanduId(KLOROGAN, "Mawar 2")));
    await expect(deleteKader(await viewer("dinkes.demak"), id)).rejects.toBeInstanceOf(NotFoundError);
    await deleteKader(v, id);
    expect(await testDb.kader.count({ where: { id } })).toBe(0);
    expect((await testDb.auditLog.findFirstOrThrow({ where: { entity: "kader", entityId: id, action: "DELETE" } })).actorName).toBe("pkm.geger");
  });
});

describe("a kader's own phone number", () => {
  it("kader.melati1 changes the phone of its own record (Tri Handayani) and nothing else", async () => {
    const v = await viewer("kader.melati1");
    expect((await ownKader(v))?.nama).toBe("Tri Handayani");
    const input = ZTeleponSendiri.parse({ telepon: "0812-3456-7890", nama: "Nama Palsu", jabatan: "KETUA", requestId: randomUUID() });
    expect(input).not.toHaveProperty("nama");
    const before = await testDb.kader.findFirstOrThrow({ where: { nama: "Tri Handayani" } });
    await updateTeleponSendiri(v, input);
    const after = await testDb.kader.findUniqueOrThrow({ where: { id: before.id } });
    expect(after.telepon).toBe("081234567890");
    expect({ ...after, telepon: null, updatedAt: null }).toEqual({ ...before, telepon: null, updatedAt: null });
    const audit = await testDb.auditLog.findFirstOrThrow({ where: { entity: "kader", entityId: before.id, actorName: "kader.melati1" } });
    expect(audit.after).toMatchObject({ telepon: "081234567890" });
  });
  it("a kader account not linked to a kader record is told so; other roles may not use it", async () => {
    await expect(updateTeleponSendiri(await viewer("kader.mawar2"), { telepon: "081200000000", requestId: undefined })).rejects.toThrow(/belum terhubung/);
    for (const u of ["pkm.geger", "dinkes.madiun", "bidan.klorogan", "staf.madiun"] as const) {
      await expect(updateTeleponSendiri(await viewer(u), { telepon: "081200000000", requestId: undefined }), u).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
  it("a kader cannot use the manager's update on its own record", async () => {
    await expect(updateKader(await viewer("kader.melati1"), await kaderId("Tri Handayani"), kaderForm({ nama: "Ganti" }))).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("list params", () => {
  it("fall back to safe defaults on junk", () => {
    expect(ZKaderListParams.parse({ sort: "x", dir: "y", level: "PARIPURNA", page: "-1", size: "7" })).toMatchObject({ sort: "nama", dir: "asc", level: undefined, page: 1, size: 25 });
    expect(all.size).toBe(100);
  });
});
