/**
 * Checks a whole file of people served (CSV/XLSX read into text cells) for ONE posyandu and reports
 * EVERY problem as "Baris N, kolom K: …" with the line the user sees in Excel; nothing is returned
 * unless every row passes. Each row goes through the same schema as the person's form. Pure: the
 * dusun, the NIKs already registered in the kabupaten and the posyandu's people come in the context.
 */
import { headerKey } from "../impor/columns.ts";
import { cleanName, nameKey } from "../impor/validate.ts";
import { isoFromCell, JK, missingColumns, readSheet } from "../impor/sheet.ts";
import { foldNama } from "./nama.ts";
import { ZSasaranFields } from "./schemas.ts";
import type { z } from "zod";

export const KOLOM_SASARAN = ["nama", "nik", "jenis_kelamin", "tanggal_lahir", "dusun", "alamat", "rt", "rw", "telepon", "nama_ibu", "nama_suami", "no_kk"] as const;
export type KolomSasaran = (typeof KOLOM_SASARAN)[number];

export const KOLOM_SASARAN_INFO: readonly { kolom: KolomSasaran; keterangan: string; contoh: string }[] = [
  { kolom: "nama", keterangan: "Wajib. Nama lengkap.", contoh: "Siti Nurhayati" },
  { kolom: "nik", keterangan: "Boleh kosong. 16 angka; tidak boleh sama dengan orang lain di kabupaten ini.", contoh: "3519034506200001" },
  { kolom: "jenis_kelamin", keterangan: "Wajib. P (perempuan) atau L (laki-laki).", contoh: "P" },
  { kolom: "tanggal_lahir", keterangan: "Wajib. TTTT-BB-HH atau HH/BB/TTTT; tidak boleh setelah hari ini.", contoh: "2020-06-05" },
  { kolom: "dusun", keterangan: "Boleh kosong. Nama dusun di desa posyandu ini.", contoh: "Krajan" },
  { kolom: "alamat", keterangan: "Boleh kosong.", contoh: "Jl. Pahlawan 3" },
  { kolom: "rt", keterangan: "Boleh kosong. 1–3 angka.", contoh: "003" },
  { kolom: "rw", keterangan: "Boleh kosong. 1–3 angka.", contoh: "001" },
  { kolom: "telepon", keterangan: "Boleh kosong. 08… atau +628…", contoh: "081234567890" },
  { kolom: "nama_ibu", keterangan: "Boleh kosong. Untuk anak.", contoh: "Sri Wahyuni" },
  { kolom: "nama_suami", keterangan: "Boleh kosong. Untuk ibu hamil.", contoh: "" },
  { kolom: "no_kk", keterangan: "Boleh kosong. 16 angka nomor Kartu Keluarga.", contoh: "3519030101200001" },
];

const BY_KEY = new Map<string, KolomSasaran>([
  ...KOLOM_SASARAN.map((k) => [headerKey(k), k] as const),
  ["namalengkap", "nama"], ["jk", "jenis_kelamin"], ["kelamin", "jenis_kelamin"], ["tgllahir", "tanggal_lahir"], ["tanggallahir", "tanggal_lahir"],
  ["namadusun", "dusun"], ["hp", "telepon"], ["nohp", "telepon"], ["wa", "telepon"], ["ibu", "nama_ibu"], ["ibukandung", "nama_ibu"], ["suami", "nama_suami"],
  ["kk", "no_kk"], ["nokk", "no_kk"], ["nomorkk", "no_kk"],
]);

/** Which column a schema field came from, for the messages. */
const KOLOM_OF: Record<string, KolomSasaran> = {
  nama: "nama", nik: "nik", jenisKelamin: "jenis_kelamin", tanggalLahir: "tanggal_lahir", dusunId: "dusun", alamat: "alamat", rt: "rt", rw: "rw",
  telepon: "telepon", namaIbu: "nama_ibu", namaSuami: "nama_suami", noKk: "no_kk",
};

export interface SasaranImportContext {
  /** The dusun of the posyandu's desa. */
  dusun: readonly { id: string; nama: string }[];
  /** NIKs of live people in the kabupaten; `nama` only for people the viewer may see. */
  nikTerdaftar: ReadonlyMap<string, string | null>;
  /** The posyandu's live people: folded name + birth date → name (a probable duplicate). */
  orangTerdaftar: ReadonlyMap<string, string>;
}

export type SasaranImportData = z.output<typeof ZSasaranFields>;
export interface SasaranImportRow { line: number; data: SasaranImportData }
export type SasaranImportResult = { ok: true; rows: SasaranImportRow[] } | { ok: false; errors: string[] };

export const kunciOrang = (nama: string, tanggalLahir: string) => `${foldNama(nama)}|${tanggalLahir}`;

/** Checks the whole table; every problem of every row is reported, and no row is returned unless all pass. */
export function validateSasaranTable(table: string[][], ctx: SasaranImportContext): SasaranImportResult {
  const read = readSheet(table, {
    columns: KOLOM_SASARAN,
    kolomOf: (title) => BY_KEY.get(headerKey(title)),
    missing: (has) => missingColumns(["nama", "jenis_kelamin", "tanggal_lahir"], has),
  });
  if (!read.ok) return read;
  const { lines } = read.sheet;

  const dusunBy = new Map(ctx.dusun.map((d) => [nameKey(d.nama), d.id]));
  const nikInFile = new Map<string, number>();
  const orangInFile = new Map<string, number>();
  const errors: string[] = [];
  const rows: SasaranImportRow[] = [];
  for (const i of lines) {
    const line = i + 1;
    const cell = (k: KolomSasaran) => read.sheet.cell(i, k);
    const problems: [KolomSasaran, string][] = [];
    const dusunNama = cleanName(cell("dusun"));
    let dusunId = "";
    if (dusunNama) {
      const found = dusunBy.get(nameKey(dusunNama));
      if (found) dusunId = found;
      else problems.push(["dusun", `dusun "${dusunNama}" tidak ada di desa posyandu ini${ctx.dusun.length ? ` (yang ada: ${ctx.dusun.map((d) => d.nama).join(", ")})` : ""}`]);
    }
    const jk = JK[cell("jenis_kelamin").toLowerCase()];
    const parsed = ZSasaranFields.safeParse({
      nama: cell("nama"),
      nik: cell("nik").replace(/^'/, ""),
      jenisKelamin: jk ?? cell("jenis_kelamin"),
      tanggalLahir: isoFromCell(cell("tanggal_lahir")),
      dusunId,
      alamat: cell("alamat"),
      rt: cell("rt"),
      rw: cell("rw"),
      telepon: cell("telepon").replace(/^'/, ""),
      namaIbu: cell("nama_ibu"),
      namaSuami: cell("nama_suami"),
      noKk: cell("no_kk").replace(/^'/, ""),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const kolom = KOLOM_OF[String(issue.path[0])] ?? "nama";
        problems.push([kolom, kolom === "jenis_kelamin" ? "harus P atau L" : issue.message.replace(/\.$/, "")]);
      }
    } else {
      const d = parsed.data;
      if (d.nik) {
        const earlier = nikInFile.get(d.nik);
        if (earlier) problems.push(["nik", `NIK sama dengan baris ${earlier}`]);
        else if (ctx.nikTerdaftar.has(d.nik)) {
          const nama = ctx.nikTerdaftar.get(d.nik);
          problems.push(["nik", `NIK sudah terdaftar${nama ? ` atas nama ${nama}` : " di posyandu lain kabupaten ini"}`]);
        }
        nikInFile.set(d.nik, nikInFile.get(d.nik) ?? line);
      }
      const key = kunciOrang(d.nama, d.tanggalLahir);
      const earlier = orangInFile.get(key);
      if (earlier) problems.push(["nama", `nama dan tanggal lahir sama dengan baris ${earlier}; hapus salah satu bila orang yang sama`]);
      else if (ctx.orangTerdaftar.has(key)) problems.push(["nama", `mungkin sudah terdaftar: ${ctx.orangTerdaftar.get(key)} dengan tanggal lahir yang sama; hapus barisnya, atau daftarkan satu per satu bila memang orang lain`]);
      orangInFile.set(key, earlier ?? line);
    }
    for (const [kolom, msg] of problems) errors.push(`Baris ${line}, kolom ${kolom}: ${msg}.`);
    if (!problems.length && parsed.success) rows.push({ line, data: parsed.data });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
