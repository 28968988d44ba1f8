/** The rule forms as data: every rule has fields, the shown values read back to the same value, refusals land on their field. */
import { describe, expect, it } from "vitest";
import { AMBANG_ATURAN, ATURAN_GIZI, ATURAN_TD_DEWASA } from "../../../lib/ambang/index.ts";
import { bacaIsian, isianAturan, samaNilai } from "../../../lib/ambang/formulir.ts";
import { uraianAturan } from "../../../lib/ambang/uraian.ts";

const asForm = (kunci: string, nilai: unknown) => ({ kunci, ...Object.fromEntries(isianAturan(kunci, nilai).map((i) => [i.name, i.nilai])) });

describe.each(AMBANG_ATURAN.map((a) => [a.kunci, a] as const))("%s", (kunci, a) => {
  it("has fields with labels, and the default read back from its own form is the default", () => {
    const isian = isianAturan(kunci, a.bawaan);
    expect(isian.length).toBeGreaterThan(0);
    expect(new Set(isian.map((i) => i.name)).size).toBe(isian.length);
    for (const i of isian) {
      expect(i.label.length, i.name).toBeGreaterThan(3);
      if (i.jenis !== "angka") expect(i.opsi!.map((o) => o.value)).toContain(i.nilai);
    }
    const r = bacaIsian(kunci, a.bawaan, asForm(kunci, a.bawaan));
    expect(r).toMatchObject({ ok: true });
    expect(samaNilai((r as { nilai: unknown }).nilai, a.bawaan)).toBe(true);
  });
  it("is described in words or a table", () => {
    const u = uraianAturan(kunci, a.bawaan);
    expect(u.baris.length + u.tabel.length).toBeGreaterThan(0);
    for (const t of u.tabel) for (const r of t.baris) expect(r).toHaveLength(t.kolom.length);
    expect(JSON.stringify(u)).not.toMatch(/undefined|NaN/);
  });
});

describe("reading a form", () => {
  const b = ATURAN_TD_DEWASA.bawaan;
  it("reads a decimal comma and keeps unedited leaves", () => {
    const r = bacaIsian("ambang.kek", { lilaCm: 23.5 }, { lilaCm: "23,0" });
    expect(r).toEqual({ ok: true, nilai: { lilaCm: 23 } });
    const gizi = bacaIsian("ambang.gizi", ATURAN_GIZI.bawaan, asForm("ambang.gizi", ATURAN_GIZI.bawaan));
    expect(gizi.ok && (gizi.nilai as { code: string }[])[0].code).toBe("bbu.sangat_kurang");
  });
  it("an empty field, a non-number, a choice not offered: each on its field", () => {
    const f = { ...asForm("ambang.tdDewasa", b), "normal.sistolik": "", "ht2.diastolik": "1O0", rujukMulai: "SEMUA" };
    const r = bacaIsian("ambang.tdDewasa", b, f);
    expect(r).toEqual({
      ok: false,
      fieldErrors: {
        "normal.sistolik": ["Normal: sistolik (mmHg) mulai: wajib diisi."],
        "ht2.diastolik": ["Hipertensi derajat 2: diastolik (mmHg) mulai: harus berupa angka."],
        rujukMulai: ["Dirujuk mulai kelas: pilih salah satu."],
      },
    });
  });
  it("a schema message about a group lands on the group's first field; about several, on the form", () => {
    const r = bacaIsian("ambang.tdDewasa", b, { ...asForm("ambang.tdDewasa", b), "normalTinggi.sistolik": "150" });
    expect(r).toMatchObject({ ok: false, fieldErrors: { "normalTinggi.sistolik": ["Batas tiap kelas harus lebih tinggi dari kelas di bawahnya."] } });
    const gap = bacaIsian("ambang.gizi", ATURAN_GIZI.bawaan, { ...asForm("ambang.gizi", ATURAN_GIZI.bawaan), "1.min": "-3,5" });
    expect(gap).toMatchObject({ ok: false, fieldErrors: { "1.min": [expect.stringMatching(/batas bawah harus sama/)] } });
  });
  it("fields of other rules or unknown names are ignored; an unknown rule is refused", () => {
    expect(bacaIsian("ambang.kek", { lilaCm: 23.5 }, { lilaCm: "22", "__proto__.x": "1", varian: "B" })).toEqual({ ok: true, nilai: { lilaCm: 22 } });
    expect(bacaIsian("ambang.tidakAda", {}, {})).toMatchObject({ ok: false, message: "Aturan tidak ditemukan." });
  });
  it("samaNilai ignores key order (jsonb reorders keys)", () => {
    expect(samaNilai({ a: 1, b: { c: 2, d: [1, { e: 1, f: 2 }] } }, { b: { d: [1, { f: 2, e: 1 }], c: 2 }, a: 1 })).toBe(true);
    expect(samaNilai({ a: 1 }, { a: 2 })).toBe(false);
  });
});
