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
