/**
 * The per-year pilot rule, as a pure check: at most N pilot posyandu per desa and M pilot desa per
 * puskesmas in the same year (N, M from ATURAN_BATAS_PERCONTOHAN). The DAL reads the pilots of the
 * same year that share the candidate's desa or puskesmas (inside its transaction) and asks this.
 */
import type { BatasPercontohan } from "./aturan.ts";

export interface CalonPercontohan {
  desaId: string;
  desaNama: string;
  puskesmasId: string | null;
  puskesmasNama: string | null;
  tahun: number;
}

export interface PercontohanAda {
  desaId: string;
  desaNama: string;
  posyanduNama: string;
  puskesmasId: string | null;
}

/** The Bahasa message naming the pilots in the way, or null when the candidate fits the limits. */
export function checkBatas(batas: BatasPercontohan, calon: CalonPercontohan, ada: readonly PercontohanAda[]): string | null {
  const diDesa = ada.filter((a) => a.desaId === calon.desaId);
  if (diDesa.length >= batas.posyanduPerDesa) {
    return `Desa ${calon.desaNama} sudah punya posyandu percontohan ${calon.tahun}: ${diDesa.map((a) => `Posyandu ${a.posyanduNama}`).join(", ")}. Batasnya ${batas.posyanduPerDesa} posyandu percontohan per desa per tahun.`;
  }
  if (calon.puskesmasId) {
    // Another posyandu in a desa that is already a pilot desa adds no pilot desa.
    const desaLain = new Map<string, PercontohanAda[]>();
    for (const a of ada) {
      if (a.puskesmasId !== calon.puskesmasId || a.desaId === calon.desaId) continue;
      desaLain.set(a.desaId, [...(desaLain.get(a.desaId) ?? []), a]);
    }
    if (desaLain.size >= batas.desaPerPuskesmas) {
      const list = [...desaLain.values()].map((rows) => `Desa ${rows[0].desaNama} (${rows.map((r) => `Posyandu ${r.posyanduNama}`).join(", ")})`).join(", ");
      return `${calon.puskesmasNama ?? "Puskesmas ini"} sudah punya desa percontohan ${calon.tahun}: ${list}. Batasnya ${batas.desaPerPuskesmas} desa percontohan per puskesmas per tahun.`;
    }
  }
  return null;
}
