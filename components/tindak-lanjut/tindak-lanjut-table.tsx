import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import type { StatusTindakLanjut } from "@/lib/supervisi/pemilik";
import { StatusTLBadge, TerlambatLabel } from "./badges";

export interface TindakLanjutTableRow {
  id: string;
  situs: string;
  desa: string;
  puskesmas: string | null;
  kunjungan: string;
  masalah: string;
  tindakan: string;
  pemilik: string;
  tingkat: string;
  batas: string;
  status: StatusTindakLanjut;
  hariTerlambat: number;
  bolehUbah: boolean;
}

const h = createColumnHelper<CoreFeatures, TindakLanjutTableRow>();
const columns = h.columns([
  h.accessor("situs", { header: "Sasaran", cell: (c) => <><span className="font-medium">{c.getValue()}</span><span className="block text-xs text-slate-500">Desa {c.row.original.desa}{c.row.original.puskesmas ? ` · ${c.row.original.puskesmas}` : ""}</span><span className="block text-xs text-slate-500">Kunjungan {c.row.original.kunjungan}</span></> }),
  h.accessor("masalah", { header: "Masalah dan tindakan", cell: (c) => <><Link href={`/supervisi/tindak-lanjut/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link><span className="block text-sm text-slate-700">{c.row.original.tindakan}</span></> }),
  h.accessor("pemilik", { header: "Penanggung jawab", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">Tingkat {c.row.original.tingkat}</span></> }),
  h.accessor("batas", { header: "Batas waktu", cell: (c) => <>{c.getValue()}<span className="block"><TerlambatLabel hari={c.row.original.hariTerlambat} /></span></> }),
  h.accessor("status", { header: "Status", cell: (c) => <><StatusTLBadge status={c.getValue()} />{c.row.original.bolehUbah ? <Link href={`/supervisi/tindak-lanjut/${c.row.original.id}#perbarui`} className="mt-1 block text-sm text-brand-700 underline">Perbarui</Link> : null}</> }),
]);

const SORTABLE = { situs: "situs", batas: "batas", status: "status", pemilik: "tingkat" };

export function TindakLanjutTable({ rows, sort }: { rows: TindakLanjutTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar tindak lanjut supervisi" rowKey={(r) => r.id} testId="tindak-lanjut-table" />;
}
