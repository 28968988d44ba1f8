/**
 * SKDN arithmetic (domain.md §6.1; domain-posyandu-day.md §1.3, §7.3). Pure.
 * S all balita in the area (the annual target), K registered with a KMS/Buku KIA, D weighed this
 * month = N + T + O + B (the four codes do not overlap, so `cekD` is a consistency check), 2T and BGM
 * supporting counts. Ratios in percent, one decimal, null when the denominator is 0:
 * K/S coverage (liputan), D/S participation, N/D weighing success (N/D, not N/(D−O−B)), D/K
 * continuity, N/S overall success.
 */
export interface BarisSkdn {
  S: number;
  K: number;
  D: number;
  N: number;
  T: number;
  O: number;
  B: number;
  duaT: number;
  BGM: number;
}

export const SKDN_KOSONG: BarisSkdn = Object.freeze({ S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, duaT: 0, BGM: 0 });

function persen(a: number, b: number): number | null {
  if (b === 0) return null;
  return Math.round((a / b) * 1000) / 10;
}

export function rasioSkdn(b: BarisSkdn): { KS: number | null; DS: number | null; ND: number | null; DK: number | null; NS: number | null; cekD: boolean } {
  return { KS: persen(b.K, b.S), DS: persen(b.D, b.S), ND: persen(b.N, b.D), DK: persen(b.D, b.K), NS: persen(b.N, b.S), cekD: b.D === b.N + b.T + b.O + b.B };
}

export function jumlahSkdn(rows: readonly BarisSkdn[]): BarisSkdn {
  const t = { ...SKDN_KOSONG };
  for (const r of rows) {
    t.S += r.S;
    t.K += r.K;
    t.D += r.D;
    t.N += r.N;
    t.T += r.T;
    t.O += r.O;
    t.B += r.B;
    t.duaT += r.duaT;
    t.BGM += r.BGM;
  }
  return t;
}
