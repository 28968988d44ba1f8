import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

export interface PosyanduTableRow {
  id: string;
  nama: string;
  dusun: string | null;
  desa: string;
  kecamatan: string;
  puskesmas: string | null;
  jadwal: string;
  tempat: string | null;
  isActive: boolean;
}

const h = createColumnHelper<CoreFeatures, PosyanduTableRow>();
const columns = h.columns([
  h.accessor("nama", { header: "Posyandu", cell: (c) => <Link href={`/posyandu/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> }),
  h.accessor("desa", { header: "Desa", cell: (c) => <>{c.getValue()}{c.row.original.dusun ? <span className="block text-xs text-slate-500">Dusun {c.row.original.dusun}</span> : null}</> }),
  h.accessor("kecamatan", { header: "Kecamatan" }),
  h.accessor("puskesmas", { header: "Puskesmas", cell: (c) => c.getValue() ?? <span className="text-slate-500">–</span> }),
  h.accessor("jadwal", { header: "Jadwal", cell: (c) => <>{c.getValue()}{c.row.original.tempat ? <span className="block text-xs text-slate-500">{c.row.original.tempat}</span> : null}</> }),
  h.accessor("isActive", { header: "Status", cell: (c) => (c.getValue() ? <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Aktif</span> : <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">Tidak aktif</span>) }),
]);

const SORTABLE = { nama: "nama", desa: "desa", kecamatan: "kecamatan", puskesmas: "puskesmas", jadwal: "jadwal", isActive: "status" };

export function PosyanduTable({ rows, sort }: { rows: PosyanduTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar posyandu" rowKey={(r) => r.id} testId="posyandu-table" />;
}
