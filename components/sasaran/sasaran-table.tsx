import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

export interface SasaranTableRow {
  id: string;
  nama: string;
  nikMasked: string | null;
  jenisKelamin: string;
  tanggalLahir: string;
  umur: string;
  kelompok: string;
  status: string;
  posyandu: string;
  namaIbu: string | null;
}

const h = createColumnHelper<CoreFeatures, SasaranTableRow>();
const nama = h.accessor("nama", {
  header: "Nama",
  cell: (c) => (
    <>
      <Link href={`/sasaran/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link>
      {c.row.original.nikMasked ? <span className="block font-mono text-xs text-slate-500">{c.row.original.nikMasked}</span> : null}
      {c.row.original.namaIbu ? <span className="block text-xs text-slate-500">Ibu: {c.row.original.namaIbu}</span> : null}
    </>
  ),
});
const lahir = h.accessor("tanggalLahir", { header: "Tanggal lahir", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">{c.row.original.umur} · {c.row.original.jenisKelamin}</span></> });
const kelompok = h.accessor("kelompok", { header: "Kelompok", cell: (c) => <>{c.getValue()}{c.row.original.status ? <span className="mt-1 block w-fit rounded bg-pink-100 px-2 py-0.5 text-xs font-semibold text-pink-800">{c.row.original.status}</span> : null}</> });
const posyandu = h.accessor("posyandu", { header: "Posyandu" });
const withPosyandu = h.columns([nama, lahir, kelompok, posyandu]);
const ofOne = h.columns([nama, lahir, kelompok]);

const SORTABLE = { nama: "nama", tanggalLahir: "tanggalLahir", posyandu: "posyandu" };

/** People served, NIK masked, with their group today and any running status (hamil, nifas, menyusui). */
export function SasaranTable({ rows, sort, showPosyandu }: { rows: SasaranTableRow[]; sort: Omit<ServerSort, "sortable">; showPosyandu: boolean }) {
  return <DataTable data={rows} columns={showPosyandu ? withPosyandu : ofOne} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar sasaran" rowKey={(r) => r.id} testId="sasaran-table" />;
}
