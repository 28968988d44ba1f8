/** The trend's pure parts: the reference version, marking, lineages shared by all versions, quarters, changes. */
import { describe, expect, it } from "vitest";
import { lineagesSharedByAll, mean1, otherVersion, perubahan, referenceVersion, spansVersions, triwulanLabel, triwulanOf, triwulanRange } from "../../../lib/supervisi/tren.ts";
import type { ButirSkor } from "../../../lib/supervisi/score.ts";

const v = (id: string, tanggal: string, instrumenId: string, versi: number) => ({ id, tanggal, instrumenId, versi });
const b = (id: string, garisId: string, over: Partial<ButirSkor> = {}): ButirSkor => ({ id, garisId, domainKode: "D", tipe: "YA_TIDAK", bobot: 1, kritis: false, bolehNa: false, opsi: {}, ...over });

describe("versions in a series", () => {
  const visits = [v("a", "2024-02-06", "i1", 1), v("b", "2024-05-10", "i1", 1), v("c", "2025-01-15", "i2", 2)];
  it("the reference is the latest visit's version", () => {
    expect(referenceVersion(visits)?.id).toBe("c");
    expect(referenceVersion([])).toBeNull();
  });
  it("on the same day, the higher version wins", () => {
    expect(referenceVersion([v("x", "2024-01-01", "i2", 2), v("y", "2024-01-01", "i1", 1)])?.id).toBe("x");
  });
  it("marks the visits on another version", () => {
    expect([...otherVersion(visits)].sort()).toEqual(["a", "b"]);
    expect(otherVersion(visits.slice(0, 2)).size).toBe(0);
  });
  it("spans versions only with two or more instrument versions", () => {
    expect(spansVersions(visits)).toBe(true);
    expect(spansVersions(visits.slice(0, 2))).toBe(false);
    expect(spansVersions([])).toBe(false);
  });
});

describe("lineagesSharedByAll", () => {
  it("the lineages scored in every version", () => {
    const v1 = [b("1", "g1"), b("2", "g2"), b("3", "g3"), b("t", "gt", { tipe: "TEKS", bobot: 0 })];
    const v2 = [b("4", "g1"), b("5", "g2"), b("6", "g6"), b("7", "gt", { tipe: "TEKS", bobot: 0 })];
    const v3 = [b("8", "g1"), b("9", "g9")];
    expect([...lineagesSharedByAll([v1, v2])].sort()).toEqual(["g1", "g2"]);
    expect([...lineagesSharedByAll([v1, v2, v3])]).toEqual(["g1"]);
    expect([...lineagesSharedByAll([v1])].sort()).toEqual(["g1", "g2", "g3"]);
    expect(lineagesSharedByAll([]).size).toBe(0);
  });
  it("an item unscored in one version (weight 0) is not shared", () => {
    expect([...lineagesSharedByAll([[b("1", "g1"), b("2", "g2")], [b("3", "g1", { bobot: 0 }), b("4", "g2")]])]).toEqual(["g2"]);
  });
});

describe("quarters", () => {
  it("a date's quarter", () => {
    expect(["2024-01-01", "2024-03-31", "2024-04-01", "2024-09-30", "2024-10-01", "2024-12-31"].map(triwulanOf)).toEqual(["2024-T1", "2024-T1", "2024-T2", "2024-T3", "2024-T4", "2024-T4"]);
  });
  it("labels", () => {
    expect(triwulanLabel("2025-T3")).toBe("Triwulan 3 2025");
  });
  it("a range with gaps filled, across years", () => {
    expect(triwulanRange("2024-T3", "2025-T2")).toEqual(["2024-T3", "2024-T4", "2025-T1", "2025-T2"]);
    expect(triwulanRange("2024-T2", "2024-T2")).toEqual(["2024-T2"]);
    expect(triwulanRange("2025-T1", "2024-T1")).toEqual([]);
  });
});

describe("means and changes", () => {
  it("mean to one decimal over known values", () => {
    expect(mean1([80, 70, null, 75])).toBe(75);
    expect(mean1([66.66, 66.67])).toBe(66.7);
    expect(mean1([null])).toBeNull();
  });
  it("change in words", () => {
    expect(perubahan(70, 74.5)).toBe("naik 4,5");
    expect(perubahan(80, 78)).toBe("turun 2");
    expect(perubahan(80, 80)).toBe("tetap");
    expect(perubahan(null, 80)).toBeNull();
  });
});
