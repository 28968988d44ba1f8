import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import type { StatusKunjungan } from "@/lib/rencana/schemas";
import { StatusBadge } from "./status-badge";

export interface KunjunganTableRow { id: string; tanggal: string; lokasi: string; desa: string; status: StatusKunjungan; rencana: { id: string; nama: string } | null }

const h = createColumnHelper<CoreFeatures, KunjunganTableRow>();
const columns = h.columns([
  h.accessor("tanggal", { header: "Tanggal" }),
  h.accessor("lokasi", { header: "Lokasi", cell: (c) => <><Link href={`/supervisi/kunjungan/${c.row.original.id}`} prefetch={false} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link><span className="block text-xs text-slate-600">Desa {c.row.original.desa}</span></> }),
  h.accessor("status", { header: "Status", cell: (c) => <StatusBadge status={c.getValue()} /> }),
  h.accessor("rencana", { header: "Rencana", cell: (c) => (c.getValue() ? <Link href={`/supervisi/rencana/${c.getValue()!.id}`} className="text-brand-700 underline-offset-2 hover:underline">{c.getValue()!.nama}</Link> : <span className="text-slate-500">Tanpa rencana</span>) }),
]);

const SORTABLE = { tanggal: "tanggal", lokasi: "lokasi", status: "status" };

export function KunjunganTable({ rows, sort }: { rows: KunjunganTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar kunjungan supervisi" rowKey={(r) => r.id} testId="kunjungan-table" />;
}
