/**
 * Demo questionnaire answers (PUMA from 40 years, SKILAS and AKS for lansia, SRQ-20 for some adults)
 * in the answer shapes of lib/skrining (ZSkrining), drawn from the seeded stream: mostly negative,
 * with smokers' coughs (some PUMA ≥ 6), some positive SKILAS domains, some dependency, a few SRQ ≥ 6.
 */
import { AKS_BUTIR, type Skrining } from "../lib/skrining/index.ts";

export interface ProfilSkrining { lansia: boolean; umurTahun: number; laki: boolean; merokok: boolean; srq: boolean }

export function skriningDemo(r: () => number, p: ProfilSkrining): Skrining | undefined {
  const out: Skrining = {};
  if (p.umurTahun >= 40) {
    const berat = p.merokok ? r() : 0;
    out.puma = {
      merokok: !p.merokok ? "TIDAK" : berat < 0.3 ? "KURANG_20" : berat < 0.7 ? "ANTARA_20_30" : "LEBIH_30",
      napasPendek: r() < (p.merokok ? 0.55 : 0.12),
      dahak: r() < (p.merokok ? 0.5 : 0.1),
      batuk: r() < (p.merokok ? 0.6 : 0.12),
      spirometri: r() < 0.05,
    };
  }
  if (p.lansia) {
    const tua = p.umurTahun >= 75;
    out.skilas = {
      orientasiWaktu: r() > (tua ? 0.2 : 0.06), orientasiTempat: r() > 0.04, ingatTigaKata: r() > (tua ? 0.3 : 0.1),
      berdiriKursi14Detik: r() > (tua ? 0.4 : 0.15),
      beratTurun: r() < 0.08, nafsuMakanHilang: r() < 0.08,
      gangguanMata: r() < 0.3, tesMelihat: r() > 0.03,
      tesBisik: r() < (tua ? 0.2 : 0.06) ? "TIDAK_DENGAR" : "DENGAR",
      sedih: r() < 0.08, kurangMinat: r() < 0.06,
    };
    const mandiri = r() < (tua ? 0.55 : 0.85);
    out.aks = Object.fromEntries(AKS_BUTIR.map((b) => [b.kode, mandiri || r() < 0.6 ? b.opsi.length - 1 : Math.max(0, b.opsi.length - 2)])) as NonNullable<Skrining["aks"]>;
  }
  if (p.srq) {
    const banyak = r() < 0.12;
    out.srq = { jawaban: Array.from({ length: 20 }, (_, i) => (i === 16 ? false : r() < (banyak ? 0.45 : 0.08))) };
  }
  return Object.keys(out).length ? out : undefined;
}
