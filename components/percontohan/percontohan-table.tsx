import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import type { ReactNode } from "react";

export interface PercontohanTableRow {
  id: string;
  posyandu: string;
  dusun: string | null;
  desa: string;
  kecamatan: string;
  puskesmas: string | null;
  angkatan: number;
  tahun: number;
  /** The stage and the target's status as badges rendered on the server (./badges.tsx): their styles stay out of the page's script. */
  tahap: ReactNode;
  target: string | null;
  status: ReactNode;
  replikasi: { total: number; berjalan: number };
  skor: number | null;
}

const h = createColumnHelper<CoreFeatures, PercontohanTableRow>();
const columns = h.columns([
  h.accessor("posyandu", { header: "Posyandu", cell: (c) => <><Link href={`/percontohan/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">Posyandu {c.getValue()}</Link>{c.row.original.dusun ? <span className="block text-xs text-slate-500">Dusun {c.row.original.dusun}</span> : null}</> }),
  h.accessor("desa", { header: "Desa", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">Kec. {c.row.original.kecamatan}</span></> }),
  h.accessor("puskesmas", { header: "Puskesmas", cell: (c) => c.getValue() ?? <span className="text-slate-500">–</span> }),
  h.accessor("angkatan", { header: "Angkatan", cell: (c) => <>Angkatan {c.getValue()}<span className="block text-xs text-slate-500">Tahun {c.row.original.tahun}</span></> }),
  h.accessor("tahap", { header: "Tahap", cell: (c) => c.getValue() }),
  h.accessor("target", { header: "Target", cell: (c) => <>{c.getValue() ?? "–"}<span className="block">{c.row.original.status}</span></> }),
  h.accessor("replikasi", { header: "Replikasi", cell: (c) => (c.getValue().total ? <>{c.getValue().berjalan} dari {c.getValue().total} berjalan</> : <span className="text-slate-500">Belum ada sasaran</span>) }),
  h.accessor("skor", { header: "Skor kesiapan", cell: (c) => (c.getValue() === null ? <span className="text-slate-500">Belum ada</span> : <span className="font-semibold">{c.getValue()}</span>) }),
]);

const SORTABLE = { posyandu: "posyandu", desa: "desa", puskesmas: "puskesmas", angkatan: "angkatan", tahap: "tahap", target: "target" };

export function PercontohanTable({ rows, sort }: { rows: PercontohanTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar posyandu percontohan ILP" rowKey={(r) => r.id} testId="percontohan-table" />;
}
