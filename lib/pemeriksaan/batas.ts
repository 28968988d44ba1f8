/**
 * Hard limits of the entry's measurements (ambang.batas): a value outside is certainly a typing
 * error and is refused with a Bahasa message naming the field. Pure.
 */
import { FIELD_UKUR, FIELD_UKUR_LABEL, FIELD_UKUR_SATUAN, type AmbangBatas, type FieldUkur } from "../ambang/nilai.ts";

function angka(n: number): string {
  return String(n).replace(".", ",");
}

/** Refusals per field for the measurements given (null/undefined = not measured, not checked). */
export function cekBatas(nilai: Partial<Record<FieldUkur, number | null | undefined>>, batas: AmbangBatas): Record<string, string> {
  const galat: Record<string, string> = {};
  for (const f of FIELD_UKUR) {
    const v = nilai[f];
    if (v === null || v === undefined) continue;
    const label = FIELD_UKUR_LABEL[f];
    const satuan = FIELD_UKUR_SATUAN[f];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      galat[f] = `${label} harus berupa angka.`;
      continue;
    }
    const { min, max } = batas[f];
    if (v < min || v > max) galat[f] = `${label} ${angka(v)} ${satuan} tidak mungkin: isi antara ${angka(min)} dan ${angka(max)} ${satuan}.`;
  }
  const s = nilai.sistolik;
  const d = nilai.diastolik;
  const adaS = s !== null && s !== undefined;
  const adaD = d !== null && d !== undefined;
  if (adaS && !adaD && !galat.sistolik) galat.diastolik = "Tekanan darah diastolik wajib diisi bila sistolik diisi.";
  if (adaD && !adaS && !galat.diastolik) galat.sistolik = "Tekanan darah sistolik wajib diisi bila diastolik diisi.";
  if (adaS && adaD && !galat.sistolik && !galat.diastolik && (s as number) <= (d as number)) {
    galat.diastolik = "Tekanan darah diastolik harus lebih kecil dari sistolik.";
  }
  return galat;
}
