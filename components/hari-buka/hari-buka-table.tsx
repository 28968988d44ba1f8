import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import type { HariBukaRow } from "@/lib/hari-buka/queries";

export type HariBukaTableRow = HariBukaRow & { tanggalLabel: string };

const h = createColumnHelper<CoreFeatures, HariBukaTableRow>();
const columns = h.columns([
  h.accessor("tanggalLabel", { id: "tanggal", header: "Tanggal", cell: (c) => <Link href={`/hari-buka/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> }),
  h.accessor("posyandu", { header: "Posyandu", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">Desa {c.row.original.desa}</span></> }),
  h.accessor("hadir", { header: "Hadir", cell: (c) => <span className="tabular-nums">{c.getValue()}</span> }),
  h.accessor("dirujuk", { header: "Dirujuk", cell: (c) => (c.getValue() > 0 ? <Link href={`/hari-buka/${c.row.original.id}/rujukan`} className="font-semibold text-red-700 underline">{c.getValue()}</Link> : <span className="text-slate-500">0</span>) }),
  h.accessor("ditutup", { header: "Status", cell: (c) => (c.getValue() ? <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">Ditutup</span> : <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Buka</span>) }),
]);

const SORTABLE = { tanggal: "tanggal", posyandu: "posyandu" };

export function HariBukaTable({ rows, sort }: { rows: HariBukaTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar hari posyandu" rowKey={(r) => r.id} testId="hari-buka-table" />;
}
