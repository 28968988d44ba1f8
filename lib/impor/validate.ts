/**
 * Checks a whole dusun/posyandu table (header + rows, cells as text) and reports EVERY problem with
 * the line the user sees in Excel (header = line 1), in Bahasa Indonesia. Pure: the desa of the
 * kabupaten and the official list come in through the context.
 */
import { HARI } from "../i18n/format.ts";
import { parseDecimal as readDecimal } from "../number/decimal.ts";
import { KOLOM, kolomOf, type Kolom } from "./columns.ts";
import { missingColumns, readSheet } from "./sheet.ts";

export { IMPORT_LIMITS } from "./limits.ts";

/** Posyandu fields a row sets; a field left empty in the file is absent here and keeps its value. */
export interface ImportPosyandu {
  nama: string;
  tempat?: string;
  jadwalMingguKe?: number;
  jadwalHari?: number;
  latitude?: number;
  longitude?: number;
  isActive?: boolean;
}

/** One checked row, as stored in ImportJob.rows. */
export interface ImportRow {
  line: number;
  desaId: string;
  desaKode: string;
  desaNama: string;
  dusun: string | null;
  posyandu: ImportPosyandu | null;
}

export interface ValidationContext {
  kabupatenKode: string;
  /** e.g. "Kabupaten Madiun". */
  kabupatenNama: string;
  /** The desa of the viewer's kabupaten in the database, by Kemendagri code. */
  desaByKode: ReadonlyMap<string, { id: string; nama: string }>;
  /** The name of a desa/kelurahan in the official list, or undefined when the code is not one. */
  officialDesaNama: (kode: string) => string | undefined;
}

export type ValidationResult = { ok: true; rows: ImportRow[] } | { ok: false; errors: string[] };

/** Day names from lib/i18n/format.ts (HARI), plus the spellings people also write. */
const HARI_KATA: Readonly<Record<string, number>> = {
  ...Object.fromEntries(HARI.flatMap((nama, i) => (i === 0 ? [] : [[nama.toLowerCase(), i]]))),
  jumaat: 5,
  ahad: 7,
};
const MINGGU_KATA: Record<string, number> = { pertama: 1, kesatu: 1, kedua: 2, ketiga: 3, keempat: 4, terakhir: 5 };
const YA = new Set(["ya", "y", "aktif", "1", "true", "benar"]);
const TIDAK = new Set(["tidak", "t", "tdk", "n", "no", "0", "false", "salah", "tidak aktif", "tidakaktif", "nonaktif", "non aktif"]);

/** Trimmed, inner whitespace collapsed: how names are stored. */
export function cleanName(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

/** The natural-key form of a name: "  MELATI  1 " and "Melati 1" are the same posyandu. */
export function nameKey(raw: string): string {
  return cleanName(raw).toLocaleLowerCase("id-ID");
}

/** "3519032002" or "'35.19.03.2002" → "35.19.03.2002"; anything else is returned trimmed. */
export function normalizeKodeDesa(raw: string): string {
  const s = raw.trim().replace(/^'/, "").replace(/\s+/g, "");
  return /^\d{10}$/.test(s) ? `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}.${s.slice(6)}` : s;
}

export function parseHari(raw: string): number | undefined {
  const s = raw.trim().toLowerCase().replace(/['’`\s]/g, "");
  if (/^[1-7]$/.test(s)) return Number(s);
  return HARI_KATA[s];
}

export function parseMingguKe(raw: string): number | undefined {
  const s = raw.trim().toLowerCase().replace(/^minggu\s*/, "");
  if (MINGGU_KATA[s]) return MINGGU_KATA[s];
  const n = s.replace(/^ke[-\s]?/, "");
  return /^[1-5]$/.test(n) ? Number(n) : undefined;
}

export function parseAktif(raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (YA.has(s)) return true;
  if (TIDAK.has(s)) return false;
  return undefined;
}

/** A decimal as lib/number/decimal.ts reads it (comma or dot); rounded to the 6 places the database keeps. */
export function parseDecimal(raw: string): number | undefined {
  const n = readDecimal(raw);
  return n === null || n === undefined ? undefined : Math.round(n * 1e6) / 1e6;
}

/**
 * Validates the whole table. Line numbers count every row of the file, blank ones included, so that
 * "Baris 7" is row 7 in Excel.
 */
export function validateTable(table: string[][], ctx: ValidationContext): ValidationResult {
  const read = readSheet(table, {
    columns: KOLOM,
    kolomOf,
    missing: (has) => [
      ...missingColumns(["kode_desa"], has),
      ...(has("nama_dusun") || has("nama_posyandu") ? [] : ["Kolom wajib tidak ada: nama_dusun atau nama_posyandu (paling tidak salah satu)."]),
    ],
  });
  if (!read.ok) return read;
  const { lines: dataLines, width } = read.sheet;

  const errors: string[] = [];
  const rows: ImportRow[] = [];
  const seenPosyandu = new Map<string, number>();
  const seenDusunOnly = new Map<string, number>();
  const kabPrefix = `${ctx.kabupatenKode}.`;

  for (const i of dataLines) {
    const line = i + 1;
    const cells = table[i];
    const bad = (reason: string) => errors.push(`Baris ${line}: ${reason}`);
    const cell = (k: Kolom) => read.sheet.cell(i, k);
    if (cells.slice(width).some((c) => (c ?? "").trim() !== "")) {
      bad("ada isian di luar kolom yang berjudul (jika isian memuat tanda koma, apit dengan tanda kutip \")");
    }

    // Desa: format, official list, then the admin's own kabupaten in the database.
    let desa: { id: string; nama: string; kode: string } | null = null;
    const rawKode = cell("kode_desa");
    if (!rawKode) bad("kode desa kosong");
    else {
      const kode = normalizeKodeDesa(rawKode);
      const official = /^\d{2}\.\d{2}\.\d{2}\.[123]\d{3}$/.test(kode) ? ctx.officialDesaNama(kode) : undefined;
      if (!/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(kode)) bad(`kode desa "${rawKode}" tidak sah (contoh yang benar: 35.19.03.2002)`);
      else if (!official) bad(`kode desa ${kode} tidak ada dalam daftar resmi Kemendagri 2025`);
      else if (!kode.startsWith(kabPrefix)) bad(`kode desa ${kode} bukan wilayah ${ctx.kabupatenNama}`);
      else {
        const found = ctx.desaByKode.get(kode);
        if (!found) bad(`desa ${official} (${kode}) belum terdaftar di aplikasi untuk ${ctx.kabupatenNama}; tambahkan dulu di menu Wilayah`);
        else desa = { ...found, kode };
      }
    }

    const dusunNama = cleanName(cell("nama_dusun"));
    const posyanduNama = cleanName(cell("nama_posyandu"));
    if (dusunNama.length > 120) bad("nama dusun lebih dari 120 karakter");
    if (posyanduNama.length > 120) bad("nama posyandu lebih dari 120 karakter");

    const tempat = cleanName(cell("tempat"));
    const mingguRaw = cell("minggu_ke");
    const hariRaw = cell("hari");
    const latRaw = cell("lintang");
    const lngRaw = cell("bujur");
    const aktifRaw = cell("aktif");
    const hasPosyanduFields = [tempat, mingguRaw, hariRaw, latRaw, lngRaw, aktifRaw].some((v) => v !== "");

    if (!posyanduNama && !dusunNama) bad(hasPosyanduFields ? "nama posyandu kosong" : "nama dusun dan nama posyandu kosong");
    else if (!posyanduNama && hasPosyanduFields) bad("nama posyandu kosong (kolom tempat, jadwal, koordinat dan aktif hanya untuk posyandu)");

    const posyandu: ImportPosyandu = { nama: posyanduNama };
    if (tempat) {
      if (tempat.length > 250) bad("tempat lebih dari 250 karakter");
      posyandu.tempat = tempat;
    }
    const mingguKe = mingguRaw ? parseMingguKe(mingguRaw) : undefined;
    if (mingguRaw && mingguKe === undefined) bad(`minggu ke "${mingguRaw}" tidak dikenal (isi 1–4, atau 5 = minggu terakhir)`);
    const hari = hariRaw ? parseHari(hariRaw) : undefined;
    if (hariRaw && hari === undefined) bad(`hari "${hariRaw}" tidak dikenal (isi Senin–Minggu atau 1–7)`);
    if (!!mingguRaw !== !!hariRaw) bad("minggu ke dan hari harus diisi bersama, atau dikosongkan keduanya");
    if (mingguKe !== undefined && hari !== undefined) Object.assign(posyandu, { jadwalMingguKe: mingguKe, jadwalHari: hari });

    const lat = latRaw ? parseDecimal(latRaw) : undefined;
    const lng = lngRaw ? parseDecimal(lngRaw) : undefined;
    if (latRaw && lat === undefined) bad(`lintang "${latRaw}" bukan angka`);
    else if (lat !== undefined && (lat < -11 || lat > 6)) bad(`lintang ${latRaw} di luar wilayah Indonesia (harus antara -11 dan 6)`);
    if (lngRaw && lng === undefined) bad(`bujur "${lngRaw}" bukan angka`);
    else if (lng !== undefined && (lng < 95 || lng > 141)) bad(`bujur ${lngRaw} di luar wilayah Indonesia (harus antara 95 dan 141)`);
    if (!!latRaw !== !!lngRaw) bad("lintang dan bujur harus diisi bersama, atau dikosongkan keduanya");
    if (lat !== undefined && lng !== undefined) Object.assign(posyandu, { latitude: lat, longitude: lng });

    if (aktifRaw) {
      const aktif = parseAktif(aktifRaw);
      if (aktif === undefined) bad(`aktif "${aktifRaw}" tidak dikenal (isi ya atau tidak)`);
      else posyandu.isActive = aktif;
    }

    // The same posyandu (or the same dusun-only row) twice for one desa is ambiguous: which one wins?
    if (desa && posyanduNama) {
      const key = `${desa.id}|${nameKey(posyanduNama)}`;
      const first = seenPosyandu.get(key);
      if (first !== undefined) bad(`posyandu "${posyanduNama}" muncul dua kali untuk desa ${desa.nama} (baris ${first} dan ${line})`);
      else seenPosyandu.set(key, line);
    } else if (desa && dusunNama) {
      const key = `${desa.id}|${nameKey(dusunNama)}`;
      const first = seenDusunOnly.get(key);
      if (first !== undefined) bad(`dusun "${dusunNama}" muncul dua kali untuk desa ${desa.nama} (baris ${first} dan ${line})`);
      else seenDusunOnly.set(key, line);
    }

    if (desa) rows.push({ line, desaId: desa.id, desaKode: desa.kode, desaNama: desa.nama, dusun: dusunNama || null, posyandu: posyanduNama ? posyandu : null });
  }

  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
