import { describe, expect, it } from "vitest";
import { checkBatas, type PercontohanAda } from "../../../lib/percontohan/batas.ts";
import { ATURAN_BATAS_PERCONTOHAN, ZBatasPercontohan } from "../../../lib/percontohan/aturan.ts";
import { resolveAturan } from "../../../lib/pengaturan/aturan.ts";

const satu = { posyanduPerDesa: 1, desaPerPuskesmas: 1 };
const dua = { posyanduPerDesa: 2, desaPerPuskesmas: 2 };
const klorogan = { desaId: "klorogan", desaNama: "Klorogan", puskesmasId: "geger", puskesmasNama: "Puskesmas Geger", tahun: 2024 };
const melati1: PercontohanAda = { desaId: "klorogan", desaNama: "Klorogan", posyanduNama: "Melati 1", puskesmasId: "geger" };
const melati2: PercontohanAda = { ...melati1, posyanduNama: "Melati 2" };
const dahlia: PercontohanAda = { desaId: "geger", desaNama: "Geger", posyanduNama: "Dahlia", puskesmasId: "geger" };
const anggrek: PercontohanAda = { desaId: "kaibon", desaNama: "Kaibon", posyanduNama: "Anggrek 1", puskesmasId: "kaibon" };

describe("the per-year pilot rule", () => {
  it("the first pilot of a desa and puskesmas passes", () => {
    expect(checkBatas(satu, klorogan, [])).toBeNull();
    expect(checkBatas(satu, klorogan, [anggrek])).toBeNull();
  });
  it("a second posyandu in the same desa is refused at limit 1, naming the existing pilot", () => {
    expect(checkBatas(satu, klorogan, [melati1])).toBe("Desa Klorogan sudah punya posyandu percontohan 2024: Posyandu Melati 1. Batasnya 1 posyandu percontohan per desa per tahun.");
  });
  it("at limit 2 the second passes and the third is refused naming both", () => {
    expect(checkBatas(dua, klorogan, [melati1])).toBeNull();
    expect(checkBatas(dua, klorogan, [melati1, melati2])).toMatch(/^Desa Klorogan sudah punya posyandu percontohan 2024: Posyandu Melati 1, Posyandu Melati 2\. Batasnya 2/);
  });
  it("a second pilot desa of the same puskesmas is refused at limit 1, naming the desa and its posyandu", () => {
    expect(checkBatas({ posyanduPerDesa: 5, desaPerPuskesmas: 1 }, { ...klorogan, desaId: "geger", desaNama: "Geger" }, [melati1])).toBe(
      "Puskesmas Geger sudah punya desa percontohan 2024: Desa Klorogan (Posyandu Melati 1). Batasnya 1 desa percontohan per puskesmas per tahun.",
    );
  });
  it("another posyandu in a desa that is already the puskesmas's pilot desa adds no pilot desa", () => {
    expect(checkBatas({ posyanduPerDesa: 2, desaPerPuskesmas: 1 }, klorogan, [melati1])).toBeNull();
  });
  it("at limit 2 desa per puskesmas: a second desa passes, a third is refused; two posyandu of one desa count as one desa", () => {
    const limits = { posyanduPerDesa: 3, desaPerPuskesmas: 2 };
    const sumberjo = { ...klorogan, desaId: "sumberjo", desaNama: "Sumberjo" };
    expect(checkBatas(limits, sumberjo, [melati1, melati2])).toBeNull();
    expect(checkBatas(limits, sumberjo, [melati1, melati2, dahlia])).toMatch(/Desa Klorogan \(Posyandu Melati 1, Posyandu Melati 2\), Desa Geger \(Posyandu Dahlia\)/);
  });
  it("a desa without a puskesmas is checked per desa only", () => {
    expect(checkBatas(satu, { ...klorogan, desaId: "x", desaNama: "X", puskesmasId: null, puskesmasNama: null }, [melati1, dahlia])).toBeNull();
  });
});

describe("the limits as a setting", () => {
  it("default: one posyandu per desa, one desa per puskesmas", () => {
    expect(resolveAturan(ATURAN_BATAS_PERCONTOHAN, undefined)).toEqual({ nilai: satu, diubah: false });
  });
  it("a stored 2 applies; out-of-range or malformed values fall back to the default", () => {
    expect(resolveAturan(ATURAN_BATAS_PERCONTOHAN, dua)).toEqual({ nilai: dua, diubah: true });
    for (const bad of [{ posyanduPerDesa: 0, desaPerPuskesmas: 1 }, { posyanduPerDesa: 11, desaPerPuskesmas: 1 }, { posyanduPerDesa: 1.5, desaPerPuskesmas: 1 }, { posyanduPerDesa: 1 }, "2"]) {
      expect(resolveAturan(ATURAN_BATAS_PERCONTOHAN, bad)).toEqual({ nilai: satu, diubah: false });
    }
  });
  it("integers 1 to 10 are accepted at both edges, with Bahasa messages outside", () => {
    expect(ZBatasPercontohan.safeParse({ posyanduPerDesa: 1, desaPerPuskesmas: 10 }).success).toBe(true);
    const r = ZBatasPercontohan.safeParse({ posyanduPerDesa: 0, desaPerPuskesmas: 11 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual(["Posyandu percontohan per desa paling sedikit 1.", "Desa percontohan per puskesmas paling banyak 10."]);
  });
});
