import { describe, expect, it } from "vitest";
import { checkNik, maskNik } from "../../../lib/kader/nik.ts";

describe("checkNik", () => {
  it("accepts a plausible NIK, male and female (day + 40)", () => {
    expect(checkNik("3519011203850001")).toBeNull();
    expect(checkNik("3519015203850002")).toBeNull();
  });
  it("wants exactly 16 digits", () => {
    for (const bad of ["351901120385000", "35190112038500011", "35190112038500a1", "", "3519 0112 0385 0001"]) expect(checkNik(bad)).toBe("NIK harus 16 angka.");
  });
  it("province code 11–94 at the edges", () => {
    expect(checkNik("1119011203850001")).toBeNull();
    expect(checkNik("9419011203850001")).toBeNull();
    expect(checkNik("1019011203850001")).toMatch(/kode provinsi 10/);
    expect(checkNik("9519011203850001")).toMatch(/kode provinsi 95/);
  });
  it("birth day 01–31 or 41–71 at the edges", () => {
    for (const ok of ["01", "31", "41", "71"]) expect(checkNik(`351901${ok}03850001`)).toBeNull();
    for (const bad of ["00", "32", "40", "72"]) expect(checkNik(`351901${bad}03850001`)).toMatch(/digit 7–8/);
  });
  it("birth month 01–12", () => {
    expect(checkNik("3519011212850001")).toBeNull();
    expect(checkNik("3519011213850001")).toMatch(/digit 9–10/);
    expect(checkNik("3519011200850001")).toMatch(/digit 9–10/);
  });
});

describe("maskNik", () => {
  it("shows the first and last four digits only", () => {
    expect(maskNik("3519012345670001")).toBe("3519••••••••0001");
  });
  it("null stays null", () => {
    expect(maskNik(null)).toBeNull();
    expect(maskNik("")).toBeNull();
  });
});
