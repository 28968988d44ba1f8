import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { todayInJakarta } from "@/lib/i18n/format";
import { listSasaran, posyanduChoices } from "@/lib/sasaran/queries";
import { STATUS_IBU, STATUS_IBU_LABEL, ZSasaranListParams } from "@/lib/sasaran/schemas";
import { KELOMPOK_OPTIONS } from "@/lib/sasaran/kelompok-sql";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar, type FilterSelect } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { SasaranTable } from "@/components/sasaran/sasaran-table";
import { toTableRow } from "@/components/sasaran/rows";

export const metadata: Metadata = { title: "Sasaran" };

export default async function SasaranListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.read")) notFound();
  const raw = await searchParams;
  const params = ZSasaranListParams.parse(raw);
  const hari = todayInJakarta();
  const wide = viewer.role !== "KADER";
  const [{ rows, total }, posyandu] = await Promise.all([listSasaran(viewer, params, hari), wide ? posyanduChoices(viewer) : []]);
  const filterQuery = queryOf({ q: params.q, posyanduId: params.posyanduId, kelompok: params.kelompok, status: params.status, aktif: params.aktif === "tidak" ? "tidak" : undefined });
  const filtered = Object.keys(filterQuery).length > 0;
  const manage = can(viewer, "sasaran.manage");
  const selects: FilterSelect[] = [
    ...(wide ? [{ name: "posyanduId", label: "Posyandu", value: params.posyanduId, allLabel: "Semua posyandu", options: posyandu.map((p) => ({ value: p.id, label: viewer.role === "BIDAN_DESA" ? p.nama : `${p.nama} — ${p.desa.nama}` })) }] : []),
    { name: "kelompok", label: "Kelompok (hari ini)", value: params.kelompok, allLabel: "Semua kelompok", options: KELOMPOK_OPTIONS },
    { name: "status", label: "Status ibu", value: params.status, allLabel: "Semua", options: STATUS_IBU.map((s) => ({ value: s, label: STATUS_IBU_LABEL[s] })) },
    { name: "aktif", label: "Keaktifan", value: params.aktif === "tidak" ? "tidak" : "", allLabel: "Aktif", options: [{ value: "tidak", label: "Pindah/meninggal" }] },
  ];
  const sortKey = params.sort ?? "nama";
  return (
    <div>
      <PageHeader
        title="Sasaran"
        description={`Orang yang dilayani posyandu di wilayah ${viewer.areaLabel}: bayi, balita, anak, remaja, dewasa, lansia, dan ibu hamil. NIK ditampilkan tersamar.`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Sasaran" }]}
        actions={manage ? (
          <>
            <LinkButton href="/sasaran/baru">Daftarkan sasaran</LinkButton>
            <LinkButton href="/sasaran/impor" variant="secondary">Impor</LinkButton>
            <LinkButton href="/sasaran/target" variant="secondary">Target tahunan</LinkButton>
          </>
        ) : null}
      />
      {typeof raw.diimpor === "string" ? <div className="mb-4"><Alert tone="success">{`${Number(raw.diimpor) || 0} sasaran sudah diimpor.`}</Alert></div> : null}
      <FilterBar basePath="/sasaran" q={params.q} searchLabel="Cari nama atau NIK" placeholder="Nama (ejaan boleh beda) atau 16 angka NIK…" keep={{ ...(params.sort ? { sort: params.sort } : {}), dir: params.dir, size: String(params.size) }} selects={selects} />
      {params.q ? <p className="mb-2 text-xs text-slate-600">Pencarian memaafkan ejaan lama dan salah ketik (Soekarno = Sukarno, Muhamad = Muhammad); yang paling mirip di atas.</p> : null}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada sasaran yang cocok" : "Belum ada sasaran terdaftar"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : manage ? "Pilih Daftarkan sasaran untuk mencatat satu orang, atau Impor untuk memasukkan daftar dari berkas CSV/XLSX." : "Kader dan bidan desa mendaftarkan sasaran posyandu."}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600" data-testid="sasaran-total">{total} orang</p>
          <SasaranTable rows={rows.map((r) => toTableRow(r, hari))} showPosyandu={wide} sort={{ sort: sortKey, dir: params.dir, basePath: "/sasaran", query: { ...filterQuery, size: String(params.size) } }} />
          <Pagination basePath="/sasaran" query={{ ...filterQuery, ...(params.sort ? { sort: params.sort } : {}), dir: params.dir }} page={params.page} size={params.size} total={total} />
        </>
      )}
    </div>
  );
}
