import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";

/** Only what the table shows: never a hash, never a counter the admin does not need here. */
export interface PenggunaTableRow {
  id: string;
  username: string;
  nama: string;
  role: string;
  wilayah: string;
  isActive: boolean;
  isLocked: boolean;
  mustChangePassword: boolean;
  lastLogin: string | null;
}

const badge = (text: string, cls: string) => <span className={`mr-1 inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${cls}`}>{text}</span>;

const h = createColumnHelper<CoreFeatures, PenggunaTableRow>();
const columns = h.columns([
  h.accessor("username", { header: "Nama pengguna", cell: (c) => <Link href={`/pengguna/${c.row.original.id}`} className="font-mono font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> }),
  h.accessor("nama", { header: "Nama" }),
  h.accessor("role", { header: "Peran" }),
  h.accessor("wilayah", { header: "Wilayah" }),
  h.accessor("isActive", {
    header: "Status",
    cell: (c) => (
      <>
        {c.getValue() ? badge("Aktif", "bg-emerald-100 text-emerald-800") : badge("Nonaktif", "bg-slate-200 text-slate-700")}
        {c.row.original.isLocked ? badge("Terkunci", "bg-red-100 text-red-800") : null}
        {c.row.original.mustChangePassword ? badge("Belum ganti sandi", "bg-amber-100 text-amber-900") : null}
      </>
    ),
  }),
  h.accessor("lastLogin", { header: "Terakhir masuk", cell: (c) => c.getValue() ?? <span className="text-slate-500">Belum pernah</span> }),
]);

const SORTABLE = { username: "username", nama: "nama", role: "role", isActive: "status", lastLogin: "login" };

export function PenggunaTable({ rows, sort }: { rows: PenggunaTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Daftar pengguna" rowKey={(r) => r.id} testId="pengguna-table" />;
}
