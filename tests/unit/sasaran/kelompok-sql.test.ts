import { describe, expect, it } from "vitest";
import { lahirPalingLambat, rentangLahir } from "../../../lib/sasaran/kelompok-sql.ts";
import { KELOMPOK_SASARAN, kelompokPada, umurBulanPada } from "../../../lib/sasaran/kelompok.ts";

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe("lahirPalingLambat", () => {
  it("is the last birth date of at least N completed months, at month ends and leap days", () => {
    expect(lahirPalingLambat(0, "2025-03-15")).toBe("2025-03-15");
    expect(lahirPalingLambat(1, "2025-03-15")).toBe("2025-02-15");
    expect(lahirPalingLambat(1, "2025-02-28")).toBe("2025-01-31");
    expect(lahirPalingLambat(1, "2024-02-28")).toBe("2024-01-28");
    expect(lahirPalingLambat(1, "2024-02-29")).toBe("2024-01-31");
    expect(lahirPalingLambat(1, "2025-03-30")).toBe("2025-02-28");
    expect(lahirPalingLambat(12, "2025-01-10")).toBe("2024-01-10");
    expect(lahirPalingLambat(720, "2025-06-30")).toBe("1965-06-30");
  });

  it("agrees with umurBulanPada on every day around the bound (4 years of days, several ages)", () => {
    for (let hari = "2023-01-01"; hari <= "2026-12-31"; hari = addDays(hari, 7)) {
      for (const bulan of [1, 11, 12, 59, 60, 72, 228, 720]) {
        const b = lahirPalingLambat(bulan, hari);
        expect(umurBulanPada(b, hari), `${bulan} @ ${hari}`).toBeGreaterThanOrEqual(bulan);
        expect(umurBulanPada(addDays(b, 1), hari), `${bulan} @ ${hari}`).toBeLessThan(bulan);
      }
    }
  });
});

describe("rentangLahir", () => {
  it("selects exactly the people kelompokPada puts in each group", () => {
    for (const hari of ["2025-02-28", "2024-02-29", "2025-07-31", "2025-12-01"]) {
      for (let lahir = "1955-01-01"; lahir <= hari; lahir = addDays(lahir, lahir < "2015-01-01" ? 97 : 3)) {
        const k = kelompokPada(lahir, hari);
        for (const g of KELOMPOK_SASARAN) {
          const r = rentangLahir(g, hari);
          const inRange = lahir <= r.sampai && (r.setelah === null || lahir > r.setelah);
          expect(inRange, `${lahir} @ ${hari} ${g}`).toBe(g === k);
        }
      }
    }
  });
});
