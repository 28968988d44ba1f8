import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures } from "@/components/data-table/data-table";

export interface SaranTableRow { id: string; nama: string; desa: string; kecamatan: string; terakhir: string | null; berikutnya: string | null; alasan: string[]; tambah: string | null }

const h = createColumnHelper<CoreFeatures, SaranTableRow>();
const columns = h.columns([
  h.accessor("nama", { header: "Posyandu", cell: (c) => <><Link href={`/posyandu/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">Posyandu {c.getValue()}</Link><span className="block text-xs text-slate-600">Desa {c.row.original.desa}, Kec. {c.row.original.kecamatan}</span></> }),
  h.accessor("terakhir", { header: "Supervisi terakhir", cell: (c) => c.getValue() ?? <span className="font-semibold text-red-800">Belum pernah</span> }),
  h.accessor("berikutnya", { header: "Sudah direncanakan", cell: (c) => c.getValue() ?? <span className="text-slate-500">–</span> }),
  h.accessor("alasan", { header: "Alasan disarankan", cell: (c) => (c.getValue().length ? <ul className="list-disc pl-4">{c.getValue().map((a) => <li key={a}>{a}</li>)}</ul> : <span className="text-slate-500">–</span>) }),
  h.accessor("tambah", { header: "Tindakan", cell: (c) => (c.getValue() ? <Link href={c.getValue()!} className="font-semibold text-brand-700 hover:underline">Tambahkan ke rencana<span className="sr-only">: Posyandu {c.row.original.nama}</span></Link> : null) }),
]);

/** The order is fixed (never visited first, or most reasons first), so no column sorts. */
export function SaranTable({ rows }: { rows: SaranTableRow[] }) {
  return <DataTable data={rows} columns={columns} sort={{ sortable: {}, sort: "", dir: "asc", query: {}, basePath: "/supervisi/rencana/saran" }} caption="Posyandu menurut supervisi terakhir, dengan alasan disarankan" rowKey={(r) => r.id} testId="saran-table" />;
}
