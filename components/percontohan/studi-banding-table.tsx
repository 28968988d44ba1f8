import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

export interface StudiBandingTableRow {
  id: string;
  tanggal: string;
  direncanakan: boolean;
  asal: string;
  jumlahPeserta: number;
  tujuan: string | null;
  percontohanId: string;
  posyandu: string;
  desa: string;
}

const h = createColumnHelper<CoreFeatures, StudiBandingTableRow>();
const columns = h.columns([
  h.accessor("tanggal", { header: "Tanggal", cell: (c) => <>{c.getValue()}{c.row.original.direncanakan ? <span className="block text-xs font-semibold text-sky-800">Direncanakan</span> : null}</> }),
  h.accessor("asal", { header: "Asal rombongan", cell: (c) => <span className="font-medium">{c.getValue()}</span> }),
  h.accessor("jumlahPeserta", { header: "Peserta", cell: (c) => `${c.getValue()} orang` }),
  h.accessor("posyandu", { header: "Percontohan yang dikunjungi", cell: (c) => <><Link href={`/percontohan/${c.row.original.percontohanId}#studi-banding`} className="text-brand-700 underline-offset-2 hover:underline">Posyandu {c.getValue()}</Link><span className="block text-xs text-slate-500">Desa {c.row.original.desa}</span></> }),
  h.accessor("tujuan", { header: "Tujuan", cell: (c) => c.getValue() ?? <span className="text-slate-500">–</span> }),
]);

const SORTABLE = { tanggal: "tanggal", asal: "asal", jumlahPeserta: "peserta", posyandu: "posyandu" };

export function StudiBandingTable({ rows, sort }: { rows: StudiBandingTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar studi banding" rowKey={(r) => r.id} testId="studi-banding-table" />;
}
