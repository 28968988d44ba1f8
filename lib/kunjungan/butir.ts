/**
 * An instrument item as the conduct screen shows it and as score.ts scores it, and the answers of a
 * visit as the scorer reads them. Pure: shared by the server (submit, correction) and the browser
 * (the live score).
 */
import type { ButirSkor, HasilSkor, JawabanSkor, OpsiButir, TipeButir } from "../supervisi/score.ts";
import { LABEL_KATEGORI } from "../kesiapan/kategori.ts";
import type { FaktaKey } from "../supervisi/fakta.ts";

export interface ButirTampil extends ButirSkor {
  kode: string;
  pertanyaan: string;
  standar: string | null;
  fakta: FaktaKey | null;
}

export interface DomainTampil { kode: string; nama: string }

/** A stored item row (Decimal weight, JSON options) to the plain item. */
export function toButir(row: { id: string; kode: string; pertanyaan: string; tipe: TipeButir; bobot: { toNumber(): number } | number; kritis: boolean; bolehNa: boolean; standar: string | null; fakta: string | null; opsi: unknown; garisId: string; domain: { kode: string } }): ButirTampil {
  const opsi = (row.opsi && typeof row.opsi === "object" ? row.opsi : {}) as OpsiButir;
  return {
    id: row.id,
    kode: row.kode,
    pertanyaan: row.pertanyaan,
    tipe: row.tipe,
    bobot: typeof row.bobot === "number" ? row.bobot : row.bobot.toNumber(),
    kritis: row.kritis,
    bolehNa: row.bolehNa,
    standar: row.standar,
    fakta: row.fakta as FaktaKey | null,
    opsi,
    garisId: row.garisId,
    domainKode: row.domain.kode,
  };
}

/** Answers (as stored or as the device keeps them) by item id, for scoreVisit. */
export function jawabanMap(rows: readonly { butirId: string; nilai: number | null; teks: string | null; na: boolean }[]): Map<string, JawabanSkor> {
  return new Map(rows.map((j) => [j.butirId, { nilai: j.nilai, teks: j.teks, na: j.na }]));
}

/** How an answer reads in words ("Ya", "3", "Ada, lengkap", "Tidak berlaku"), for the read view and lists. */
export function jawabanLabel(b: Pick<ButirTampil, "tipe" | "opsi">, j: { nilai: number | null; teks: string | null; na: boolean } | undefined): string {
  if (!j) return "Belum dijawab";
  if (j.na) return "Tidak berlaku";
  if (b.tipe === "TEKS") return j.teks?.trim() || "Belum dijawab";
  if (j.nilai === null) return "Belum dijawab";
  switch (b.tipe) {
    case "YA_TIDAK":
      return j.nilai === 1 ? "Ya" : j.nilai === 0 ? "Tidak" : String(j.nilai);
    case "SKALA":
      return `${j.nilai} dari 4`;
    case "PILIHAN":
      return b.opsi.opsi?.[j.nilai]?.label ?? String(j.nilai);
    default:
      return new Intl.NumberFormat("id-ID").format(j.nilai);
  }
}

/**
 * Why the category is what it is when a critical item failed, in Bahasa: the cap of the rule named
 * with the failed items, or (when the score alone gives that category anyway) just the items.
 */
export function capExplanation(hasil: Pick<HasilSkor, "kategori" | "kategoriTanpaBatas" | "kritisGagal">, butir: readonly Pick<ButirTampil, "id" | "kode" | "pertanyaan">[]): string | null {
  if (!hasil.kritisGagal.length || !hasil.kategori) return null;
  const byId = new Map(butir.map((b) => [b.id, b]));
  const names = hasil.kritisGagal.map((id) => byId.get(id)).filter((b) => b !== undefined).map((b) => `${b.kode} ${b.pertanyaan}`).join("; ");
  const label = LABEL_KATEGORI[hasil.kategori].toLowerCase();
  return hasil.kategori !== hasil.kategoriTanpaBatas ? `Kategori dibatasi menjadi ${label} karena butir kritis gagal: ${names}.` : `Butir kritis gagal: ${names}.`;
}
