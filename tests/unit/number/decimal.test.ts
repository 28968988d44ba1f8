import { describe, expect, it } from "vitest";
import { checkDecimal, parseDecimal } from "../../../lib/number/decimal.ts";
import { parseNumberCell } from "../../../lib/pertumbuhan/index.ts";
import { parseDecimal as parseImportDecimal } from "../../../lib/impor/validate.ts";
import { ZKalkulatorForm } from "../../../lib/gizi/schemas.ts";

describe("one decimal parser", () => {
  it("reads a comma or a dot, trimmed, with a sign (also the typographic minus)", () => {
    expect(["12,5", " 12.5 ", "-7,6745", "+3", "−7.5", ",5", "0.25", "7"].map(parseDecimal)).toEqual([12.5, 12.5, -7.6745, 3, -7.5, 0.5, 0.25, 7]);
  });
  it("gives null for empty text", () => {
    expect(["", "   "].map(parseDecimal)).toEqual([null, null]);
  });
  it("refuses what Number() would take but a person does not write", () => {
    for (const t of ["0x5", "0b1", "0o7", "1e3", "5E-1", "Infinity", "-Infinity", "NaN", "1_000", "1 000", "12,5,1", "1.2.3", "12.34,5", "--1", "abc", "5 kg", ".", ","]) {
      expect(parseDecimal(t), t).toBeUndefined();
    }
  });
  it("reads thousands separators only when both separators appear in groups of three", () => {
    expect(["1.234,5", "1,234.5", "1.234.567,25"].map(parseDecimal)).toEqual([1234.5, 1234.5, 1234567.25]);
  });
  it("checks per-field limits with per-field messages", () => {
    const field = { label: "Berat badan", min: 0, minExclusive: true, max: 200 } as const;
    expect(checkDecimal("9,6", field)).toEqual({ ok: true, value: 9.6 });
    expect(checkDecimal("", field)).toEqual({ ok: true, value: null });
    expect(checkDecimal("0x5", field)).toEqual({ ok: false, message: "Berat badan harus berupa angka." });
    expect(checkDecimal("0", field)).toEqual({ ok: false, message: "Berat badan harus antara 0 dan 200." });
    expect(checkDecimal("0", { ...field, messages: { tooSmall: () => "Berat badan harus lebih dari 0 kg." } })).toEqual({ ok: false, message: "Berat badan harus lebih dari 0 kg." });
    expect(checkDecimal("950", { ...field, messages: { tooLarge: (t) => `Berat badan ${t} kg tidak masuk akal.` } })).toEqual({ ok: false, message: "Berat badan 950 kg tidak masuk akal." });
  });
  it("is the one the calculator, the batch files and the import use", () => {
    const bb = (v: string) => ZKalkulatorForm.safeParse({ jk: "1", tgl_lahir: "2025-11-22", tgl_ukur: "2026-11-22", bb: v });
    for (const t of ["0x5", "1e1", "Infinity"]) {
      expect(bb(t).success, t).toBe(false);
      expect(parseNumberCell(t), t).toBeNaN();
      expect(parseImportDecimal(t), t).toBeUndefined();
    }
  });
});
