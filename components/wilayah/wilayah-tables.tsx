import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import { formatNumber } from "@/lib/i18n/format";

const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
const num = (n: number) => <span className="tabular-nums">{formatNumber(n)}</span>;
const SORTABLE = { nama: "nama", kode: "kode" };

export interface KecamatanTableRow { id: string; kode: string; nama: string; desa: number; dusun: number; posyandu: number; posyanduAktif: number }

const k = createColumnHelper<CoreFeatures, KecamatanTableRow>();
const kecamatanColumns = k.columns([
  k.accessor("kode", { header: "Kode", cell: (c) => <span className="tabular-nums text-slate-600">{c.getValue()}</span> }),
  k.accessor("nama", { header: "Kecamatan", cell: (c) => <Link href={`/wilayah/kecamatan/${c.row.original.id}`} className={link}>{c.getValue()}</Link> }),
  k.accessor("desa", { header: "Desa/kel.", cell: (c) => num(c.getValue()) }),
  k.accessor("dusun", { header: "Dusun", cell: (c) => num(c.getValue()) }),
  k.accessor("posyandu", { header: "Posyandu", cell: (c) => num(c.getValue()) }),
  k.accessor("posyanduAktif", { header: "Posyandu aktif", cell: (c) => num(c.getValue()) }),
]);

export function KecamatanTable({ rows, sort }: { rows: KecamatanTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={kecamatanColumns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar kecamatan dengan jumlah desa, dusun, dan posyandu" rowKey={(r) => r.id} testId="kecamatan-table" />;
}

export interface DesaTableRow { id: string; kode: string; nama: string; isKelurahan: boolean; kecamatan: string; puskesmas: string | null; dusun: number; posyandu: number; posyanduAktif: number; pustu: number }

const d = createColumnHelper<CoreFeatures, DesaTableRow>();
const desaBase = [
  d.accessor("kode", { header: "Kode", cell: (c) => <span className="tabular-nums text-slate-600">{c.getValue()}</span> }),
  d.accessor("nama", {
    header: "Desa/kelurahan",
    cell: (c) => (
      <>
        <Link href={`/wilayah/desa/${c.row.original.id}`} className={link}>{c.getValue()}</Link>
        {c.row.original.isKelurahan ? <span className="ml-1 rounded bg-slate-200 px-1.5 py-0.5 text-xs">kelurahan</span> : null}
      </>
    ),
  }),
];
const desaCounts = [
  d.accessor("puskesmas", { header: "Puskesmas", cell: (c) => c.getValue() ?? <span className="text-slate-500">belum ada</span> }),
  d.accessor("dusun", { header: "Dusun", cell: (c) => num(c.getValue()) }),
  d.accessor("posyandu", { header: "Posyandu", cell: (c) => num(c.getValue()) }),
  d.accessor("posyanduAktif", { header: "Posyandu aktif", cell: (c) => num(c.getValue()) }),
  d.accessor("pustu", { header: "Pustu", cell: (c) => num(c.getValue()) }),
];
const desaColumns = d.columns([...desaBase, ...desaCounts]);
const desaColumnsWithKecamatan = d.columns([...desaBase, d.accessor("kecamatan", { header: "Kecamatan" }), ...desaCounts]);

export function DesaTable({ rows, sort, showKecamatan = false }: { rows: DesaTableRow[]; sort: Omit<ServerSort, "sortable">; showKecamatan?: boolean }) {
  return <DataTable data={rows} columns={showKecamatan ? desaColumnsWithKecamatan : desaColumns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar desa/kelurahan dengan jumlah dusun, posyandu, dan pustu" rowKey={(r) => r.id} testId="desa-table" />;
}

export interface PuskesmasTableRow { id: string; kode: string | null; nama: string; kecamatan: string; lokasi: string; desa: number; posyandu: number; posyanduAktif: number; pustu: number }

const p = createColumnHelper<CoreFeatures, PuskesmasTableRow>();
const puskesmasColumns = p.columns([
  p.accessor("nama", { header: "Puskesmas", cell: (c) => <><Link href={`/wilayah/puskesmas/${c.row.original.id}`} className={link}>{c.getValue()}</Link>{c.row.original.kode ? <span className="block text-xs text-slate-500">Kode {c.row.original.kode}</span> : null}</> }),
  p.accessor("kecamatan", { header: "Kecamatan" }),
  p.accessor("lokasi", { header: "Lokasi (desa)" }),
  p.accessor("desa", { header: "Desa wilayah kerja", cell: (c) => num(c.getValue()) }),
  p.accessor("posyandu", { header: "Posyandu", cell: (c) => num(c.getValue()) }),
  p.accessor("posyanduAktif", { header: "Posyandu aktif", cell: (c) => num(c.getValue()) }),
  p.accessor("pustu", { header: "Pustu", cell: (c) => num(c.getValue()) }),
]);

export function PuskesmasTable({ rows, sort }: { rows: PuskesmasTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={puskesmasColumns} sort={{ ...sort, sortable: { nama: "nama", kecamatan: "kode" } }} caption="Daftar puskesmas dengan wilayah kerja, posyandu, dan pustu" rowKey={(r) => r.id} testId="puskesmas-table" />;
}
