import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

export interface KelengkapanTableRow {
  id: string;
  nama: string;
  desa: string;
  dusun: string | null;
  cukup: number;
  total: number;
  kurang: string[];
  prasarana: number;
}

const SHOWN = 3;
const h = createColumnHelper<CoreFeatures, KelengkapanTableRow>();
const columns = h.columns([
  h.accessor("nama", { header: "Posyandu", cell: (c) => <Link href={`/posyandu/${c.row.original.id}/sarana`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> }),
  h.accessor("desa", { header: "Desa", cell: (c) => <>{c.getValue()}{c.row.original.dusun ? <span className="block text-xs text-slate-500">Dusun {c.row.original.dusun}</span> : null}</> }),
  h.accessor("cukup", {
    id: "kurang",
    header: "Alat cukup",
    cell: (c) => {
      const { cukup, total } = c.row.original;
      return <span className={cukup < total ? "font-semibold text-amber-900" : "font-semibold text-emerald-800"}>{cukup} dari {total}</span>;
    },
  }),
  h.accessor("prasarana", { header: "Prasarana", cell: (c) => `${c.getValue()} dari 5` }),
  h.accessor("kurang", {
    id: "daftarKurang",
    header: "Yang kurang",
    cell: (c) => {
      const list = c.getValue();
      if (!list.length) return <span className="text-slate-500">–</span>;
      return <>{list.slice(0, SHOWN).join(", ")}{list.length > SHOWN ? <span className="text-slate-500"> dan {list.length - SHOWN} lainnya</span> : null}</>;
    },
  }),
]);

const SORTABLE = { nama: "nama", desa: "desa", kurang: "kurang" };

/** The scope's posyandu by kit completeness; sorted on the server (the URL holds the state). */
export function KelengkapanTable({ rows, sort }: { rows: KelengkapanTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Kelengkapan sarana per posyandu" rowKey={(r) => r.id} testId="kelengkapan-table" />;
}
