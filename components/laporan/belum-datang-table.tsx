import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

export interface BelumDatangRow {
  id: string;
  nama: string;
  nikMasked: string | null;
  jenisKelamin: "L" | "P";
  umur: string;
  kelompok: string;
  alamat: string;
  kontak: string;
  terakhir: string;
}

const h = createColumnHelper<CoreFeatures, BelumDatangRow>();
const columns = h.columns([
  h.accessor("nama", { header: "Nama", cell: (c) => <><span className="font-medium">{c.getValue()}</span>{c.row.original.nikMasked ? <span className="block font-mono text-xs text-slate-500">NIK {c.row.original.nikMasked}</span> : null}</> }),
  h.accessor("jenisKelamin", { header: "L/P" }),
  h.accessor("kelompok", { header: "Kelompok", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">{c.row.original.umur}</span></> }),
  h.accessor("alamat", { header: "Alamat" }),
  h.accessor("kontak", { header: "Telepon / ibu" }),
  h.accessor("terakhir", { header: "Kunjungan terakhir" }),
]);

const SORTABLE = { nama: "nama", kelompok: "kelompok", terakhir: "terakhir" };

export function BelumDatangTable({ rows, sort }: { rows: BelumDatangRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Sasaran yang belum datang bulan ini" rowKey={(r) => r.id} testId="belum-datang-table" />;
}
