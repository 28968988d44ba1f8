import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import { LevelBadge } from "./level-badge";
import type { Level } from "@/lib/kader/level-label";

export interface KaderTableRow {
  id: string;
  nama: string;
  nikMasked: string | null;
  posyandu: string;
  desa: string;
  jabatan: string;
  level: Level | null;
  levelAlasan: string | null;
  tahunMulai: number | null;
  isActive: boolean;
}

const h = createColumnHelper<CoreFeatures, KaderTableRow>();
const nama = h.accessor("nama", { header: "Nama", cell: (c) => <><Link href={`/kader/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link>{c.row.original.nikMasked ? <span className="block font-mono text-xs text-slate-500">{c.row.original.nikMasked}</span> : null}</> });
const posyandu = h.accessor("posyandu", { header: "Posyandu", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">Desa {c.row.original.desa}</span></> });
const rest = [
  h.accessor("jabatan", { header: "Jabatan" }),
  h.accessor("level", { header: "Tingkat", cell: (c) => <LevelBadge level={c.getValue()} alasan={c.row.original.levelAlasan} /> }),
  h.accessor("tahunMulai", { header: "Mulai", cell: (c) => c.getValue() ?? <span className="text-slate-500">–</span> }),
  h.accessor("isActive", { header: "Status", cell: (c) => (c.getValue() ? <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Aktif</span> : <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">Tidak aktif</span>) }),
];
const withPosyandu = h.columns([nama, posyandu, ...rest]);
const ofOnePosyandu = h.columns([nama, ...rest]);

const SORTABLE = { nama: "nama", posyandu: "posyandu", jabatan: "jabatan", level: "level", tahunMulai: "tahunMulai" };

/** Kaders with level badges; `showPosyandu` on the list of the whole area. */
export function KaderTable({ rows, sort, showPosyandu }: { rows: KaderTableRow[]; sort: Omit<ServerSort, "sortable">; showPosyandu: boolean }) {
  return <DataTable data={rows} columns={showPosyandu ? withPosyandu : ofOnePosyandu} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar kader" rowKey={(r) => r.id} testId="kader-table" />;
}
