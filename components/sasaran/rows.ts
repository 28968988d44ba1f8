/** Rows of the sasaran list as the table draws them: age, group on the day, running status. */
import { formatDate } from "@/lib/i18n/format";
import { JENIS_KELAMIN_LABEL, STATUS_IBU_LABEL } from "@/lib/sasaran/cek";
import { kelompokPada, umurBulanPada, KELOMPOK_LABEL } from "@/lib/sasaran/kelompok";
import type { SasaranRow } from "@/lib/sasaran/queries";
import type { SasaranTableRow } from "./sasaran-table";

/** "7 bulan", "2 tahun 3 bulan", "45 tahun". */
export function umurLabel(bulan: number): string {
  if (bulan < 0) return "–";
  if (bulan < 12) return `${bulan} bulan`;
  const th = Math.floor(bulan / 12);
  const bl = bulan % 12;
  return th < 6 && bl ? `${th} tahun ${bl} bulan` : `${th} tahun`;
}

/** The group label on a day, "–" for a birth date after it. */
export function kelompokLabel(tanggalLahir: string, hari: string): string {
  return tanggalLahir <= hari ? KELOMPOK_LABEL[kelompokPada(tanggalLahir, hari)] : "–";
}

export function toTableRow(r: SasaranRow, hari: string): SasaranTableRow {
  return {
    id: r.id,
    nama: r.nama,
    nikMasked: r.nikMasked,
    jenisKelamin: JENIS_KELAMIN_LABEL[r.jenisKelamin],
    tanggalLahir: formatDate(new Date(`${r.tanggalLahir}T00:00:00Z`)),
    umur: umurLabel(umurBulanPada(r.tanggalLahir, hari)),
    kelompok: kelompokLabel(r.tanggalLahir, hari),
    status: r.status.map((s) => (s.status === "HAMIL" && s.hpl ? `Hamil, HPL ${formatDate(new Date(`${s.hpl}T00:00:00Z`))}` : STATUS_IBU_LABEL[s.status])).join(", "),
    posyandu: r.posyandu.nama,
    namaIbu: r.namaIbu,
  };
}
