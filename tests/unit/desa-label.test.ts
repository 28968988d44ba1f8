import { describe, expect, it } from "vitest";
import { toDesaChoices, withDesaLabels } from "../../lib/wilayah/desa-label.ts";

describe("withDesaLabels", () => {
  it("shows the code only beside a name two desa of one kecamatan share (the official list has such pairs)", () => {
    const list = [
      { id: "a", nama: "Sorkam Kanan", kode: "12.01.10.1001", kecamatanId: "k1" },
      { id: "b", nama: "Sorkam Kanan", kode: "12.01.10.2018", kecamatanId: "k1" },
      { id: "c", nama: "Sorkam", kode: "12.01.10.2001", kecamatanId: "k1" },
      // The same name in another kecamatan is told apart by the kecamatan already.
      { id: "d", nama: "Sorkam Kanan", kode: "12.01.11.2001", kecamatanId: "k2" },
    ];
    expect(withDesaLabels(list).map((d) => d.label)).toEqual(["Sorkam Kanan (12.01.10.1001)", "Sorkam Kanan (12.01.10.2018)", "Sorkam", "Sorkam Kanan"]);
  });
  it("compares names regardless of case and keeps every other field", () => {
    const [a, b] = withDesaLabels([{ id: "a", nama: "Waena", kode: "91.71.05.1002", kecamatanId: "k" }, { id: "b", nama: "WAENA", kode: "91.71.05.2005", kecamatanId: "k" }]);
    expect(a).toEqual({ id: "a", nama: "Waena", kode: "91.71.05.1002", kecamatanId: "k", label: "Waena (91.71.05.1002)" });
    expect(b.label).toBe("WAENA (91.71.05.2005)");
  });
});

describe("toDesaChoices", () => {
  it("labels a desa with its kecamatan for a mixed list and without it inside one kecamatan, and carries its puskesmas", () => {
    const kecamatan = { nama: "Sorkam" };
    const [a, b, c] = toDesaChoices([
      { id: "a", nama: "Sorkam Kanan", kode: "12.01.10.1001", kecamatanId: "k1", kecamatan, puskesmas: { id: "p", nama: "Puskesmas Sorkam" } },
      { id: "b", nama: "Sorkam Kanan", kode: "12.01.10.2018", kecamatanId: "k1", kecamatan, puskesmas: null },
      { id: "c", nama: "Sorkam", kode: "12.01.10.2001", kecamatanId: "k1", kecamatan, puskesmas: null },
    ]);
    expect(a).toEqual({ id: "a", nama: "Sorkam Kanan", label: "Sorkam Kanan (12.01.10.1001) — Kec. Sorkam", shortLabel: "Sorkam Kanan (12.01.10.1001)", group: "Kec. Sorkam", kecamatanId: "k1", puskesmasId: "p", puskesmasNama: "Puskesmas Sorkam" });
    expect([b.shortLabel, b.puskesmasId, b.puskesmasNama]).toEqual(["Sorkam Kanan (12.01.10.2018)", null, null]);
    expect(c.label).toBe("Sorkam — Kec. Sorkam");
  });
});
