/** Instrument versions: drafting from the published version, the mapping rules, and every check before publishing. */
import { describe, expect, it } from "vitest";
import { butirErrors, draftProblems, draftRowsFrom, lineageFor, mappingError, mappingLabel, opsiText, parseOpsiText, removedItems, PESAN_BEKU, type ButirVersi, type DomainVersi } from "../../../lib/supervisi/versi.ts";
import { ZButirForm } from "../../../lib/instrumen/schemas.ts";
import { INSTRUMEN_BAWAAN } from "../../../lib/supervisi/instrumen-bawaan.ts";

const D = (id: string, kode = id.toUpperCase(), urutan = 1): DomainVersi => ({ id, kode, nama: `Domain ${kode}`, urutan });
const B = (id: string, over: Partial<ButirVersi> = {}): ButirVersi => ({ id, domainId: "d1", kode: id.toUpperCase(), urutan: 1, pertanyaan: `Butir ${id}`, tipe: "YA_TIDAK", bobot: 1, kritis: false, bolehNa: false, standar: null, fakta: null, opsi: {}, garisId: id, petaDariId: null, ...over });
const seq = () => {
  let n = 0;
  return () => `n${++n}`;
};

describe("draftRowsFrom: the next version's draft copies the published one", () => {
  const pub = {
    domain: [D("d2", "SDM", 2), D("d1", "KEL", 1)],
    butir: [B("b2", { domainId: "d2", urutan: 2, garisId: "g2" }), B("b1", { urutan: 1, garisId: "g1", tipe: "PILIHAN", opsi: { opsi: [{ label: "A", nilai: 1 }, { label: "B", nilai: 0 }] } })],
  };
  const out = draftRowsFrom(pub, seq());
  it("every domain and item gets a new id, in order", () => {
    expect(out.domain.map((d) => [d.id, d.kode])).toEqual([["n1", "KEL"], ["n2", "SDM"]]);
    expect(out.butir.map((b) => [b.id, b.kode])).toEqual([["n3", "B1"], ["n4", "B2"]]);
  });
  it("each item maps to its source and keeps the source's lineage, in the copied domain", () => {
    expect(out.butir.map((b) => [b.petaDariId, b.garisId, b.domainId])).toEqual([["b1", "g1", "n1"], ["b2", "g2", "n2"]]);
  });
  it("options are copied, not shared", () => {
    out.butir[0].opsi.opsi![0].label = "changed";
    expect(pub.butir[1].opsi.opsi![0].label).toBe("A");
  });
  it("a fresh copy passes the publish check against its source", () => {
    const fresh = draftRowsFrom(pub, seq());
    expect(draftProblems(fresh, pub.butir.map((b) => ({ id: b.id, kode: b.kode, garisId: b.garisId })))).toEqual([]);
  });
  it("an item whose domain is missing is a programming error", () => {
    expect(() => draftRowsFrom({ domain: [], butir: [B("x")] }, seq())).toThrow();
  });
  it("the shipped ILP-POSYANDU copies to a draft that passes the check", () => {
    const ins = INSTRUMEN_BAWAAN.find((i) => i.kode === "ILP-POSYANDU")!;
    const domain = ins.domain.map((d, i) => D(`d${i}`, d.kode, i + 1));
    let u = 0;
    const butir = ins.domain.flatMap((d, i) => d.butir.map((b) => B(`s${++u}`, { domainId: `d${i}`, kode: b.kode, urutan: u, tipe: b.tipe, bobot: b.bobot, opsi: b.opsi ?? {}, garisId: `s${u}` })));
    const draft = draftRowsFrom({ domain, butir }, seq());
    expect(draft.butir).toHaveLength(37);
    expect(draftProblems(draft, butir.map((b) => ({ id: b.id, kode: b.kode, garisId: b.garisId })))).toEqual([]);
  });
});

describe("mapping", () => {
  const prev = [{ id: "p1", kode: "SDM-01", garisId: "g1" }, { id: "p2", kode: "SDM-02", garisId: "g2" }];
  it("new: no mapping is always fine; lineage is the item's own id", () => {
    expect(mappingError(null, prev, ["p1"])).toBeNull();
    expect(lineageFor("x", null)).toBe("x");
  });
  it("mapped: the previous item's lineage", () => {
    expect(lineageFor("x", { garisId: "g1" })).toBe("g1");
    expect(mappingError("p1", prev, [null, "p2"])).toBeNull();
  });
  it("refuses a target outside the previous version", () => {
    expect(mappingError("zz", prev, [])).toBe("Butir pemetaan harus butir dari versi sebelumnya.");
  });
  it("refuses a target already mapped by another item", () => {
    expect(mappingError("p1", prev, ["p1"])).toMatch(/SDM-01 versi sebelumnya sudah dipetakan/);
  });
  it("a first version maps nothing", () => {
    expect(mappingError("p1", null, [])).toMatch(/Versi pertama/);
  });
  it("labels: 'sama dengan SDM-01 v1' or 'baru'", () => {
    expect(mappingLabel({ petaDariId: "p1" }, prev, 1)).toBe("sama dengan SDM-01 v1");
    expect(mappingLabel({ petaDariId: null }, prev, 1)).toBe("baru");
    expect(mappingLabel({ petaDariId: "gone" }, prev, 1)).toBe("baru");
  });
  it("removed items: previous items no current item maps to", () => {
    expect(removedItems(prev, [{ petaDariId: "p2" }, { petaDariId: null }]).map((p) => p.kode)).toEqual(["SDM-01"]);
    expect(removedItems(prev, [{ petaDariId: "p1" }, { petaDariId: "p2" }])).toEqual([]);
  });
});

describe("butirErrors: one item's settings", () => {
  it("weight of a scored item: > 0, a number, ≤ 9999,99, two decimals at most", () => {
    expect(butirErrors({ tipe: "YA_TIDAK", bobot: 1, opsi: {} })).toEqual({});
    expect(butirErrors({ tipe: "YA_TIDAK", bobot: 0.01, opsi: {} })).toEqual({});
    expect(butirErrors({ tipe: "YA_TIDAK", bobot: 0, opsi: {} }).bobot).toMatch(/angka positif/);
    expect(butirErrors({ tipe: "SKALA", bobot: -1, opsi: {} }).bobot).toMatch(/angka positif/);
    expect(butirErrors({ tipe: "SKALA", bobot: NaN, opsi: {} }).bobot).toBe("Bobot harus berupa angka.");
    expect(butirErrors({ tipe: "SKALA", bobot: 9999.99, opsi: {} })).toEqual({});
    expect(butirErrors({ tipe: "SKALA", bobot: 10000, opsi: {} }).bobot).toMatch(/paling besar/);
    expect(butirErrors({ tipe: "SKALA", bobot: 1.005, opsi: {} }).bobot).toMatch(/dua angka/);
    expect(butirErrors({ tipe: "SKALA", bobot: 2.35, opsi: {} })).toEqual({});
  });
  it("a text item carries weight 0", () => {
    expect(butirErrors({ tipe: "TEKS", bobot: 0, opsi: {} })).toEqual({});
    expect(butirErrors({ tipe: "TEKS", bobot: 1, opsi: {} }).bobot).toMatch(/teks/);
  });
  it("PILIHAN: ≥ 2 options, labelled, scored 0–1, labels distinct", () => {
    const ok = { opsi: [{ label: "Ya", nilai: 1 }, { label: "Tidak", nilai: 0 }] };
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: ok })).toEqual({});
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: { opsi: [{ label: "Ya", nilai: 1 }] } }).opsi).toMatch(/paling sedikit 2/);
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: {} }).opsi).toMatch(/paling sedikit 2/);
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: { opsi: [{ label: "Ya", nilai: 1.5 }, { label: "Tidak", nilai: 0 }] } }).opsi).toMatch(/antara 0 dan 1/);
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: { opsi: [{ label: "Ya", nilai: -0.1 }, { label: "Tidak", nilai: 0 }] } }).opsi).toMatch(/antara 0 dan 1/);
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: { opsi: [{ label: " ", nilai: 1 }, { label: "Tidak", nilai: 0 }] } }).opsi).toMatch(/label/);
    expect(butirErrors({ tipe: "PILIHAN", bobot: 1, opsi: { opsi: [{ label: "Ya", nilai: 1 }, { label: "ya", nilai: 0 }] } }).opsi).toMatch(/tidak boleh sama/);
  });
  it("ANGKA: a target > 0", () => {
    expect(butirErrors({ tipe: "ANGKA", bobot: 1, opsi: { target: 5 } })).toEqual({});
    expect(butirErrors({ tipe: "ANGKA", bobot: 1, opsi: { target: 0 } }).target).toMatch(/target/);
    expect(butirErrors({ tipe: "ANGKA", bobot: 1, opsi: {} }).target).toMatch(/target/);
  });
});

describe("draftProblems: what stops a draft from being published", () => {
  const domain = [D("d1", "KEL")];
  it("an empty draft: no scored item, and an empty domain named", () => {
    const p = draftProblems({ domain, butir: [] }, null).map((x) => x.pesan);
    expect(p).toContain("Draf belum punya butir yang dinilai (selain butir teks).");
    expect(p.some((m) => m.includes("belum punya butir"))).toBe(true);
  });
  it("only text items: no scored item", () => {
    expect(draftProblems({ domain, butir: [B("t", { tipe: "TEKS", bobot: 0 })] }, null).map((x) => x.pesan)).toEqual(["Draf belum punya butir yang dinilai (selain butir teks)."]);
  });
  it("a bad weight names the item", () => {
    const p = draftProblems({ domain, butir: [B("a"), B("b", { bobot: 0 })] }, null);
    expect(p).toHaveLength(1);
    expect(p[0].kode).toBe("B");
    expect(p[0].pesan).toMatch(/Butir B \(bobot/);
  });
  it("duplicate item and domain codes (case-insensitive)", () => {
    const p = draftProblems({ domain: [D("d1", "KEL"), D("d2", "kel", 2)], butir: [B("a", { kode: "X-1" }), B("b", { kode: "x-1", domainId: "d2" })] }, null).map((x) => x.pesan);
    expect(p.some((m) => m.includes("Kode butir x-1 dipakai lebih dari sekali"))).toBe(true);
    expect(p.some((m) => m.includes("Kode domain kel dipakai lebih dari sekali"))).toBe(true);
  });
  it("an item in a domain of another version", () => {
    expect(draftProblems({ domain, butir: [B("a", { domainId: "elsewhere" })] }, null).map((x) => x.pesan).join()).toMatch(/tidak berada di domain/);
  });
  const prev = [{ id: "p1", kode: "OLD-1", garisId: "g1" }];
  it("a mapping target outside the previous version", () => {
    expect(draftProblems({ domain, butir: [B("a", { petaDariId: "zz", garisId: "zz" })] }, prev).map((x) => x.pesan).join()).toMatch(/harus butir dari versi sebelumnya/);
  });
  it("a previous item mapped twice", () => {
    const p = draftProblems({ domain, butir: [B("a", { petaDariId: "p1", garisId: "g1" }), B("b", { petaDariId: "p1", garisId: "g1" })] }, prev).map((x) => x.pesan);
    expect(p).toEqual(["Butir OLD-1 versi sebelumnya dipetakan ke A dan B; satu butir lama hanya boleh dipetakan sekali."]);
  });
  it("lineage must follow the mapping", () => {
    expect(draftProblems({ domain, butir: [B("a", { petaDariId: "p1", garisId: "other" })] }, prev).map((x) => x.pesan).join()).toMatch(/garis butir tidak sesuai/);
    expect(draftProblems({ domain, butir: [B("a", { garisId: "g1" })] }, prev).map((x) => x.pesan).join()).toMatch(/memulai garisnya sendiri/);
  });
  it("a valid v2: one mapped, one new", () => {
    expect(draftProblems({ domain, butir: [B("a", { petaDariId: "p1", garisId: "g1" }), B("b")] }, prev)).toEqual([]);
  });
  it("the frozen message is the one the issue asks for", () => {
    expect(PESAN_BEKU).toBe("Versi yang sudah terbit tidak dapat diubah; buat draf versi berikutnya.");
  });
});

describe("options typed as text", () => {
  it("reads 'label = nilai' lines, comma decimals, labels with commas", () => {
    expect(parseOpsiText("Ada, lengkap = 1\nAda, tidak lengkap = 0,5\n\nTidak ada = 0")).toEqual({ ok: true, opsi: [{ label: "Ada, lengkap", nilai: 1 }, { label: "Ada, tidak lengkap", nilai: 0.5 }, { label: "Tidak ada", nilai: 0 }] });
  });
  it("names the line that does not read", () => {
    expect(parseOpsiText("Ya = 1\nTidak")).toEqual({ ok: false, pesan: expect.stringContaining("Baris 2") });
    expect(parseOpsiText("= 1")).toEqual({ ok: false, pesan: expect.stringContaining("label kosong") });
    expect(parseOpsiText("Ya = satu")).toEqual({ ok: false, pesan: expect.stringContaining("bukan angka") });
    expect(parseOpsiText("Ya = -1")).toEqual({ ok: false, pesan: expect.stringContaining("bukan angka") });
  });
  it("round-trips through opsiText", () => {
    const opsi = { opsi: [{ label: "Ada, cukup", nilai: 1 }, { label: "Belum", nilai: 0.5 }] };
    expect(parseOpsiText(opsiText(opsi))).toEqual({ ok: true, opsi: opsi.opsi });
  });
});

describe("the item form schema uses the same rules, on their fields", () => {
  const base = { instrumenId: "11111111-1111-4111-8111-111111111111", domainId: "22222222-2222-4222-8222-222222222222", kode: "sdm-07", pertanyaan: "Ada kader baru", tipe: "YA_TIDAK", bobot: "2,5" };
  it("accepts comma weights and upper-cases the code", () => {
    const r = ZButirForm.parse(base);
    expect(r).toMatchObject({ kode: "SDM-07", bobot: 2.5, opsi: {}, petaDariId: null, kritis: false });
  });
  it("refuses a weight of 0, a negative or a non-number on the bobot field", () => {
    for (const bobot of ["0", "-1", "abc", ""]) {
      const r = ZButirForm.safeParse({ ...base, bobot });
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["bobot"]);
    }
  });
  it("PILIHAN options and ANGKA target reach their fields", () => {
    const p = ZButirForm.safeParse({ ...base, tipe: "PILIHAN", opsiText: "Ya = 1" });
    expect(p.error!.issues[0].path).toEqual(["opsiText"]);
    const a = ZButirForm.safeParse({ ...base, tipe: "ANGKA", target: "0" });
    expect(a.error!.issues[0].path).toEqual(["target"]);
    expect(ZButirForm.parse({ ...base, tipe: "ANGKA", target: "5" }).opsi).toEqual({ target: 5 });
  });
  it("a text item gets weight 0 whatever was sent", () => {
    expect(ZButirForm.parse({ ...base, tipe: "TEKS", bobot: "7" }).bobot).toBe(0);
  });
});

describe("the item form shows every field's message at once", () => {
  it("a bad weight together with an empty code and question", () => {
    const r = ZButirForm.safeParse({ instrumenId: "11111111-1111-4111-8111-111111111111", domainId: "22222222-2222-4222-8222-222222222222", kode: "", pertanyaan: "", tipe: "YA_TIDAK", bobot: "0" });
    expect(r.error!.issues.map((i) => i.path.join(".")).sort()).toEqual(["bobot", "kode", "pertanyaan"]);
  });
});
