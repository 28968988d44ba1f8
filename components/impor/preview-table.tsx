import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures } from "@/components/data-table/data-table";

export interface PreviewTableRow {
  line: number;
  desa: string;
  dusun: string;
  posyandu: string;
  hasil: string;
  kind: "dusun-baru" | "posyandu-baru" | "posyandu-diubah" | "tidak-berubah";
}

const TONE: Record<PreviewTableRow["kind"], string> = {
  "dusun-baru": "bg-sky-100 text-sky-900",
  "posyandu-baru": "bg-emerald-100 text-emerald-800",
  "posyandu-diubah": "bg-amber-100 text-amber-900",
  "tidak-berubah": "bg-slate-200 text-slate-700",
};

const h = createColumnHelper<CoreFeatures, PreviewTableRow>();
const columns = h.columns([
  h.accessor("line", { header: "Baris" }),
  h.accessor("desa", { header: "Desa" }),
  h.accessor("dusun", { header: "Dusun" }),
  h.accessor("posyandu", { header: "Posyandu" }),
  h.accessor("hasil", { header: "Yang akan terjadi", cell: (c) => <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[c.row.original.kind]}`}>{c.getValue()}</span> }),
]);

/** The rows of a checked file with what confirming would do to each. */
export function PreviewTable({ rows }: { rows: PreviewTableRow[] }) {
  return <DataTable data={rows} columns={columns} sort={{ sortable: {}, sort: "", dir: "asc", query: {}, basePath: "/impor" }} caption="Pratinjau impor" rowKey={(r) => String(r.line)} testId="impor-pratinjau" />;
}
