import { describe, expect, it } from "vitest";
import { planImport, type ExistingPosyandu } from "../../lib/impor/plan.ts";
import type { ImportRow } from "../../lib/impor/validate.ts";
import { summaryText, outcomeLabel } from "../../lib/impor/labels.ts";

const D = "desa-klorogan";
const row = (line: number, dusun: string | null, posyandu: ImportRow["posyandu"]): ImportRow => ({ line, desaId: D, desaKode: "35.19.03.2002", desaNama: "Klorogan", dusun, posyandu });
const melati1: ExistingPosyandu = { id: "p1", nama: "Melati 1", desaId: D, dusunId: "d1", tempat: "Rumah Kadus", latitude: -7.6745, longitude: 111.5712, jadwalMingguKe: 2, jadwalHari: 2, isActive: true };
const melati2: ExistingPosyandu = { ...melati1, id: "p2", nama: "Melati 2", dusunId: null, tempat: null };
const dusun = [{ id: "d1", nama: "Balejurang", desaId: D }];

describe("import plan: upsert by natural key", () => {
  it("creates new dusun once, creates new posyandu, updates only changed fields, counts unchanged rows", () => {
    const plan = planImport([
      row(2, "Baru", null),
      row(3, "baru", { nama: "Teratai" }),
      row(4, "Balejurang", { nama: "MELATI 1", tempat: "Rumah Kadus", jadwalMingguKe: 2, jadwalHari: 2 }),
      row(5, null, { nama: "Melati 2", tempat: "Balai Desa" }),
      row(6, "Balejurang", null),
    ], dusun, [melati1, melati2]);
    expect(plan.dusunCreates).toEqual([{ key: `${D}|baru`, desaId: D, nama: "Baru" }]);
    expect(plan.posyanduCreates).toEqual([{ line: 3, desaId: D, nama: "Teratai", values: { dusunKey: `${D}|baru` } }]);
    expect(plan.posyanduUpdates.map((u) => [u.line, u.fields, u.values])).toEqual([[5, ["tempat"], { tempat: "Balai Desa" }]]);
    expect(plan.summary).toEqual({ baris: 5, dusunBaru: 1, posyanduBaru: 1, posyanduDiubah: 1, tidakBerubah: 2 });
    expect(summaryText(plan.summary)).toBe("1 dusun baru, 1 posyandu baru, 1 posyandu diubah, 2 baris tidak berubah");
    expect(plan.outcomes.map(outcomeLabel)).toEqual(["Dusun baru", "Posyandu baru", "Tidak berubah", "Diubah: tempat", "Tidak berubah"]);
  });
  it("moves an existing posyandu to a new dusun", () => {
    const plan = planImport([row(2, "Krajan", { nama: "Melati 1" })], dusun, [melati1]);
    expect(plan.summary).toMatchObject({ dusunBaru: 1, posyanduDiubah: 1 });
    expect(plan.posyanduUpdates[0].fields).toEqual(["dusunId"]);
  });
  it("compares coordinates as the database keeps them", () => {
    const plan = planImport([row(2, null, { nama: "Melati 1", latitude: -7.6745, longitude: 111.5712, isActive: true })], dusun, [melati1]);
    expect(plan.summary.tidakBerubah).toBe(1);
  });
});
