import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

export interface RencanaTableRow {
  id: string;
  nama: string;
  periode: string;
  tingkat: string;
  instrumen: string;
  direncanakan: number;
  selesai: number;
  batal: number;
}

const h = createColumnHelper<CoreFeatures, RencanaTableRow>();
const columns = h.columns([
  h.accessor("nama", { header: "Rencana", cell: (c) => <Link href={`/supervisi/rencana/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> }),
  h.accessor("periode", { header: "Periode" }),
  h.accessor("tingkat", { header: "Tingkat" }),
  h.accessor("instrumen", { header: "Instrumen bawaan" }),
  h.accessor("direncanakan", { header: "Kunjungan", cell: (c) => <>{c.getValue()} direncanakan/berlangsung<span className="block text-xs text-slate-600">{c.row.original.selesai} selesai · {c.row.original.batal} batal</span></> }),
]);

const SORTABLE = { nama: "nama", periode: "periode", tingkat: "tingkat" };

export function RencanaTable({ rows, sort }: { rows: RencanaTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar rencana supervisi" rowKey={(r) => r.id} testId="rencana-table" />;
}
