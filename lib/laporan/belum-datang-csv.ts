/** The "belum datang" download (by name, NIK masked). Pure. */
import { KELOMPOK_LABEL } from "../sasaran/kelompok.ts";
import type { BelumDatang } from "./belum-datang.ts";

export const BELUM_DATANG_HEADER = ["nama", "nik", "jenis_kelamin", "tanggal_lahir", "umur_bulan", "kelompok", "hamil", "alamat", "telepon", "nama_ibu", "kunjungan_terakhir"];

export function belumDatangCells(b: BelumDatang): string[] {
  return [b.nama, b.nikMasked ?? "", b.jenisKelamin, b.tanggalLahir, String(b.umurBulan), KELOMPOK_LABEL[b.kelompok], b.hamil ? "ya" : "", b.alamat, b.telepon ?? "", b.namaIbu ?? "", b.terakhir ?? ""];
}
