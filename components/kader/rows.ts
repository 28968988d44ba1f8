import { JABATAN_LABEL } from "@/lib/kader/label";
import type { KaderRow } from "@/lib/kader/queries";
import type { KaderTableRow } from "./kader-table";

/** A query row as the table shows it (only what it renders). */
export function toTableRow(r: KaderRow): KaderTableRow {
  return { id: r.id, nama: r.nama, nikMasked: r.nikMasked, posyandu: r.posyandu.nama, desa: r.posyandu.desa.nama, jabatan: JABATAN_LABEL[r.jabatan], level: r.level, levelAlasan: r.levelAlasan, tahunMulai: r.tahunMulai, isActive: r.isActive };
}
