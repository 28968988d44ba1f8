/**
 * The columns of the dusun/posyandu import file: names, accepted spellings and the help text shown
 * on the page and in the XLSX template. Pure data, safe for client components.
 */

export const KOLOM = ["kode_desa", "nama_dusun", "nama_posyandu", "tempat", "minggu_ke", "hari", "lintang", "bujur", "aktif"] as const;
export type Kolom = (typeof KOLOM)[number];

export interface KolomInfo {
  kolom: Kolom;
  wajib: string;
  keterangan: string;
  contoh: string;
}

/** One line per column, in file order, for the page and the template's "Petunjuk" sheet. */
export const KOLOM_INFO: readonly KolomInfo[] = [
  { kolom: "kode_desa", wajib: "Wajib", keterangan: "Kode Kemendagri desa/kelurahan (10 digit, dengan titik). Desa harus ada di kabupaten Anda.", contoh: "35.19.03.2002" },
  { kolom: "nama_dusun", wajib: "Wajib jika nama_posyandu kosong", keterangan: "Nama dusun/RW. Baris yang hanya berisi dusun menambah dusun itu; dusun yang disebut baris posyandu dibuat jika belum ada.", contoh: "Sukamaju" },
  { kolom: "nama_posyandu", wajib: "Wajib jika kolom posyandu lain diisi", keterangan: 'Nama posyandu tanpa kata "Posyandu". Posyandu yang sudah ada di desa itu diperbarui, yang belum ada ditambahkan.', contoh: "Kemuning 1" },
  { kolom: "tempat", wajib: "Boleh kosong", keterangan: "Tempat kegiatan hari buka.", contoh: "Rumah Kepala Dusun" },
  { kolom: "minggu_ke", wajib: "Diisi bersama hari", keterangan: "Minggu ke berapa setiap bulan: 1–4, atau 5 = minggu terakhir.", contoh: "2" },
  { kolom: "hari", wajib: "Diisi bersama minggu_ke", keterangan: "Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, Minggu, atau angka 1–7 (1 = Senin).", contoh: "Selasa" },
  { kolom: "lintang", wajib: "Diisi bersama bujur", keterangan: "Garis lintang, angka desimal (titik atau koma), antara -11 dan 6.", contoh: "-7,6745" },
  { kolom: "bujur", wajib: "Diisi bersama lintang", keterangan: "Garis bujur, angka desimal (titik atau koma), antara 95 dan 141.", contoh: "111,5712" },
  { kolom: "aktif", wajib: "Boleh kosong", keterangan: "ya atau tidak. Kosong = ya untuk posyandu baru.", contoh: "ya" },
];

/** Spellings accepted for each column, after lower-casing and dropping spaces, _ - . and brackets. */
const ALIASES: Record<Kolom, string[]> = {
  kode_desa: ["kodedesa", "kodedesakelurahan", "kodekemendagri", "kodewilayah", "kode"],
  nama_dusun: ["namadusun", "dusun", "dusunrw"],
  nama_posyandu: ["namaposyandu", "posyandu"],
  tempat: ["tempat", "tempatkegiatan", "lokasi"],
  minggu_ke: ["mingguke", "minggu", "jadwalmingguke"],
  hari: ["hari", "jadwalhari"],
  lintang: ["lintang", "latitude", "lat"],
  bujur: ["bujur", "longitude", "lng", "lon", "long"],
  aktif: ["aktif", "status", "statusaktif"],
};

const BY_KEY = new Map<string, Kolom>(Object.entries(ALIASES).flatMap(([kolom, keys]) => keys.map((k) => [k, kolom as Kolom] as const)));

/** "Kode Desa", "KODE_DESA", "kode-desa" → "kodedesa". */
export function headerKey(raw: string): string {
  return raw.replace(/^\uFEFF/, "").toLowerCase().replace(/\(.*?\)/g, "").replace(/[\s_\-.:]+/g, "");
}

/** The column a header cell names, or undefined for an unknown header. */
export function kolomOf(raw: string): Kolom | undefined {
  return BY_KEY.get(headerKey(raw));
}
