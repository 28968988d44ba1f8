/**
 * Checks a whole kader file (CSV/XLSX read into text cells) and reports EVERY problem with the line
 * the user sees in Excel, in Bahasa; nothing is written unless every row passes. Each row goes
 * through the same schema as the kader form. Pure: the posyandu in scope and the kaders already
 * registered come in through the context.
 */
import { headerKey } from "../impor/columns.ts";
import { cleanName, nameKey } from "../impor/validate.ts";
import { isoFromCell, JK, missingColumns, readSheet } from "../impor/sheet.ts";
import { JABATAN, PENDIDIKAN, ZKaderForm, type TKaderForm } from "./schemas.ts";

export const KOLOM_KADER = ["posyandu", "desa", "nama", "nik", "jenis_kelamin", "tanggal_lahir", "telepon", "pendidikan", "jabatan", "tahun_mulai", "aktif"] as const;
export type KolomKader = (typeof KOLOM_KADER)[number];

export const KOLOM_KADER_INFO: readonly { kolom: KolomKader; keterangan: string; contoh: string }[] = [
  { kolom: "posyandu", keterangan: "Nama posyandu di wilayah Anda, tanpa kata \"Posyandu\". Tidak dibaca bila mengimpor untuk satu posyandu.", contoh: "Kemuning 1" },
  { kolom: "desa", keterangan: "Nama atau kode desa; hanya perlu bila ada dua posyandu bernama sama di wilayah Anda.", contoh: "Sukamaju" },
  { kolom: "nama", keterangan: "Wajib. Nama lengkap kader.", contoh: "Suparti" },
  { kolom: "nik", keterangan: "16 angka, boleh kosong. Tidak boleh sama dengan kader lain di posyandu yang sama.", contoh: "3519035208800012" },
  { kolom: "jenis_kelamin", keterangan: "Wajib. P (perempuan) atau L (laki-laki).", contoh: "P" },
  { kolom: "tanggal_lahir", keterangan: "Boleh kosong. TTTT-BB-HH atau HH/BB/TTTT.", contoh: "1980-08-12" },
  { kolom: "telepon", keterangan: "Boleh kosong. 08… atau +628…", contoh: "081234567890" },
  { kolom: "pendidikan", keterangan: `Boleh kosong. Salah satu: ${PENDIDIKAN.join(", ")}.`, contoh: "SMA/SMK" },
  { kolom: "jabatan", keterangan: "Ketua, Sekretaris, Bendahara, atau Anggota. Kosong = Anggota.", contoh: "Anggota" },
  { kolom: "tahun_mulai", keterangan: "Boleh kosong. Tahun mulai menjadi kader.", contoh: "2011" },
  { kolom: "aktif", keterangan: "ya atau tidak. Kosong = ya.", contoh: "ya" },
];

const BY_KEY = new Map<string, KolomKader>([
  ...KOLOM_KADER.map((k) => [headerKey(k), k] as const),
  ["namaposyandu", "posyandu"], ["kodedesa", "desa"], ["namadesa", "desa"], ["namakader", "nama"], ["namalengkap", "nama"],
  ["jk", "jenis_kelamin"], ["kelamin", "jenis_kelamin"], ["tgllahir", "tanggal_lahir"], ["hp", "telepon"], ["nohp", "telepon"], ["wa", "telepon"],
  ["tahunmulaikader", "tahun_mulai"], ["mulai", "tahun_mulai"], ["status", "aktif"],
]);

export interface PosyanduChoice { id: string; nama: string; desaNama: string; desaKode: string }

export interface KaderImportContext {
  /** Every posyandu the row may name (the viewer's scope), or the one fixed posyandu. */
  posyandu: readonly PosyanduChoice[];
  /** The posyandu every row goes to, when importing for one posyandu. */
  fixedPosyanduId?: string;
  /** Kaders already registered in those posyandu. */
  existing: readonly { posyanduId: string; nama: string; nik: string | null }[];
}

export interface KaderImportRow { line: number; posyanduId: string; kader: TKaderForm }
export type KaderImportResult = { ok: true; rows: KaderImportRow[] } | { ok: false; errors: string[] };

const YA = new Set(["", "ya", "y", "aktif", "1", "true"]);
const TIDAK = new Set(["tidak", "t", "tdk", "0", "false", "tidak aktif", "nonaktif"]);

/** Checks the whole table; every problem of every row is reported, and no row is returned unless all pass. */
export function validateKaderTable(table: string[][], ctx: KaderImportContext): KaderImportResult {
  const read = readSheet(table, {
    columns: KOLOM_KADER,
    kolomOf: (title) => BY_KEY.get(headerKey(title)),
    missing: (has) => missingColumns(ctx.fixedPosyanduId ? ["nama", "jenis_kelamin"] : ["nama", "jenis_kelamin", "posyandu"], has),
  });
  if (!read.ok) return read;
  const { lines } = read.sheet;

  const byName = new Map<string, PosyanduChoice[]>();
  for (const p of ctx.posyandu) byName.set(nameKey(p.nama), [...(byName.get(nameKey(p.nama)) ?? []), p]);
  const posyanduNama = new Map(ctx.posyandu.map((p) => [p.id, p.nama]));
  const nikTaken = new Map(ctx.existing.filter((k) => k.nik).map((k) => [`${k.posyanduId}|${k.nik}`, `kader ${k.nama}`]));
  const nameTaken = new Set(ctx.existing.map((k) => `${k.posyanduId}|${nameKey(k.nama)}`));
  const errors: string[] = [];
  const rows: KaderImportRow[] = [];
  for (const i of lines) {
    const line = i + 1;
    const cell = (k: KolomKader) => read.sheet.cell(i, k);
    const problems: string[] = [];
    let posyanduId = ctx.fixedPosyanduId;
    if (!posyanduId) {
      const nama = cleanName(cell("posyandu"));
      const desa = nameKey(cell("desa"));
      const found = (byName.get(nameKey(nama)) ?? []).filter((p) => !desa || nameKey(p.desaNama) === desa || p.desaKode === desa);
      if (!nama) problems.push("posyandu wajib diisi");
      else if (found.length === 0) problems.push(`posyandu "${nama}"${desa ? ` di desa ${cell("desa")}` : ""} tidak ditemukan di wilayah Anda`);
      else if (found.length > 1) problems.push(`ada ${found.length} posyandu bernama "${nama}" (${found.map((p) => `Desa ${p.desaNama}`).join(", ")}); isi kolom desa`);
      else posyanduId = found[0].id;
    }
    const jk = JK[cell("jenis_kelamin").toLowerCase()];
    const aktif = cell("aktif").toLowerCase();
    const jabatan = cell("jabatan").toUpperCase();
    const pendidikan = PENDIDIKAN.find((p) => p.toLowerCase() === cell("pendidikan").toLowerCase());
    const parsed = ZKaderForm.safeParse({
      nama: cell("nama"),
      nik: cell("nik").replace(/^'/, ""),
      jenisKelamin: jk ?? cell("jenis_kelamin"),
      tanggalLahir: isoFromCell(cell("tanggal_lahir")),
      telepon: cell("telepon").replace(/^'/, ""),
      pendidikan: pendidikan ?? cell("pendidikan"),
      jabatan: jabatan || "ANGGOTA",
      tahunMulai: cell("tahun_mulai"),
      isActive: YA.has(aktif) ? "on" : TIDAK.has(aktif) ? "" : "x",
      userId: "",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        problems.push(field === "jenisKelamin" ? "jenis_kelamin harus P atau L" : field === "jabatan" ? `jabatan harus salah satu dari ${JABATAN.map((j) => j.toLowerCase()).join(", ")}` : field === "isActive" ? "aktif harus ya atau tidak" : field === "pendidikan" ? `pendidikan harus salah satu dari ${PENDIDIKAN.join(", ")}` : issue.message.replace(/\.$/, ""));
      }
    }
    if (parsed.success && posyanduId) {
      const k = parsed.data;
      if (k.nik) {
        const key = `${posyanduId}|${k.nik}`;
        const other = nikTaken.get(key);
        if (other) problems.push(`NIK sudah dipakai ${other} di Posyandu ${posyanduNama.get(posyanduId) ?? ""}`.trim());
        nikTaken.set(key, `baris ${line}`);
      } else if (nameTaken.has(`${posyanduId}|${nameKey(k.nama)}`)) {
        problems.push(`kader bernama ${k.nama} sudah ada di Posyandu ${posyanduNama.get(posyanduId)}; isi NIK bila ini orang lain, atau hapus barisnya`);
      }
      nameTaken.add(`${posyanduId}|${nameKey(k.nama)}`);
    }
    if (problems.length) errors.push(`Baris ${line}: ${problems.join("; ")}.`);
    else if (parsed.success && posyanduId) rows.push({ line, posyanduId, kader: parsed.data });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
