import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type CoreFeatures, type ServerSort } from "@/components/data-table/data-table";
import { KategoriBadge, TrenArrow } from "./kategori-badge";
import type { KategoriKesiapan } from "@/lib/kesiapan/kategori";

export interface KesiapanTableRow {
  id: string;
  nama: string;
  desa: string;
  kecamatan: string;
  skor: number | null;
  kategori: KategoriKesiapan | null;
  tren: "naik" | "turun" | "tetap" | null;
  skorSebelum: number | null;
  kekurangan: { pesan: string; href: string }[];
  jumlahKekurangan: number;
}

const h = createColumnHelper<CoreFeatures, KesiapanTableRow>();
const columns = h.columns([
  h.accessor("nama", { header: "Posyandu", cell: (c) => <Link href={`/posyandu/${c.row.original.id}#kesiapan`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{c.getValue()}</Link> }),
  h.accessor("desa", { header: "Desa", cell: (c) => <>{c.getValue()}<span className="block text-xs text-slate-500">Kec. {c.row.original.kecamatan}</span></> }),
  h.accessor("skor", { header: "Skor", cell: (c) => (c.getValue() === null ? <span className="text-slate-500">–</span> : <span className="font-semibold tabular-nums">{c.getValue()}</span>) }),
  h.accessor("kategori", { header: "Kategori", cell: (c) => <KategoriBadge kategori={c.getValue()} /> }),
  h.accessor("tren", { header: "Tren", cell: (c) => <TrenArrow tren={c.getValue()} sebelum={c.row.original.skorSebelum} /> }),
  h.accessor("kekurangan", {
    header: "Yang kurang (teratas)",
    cell: (c) => {
      const items = c.getValue();
      const more = c.row.original.jumlahKekurangan - items.length;
      if (!items.length) return <span className="text-sm text-slate-500">{c.row.original.skor === null ? "Belum ada data" : "Tidak ada"}</span>;
      return (
        <ul className="list-disc pl-4 text-sm">
          {items.map((k, i) => <li key={i}><Link href={k.href} className="underline-offset-2 hover:underline">{k.pesan}</Link></li>)}
          {more > 0 ? <li className="list-none text-xs text-slate-500">dan {more} lainnya</li> : null}
        </ul>
      );
    },
  }),
]);

const SORTABLE = { nama: "nama", desa: "desa", skor: "skor", tren: "tren" };

export function KesiapanTable({ rows, sort }: { rows: KesiapanTableRow[]; sort: Omit<ServerSort, "sortable"> }) {
  return <DataTable data={rows} columns={columns} sort={{ ...sort, sortable: SORTABLE }} caption="Kesiapan ILP per posyandu" rowKey={(r) => r.id} testId="kesiapan-table" />;
}
