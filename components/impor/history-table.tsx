import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures } from "@/components/data-table/data-table";

export interface ImportHistoryTableRow {
  id: string;
  waktu: string;
  fileName: string;
  by: string;
  isOwn: boolean;
  isApplied: boolean;
  hasil: string;
}

const h = createColumnHelper<CoreFeatures, ImportHistoryTableRow>();
const columns = h.columns([
  h.accessor("waktu", { header: "Waktu (WIB)", cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
  h.accessor("fileName", {
    header: "Berkas",
    cell: (c) => (c.row.original.isOwn ? <Link href={`/impor/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> : c.getValue()),
  }),
  h.accessor("by", { header: "Oleh" }),
  h.accessor("isApplied", {
    header: "Status",
    cell: (c) => (c.getValue() ? <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Tersimpan</span> : <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Belum disimpan</span>),
  }),
  h.accessor("hasil", { header: "Hasil" }),
]);

/** The latest imports of the kabupaten; only the uploader may open a job. */
export function ImportHistoryTable({ rows }: { rows: ImportHistoryTableRow[] }) {
  return <DataTable data={rows} columns={columns} sort={{ sortable: {}, sort: "", dir: "asc", query: {}, basePath: "/impor" }} caption="Riwayat impor" rowKey={(r) => r.id} testId="impor-riwayat" />;
}
