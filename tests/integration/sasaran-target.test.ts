/** Annual targets: saved per posyandu/year/group with audit; registered counts per group beside them; scope. */
import { describe, expect, it } from "vitest";
import { testDb, viewer, posyanduId, KLOROGAN } from "../support/db.ts";
import { makeSasaran } from "../support/sasaran.ts";
import { hariAcuan, saveTarget, targetPosyandu } from "../../lib/sasaran/target.ts";
import { ZTargetForm } from "../../lib/sasaran/schemas.ts";
import { ForbiddenError, NotFoundError } from "../../lib/errors.ts";

describe("target sasaran", () => {
  it("the reference day: today in the current year, 1 July otherwise", () => {
    expect(hariAcuan(2026, "2026-11-30")).toBe("2026-11-30");
    expect(hariAcuan(2024, "2026-11-30")).toBe("2024-07-01");
  });

  it("saves, changes and clears targets with one audit row per change; counts registered people per group on the reference day", async () => {
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    const v = await viewer("kader.mawar2");
    const before = await targetPosyandu(v, m2, 2031, "2026-11-30");
    await makeSasaran(m2, { tanggalLahir: "2031-01-15" }); // bayi on 1 July 2031
    await makeSasaran(m2, { tanggalLahir: "2030-05-01" }); // balita (14 months) on 1 July 2031
    const ibu = await makeSasaran(m2, { tanggalLahir: "2000-01-01" });
    await testDb.statusSasaran.create({ data: { sasaranId: ibu.id, status: "HAMIL", mulai: new Date("2031-03-01"), hpht: new Date("2031-03-01"), hpl: new Date("2031-12-06") } });
    await saveTarget(v, ZTargetForm.parse({ posyanduId: m2, tahun: "2031", jumlah_BAYI: "12", jumlah_BALITA: "1.050", jumlah_HAMIL: "9" }));
    const after = await targetPosyandu(v, m2, 2031, "2026-11-30");
    const row = (r: typeof after, k: string) => r.rows.find((x) => x.kelompok === k)!;
    expect(after.hari).toBe("2031-07-01");
    expect(row(after, "BAYI")).toEqual({ kelompok: "BAYI", target: 12, terdaftar: row(before, "BAYI").terdaftar + 1 });
    expect(row(after, "BALITA").target).toBe(1050);
    expect(row(after, "BALITA").terdaftar).toBe(row(before, "BALITA").terdaftar + 1);
    expect(row(after, "HAMIL")).toEqual({ kelompok: "HAMIL", target: 9, terdaftar: row(before, "HAMIL").terdaftar + 1 });
    expect(row(after, "LANSIA").target).toBeNull();
    const audits = () => testDb.auditLog.count({ where: { entity: "target_sasaran", entityId: m2 } });
    const n = await audits();
    // The same values again: nothing written.
    await saveTarget(v, ZTargetForm.parse({ posyanduId: m2, tahun: "2031", jumlah_BAYI: "12", jumlah_BALITA: "1050", jumlah_HAMIL: "9" }));
    expect(await audits()).toBe(n);
    await saveTarget(v, ZTargetForm.parse({ posyanduId: m2, tahun: "2031", jumlah_BAYI: "", jumlah_BALITA: "1050", jumlah_HAMIL: "9" }));
    expect(await audits()).toBe(n + 1);
    expect(await testDb.targetSasaran.count({ where: { posyanduId: m2, tahun: 2031 } })).toBe(2);
  });

  it("refuses a posyandu outside the area, Dinkes, and bad numbers naming the field", async () => {
    const m2 = await posyanduId(KLOROGAN, "Mawar 2");
    await expect(saveTarget(await viewer("kader.melati1"), ZTargetForm.parse({ posyanduId: m2, tahun: "2031", jumlah_BAYI: "1" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(targetPosyandu(await viewer("pkm.kaibon"), m2, 2031)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveTarget(await viewer("dinkes.madiun"), ZTargetForm.parse({ posyanduId: m2, tahun: "2031" }))).rejects.toBeInstanceOf(ForbiddenError);
    const r = ZTargetForm.safeParse({ posyanduId: m2, tahun: "2031", jumlah_LANSIA: "-3" });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ["jumlah_LANSIA"], message: "Target harus bilangan bulat 0–100.000." });
  });
});
