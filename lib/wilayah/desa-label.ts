/**
 * How a desa is named in pickers. The code is a desa's identity and the official list has kecamatan
 * with two villages of the same name (e.g. Kelurahan and Desa Sorkam Kanan, 12.01.10), so such a
 * name gets its code beside it; every other desa keeps its plain name. Pure: usable in the browser.
 */
export function withDesaLabels<T extends { nama: string; kode: string; kecamatanId: string }>(list: T[]): (T & { label: string })[] {
  const key = (d: T) => `${d.kecamatanId}\u0000${d.nama.toLocaleLowerCase("id")}`;
  const count = new Map<string, number>();
  for (const d of list) count.set(key(d), (count.get(key(d)) ?? 0) + 1);
  return list.map((d) => ({ ...d, label: (count.get(key(d)) ?? 0) > 1 ? `${d.nama} (${d.kode})` : d.nama }));
}

/**
 * A desa as the forms' desa pickers show it (posyandu, pustu, puskesmas catchment), whether it came
 * with the page or from /wilayah/pilihan: grouped by kecamatan, with the puskesmas whose catchment
 * holds it (the pustu form fills its puskesmas from it; the puskesmas form warns before a desa moves).
 */
export interface DesaChoice {
  id: string;
  nama: string;
  /** "Klorogan — Kec. Geger": for a list of desa of several kecamatan. */
  label: string;
  /** "Klorogan": within a list of one kecamatan's desa. */
  shortLabel: string;
  /** "Kec. Geger" */
  group: string;
  kecamatanId: string;
  puskesmasId: string | null;
  puskesmasNama: string | null;
}

/** Desa rows (as `desaChoiceSelect` in queries.ts reads them) as choices, same-named ones told apart by code. */
export function toDesaChoices(rows: { id: string; nama: string; kode: string; kecamatanId: string; kecamatan: { nama: string }; puskesmas: { id: string; nama: string } | null }[]): DesaChoice[] {
  return withDesaLabels(rows).map((d) => ({
    id: d.id,
    nama: d.nama,
    label: `${d.label} — Kec. ${d.kecamatan.nama}`,
    shortLabel: d.label,
    group: `Kec. ${d.kecamatan.nama}`,
    kecamatanId: d.kecamatanId,
    puskesmasId: d.puskesmas?.id ?? null,
    puskesmasNama: d.puskesmas?.nama ?? null,
  }));
}
