import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listTindakLanjut, tindakLanjutPilihan } from "@/lib/tindak-lanjut/queries";
import { ZTindakLanjutListParams } from "@/lib/tindak-lanjut/schemas";
import { LABEL_STATUS_TL, LABEL_TINGKAT, STATUS_TINDAK_LANJUT, TINGKAT_PEMILIK } from "@/lib/supervisi/pemilik";
import { formatDateShort, formatNumber } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { TindakLanjutTable } from "@/components/tindak-lanjut/tindak-lanjut-table";

export const metadata: Metadata = { title: "Tindak lanjut supervisi" };

export default async function TindakLanjutPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const params = ZTindakLanjutListParams.parse(await searchParams);
  const [{ rows, total }, pilihan] = await Promise.all([listTindakLanjut(viewer, params), tindakLanjutPilihan(viewer, params)]);
  const filterQuery = queryOf({ q: params.q, status: params.status, tingkat: params.tingkat, milik: params.milik, terlambat: params.terlambat, puskesmas: params.puskesmas, desa: params.desa });
  const filtered = Object.keys(filterQuery).length > 0;
  const unduh = (format: string) => `/supervisi/tindak-lanjut/unduh?${new URLSearchParams({ ...filterQuery, sort: params.sort, dir: params.dir, format }).toString()}`;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Tindak lanjut supervisi"
        description={`Temuan supervisi dan rencana tindak lanjutnya di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Tindak lanjut" }]}
        actions={<LinkButton variant="secondary" href="/supervisi/tindak-lanjut/kinerja">Kinerja tindak lanjut</LinkButton>}
      />
      <section aria-label="Ringkasan" className="flex flex-wrap gap-2 text-sm" data-testid="ringkasan-tindak-lanjut">
        <Link href="/supervisi/tindak-lanjut?status=TERBUKA" className="rounded-md border border-slate-200 bg-white px-3 py-2 hover:border-brand-600">Belum selesai: <span className="font-semibold">{formatNumber(pilihan.terbuka)}</span></Link>
        <Link href="/supervisi/tindak-lanjut?terlambat=ya" className={`rounded-md border px-3 py-2 ${pilihan.terlambat ? "border-red-300 bg-red-50 font-semibold text-red-900" : "border-slate-200 bg-white"}`}>Terlambat: {formatNumber(pilihan.terlambat)}</Link>
        <Link href="/supervisi/tindak-lanjut?milik=saya&status=TERBUKA" className="rounded-md border border-slate-200 bg-white px-3 py-2 hover:border-brand-600">Milik saya</Link>
      </section>
      <FilterBar
        basePath="/supervisi/tindak-lanjut"
        q={params.q}
        placeholder="Masalah, tindakan, penanggung jawab, desa, posyandu…"
        keep={{ sort: params.sort, dir: params.dir, size: String(params.size) }}
        selects={[
          { name: "status", label: "Status", value: params.status, allLabel: "Semua status", options: [{ value: "TERBUKA", label: "Belum selesai (belum + proses)" }, ...STATUS_TINDAK_LANJUT.map((s) => ({ value: s, label: LABEL_STATUS_TL[s] }))] },
          { name: "tingkat", label: "Tingkat penanggung jawab", value: params.tingkat, allLabel: "Semua tingkat", options: TINGKAT_PEMILIK.map((t) => ({ value: t, label: LABEL_TINGKAT[t] })) },
          { name: "milik", label: "Penanggung jawab", value: params.milik, allLabel: "Semua", options: [{ value: "saya", label: "Milik saya" }] },
          { name: "terlambat", label: "Batas waktu", value: params.terlambat, allLabel: "Semua", options: [{ value: "ya", label: "Terlambat saja" }] },
          ...(pilihan.puskesmas.length > 1 ? [{ name: "puskesmas", label: "Puskesmas", value: params.puskesmas ?? pilihan.puskesmasDesa ?? undefined, allLabel: "Semua puskesmas", options: pilihan.puskesmas.map((p) => ({ value: p.id, label: p.nama })) }] : []),
          // Only the desa of one puskesmas (the chosen one, or the officer's own): a kabupaten's ~430 desa are not a list to pick from.
          ...(pilihan.desa.length > (pilihan.puskesmas.length > 1 ? 0 : 1) ? [{ name: "desa", label: "Desa", value: params.desa, allLabel: "Semua desa", options: pilihan.desa.map((p) => ({ value: p.id, label: p.nama })) }] : []),
        ]}
      />
      {pilihan.puskesmas.length > 1 && pilihan.puskesmasDesa === null && <p className="-mt-2 text-xs text-slate-600" data-testid="petunjuk-desa">Untuk menyaring per desa, pilih puskesmasnya lalu Terapkan; pilihan desanya muncul di sini. Kotak cari juga mencocokkan nama desa dan posyandu.</p>}
      {rows.length === 0 ? (
        <EmptyState title={filtered ? "Tidak ada tindak lanjut yang cocok dengan filter" : "Belum ada tindak lanjut supervisi di wilayah ini"}>
          {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : "Tindak lanjut dibuat dari temuan saat kunjungan supervisi dikirim. Setelah kunjungan pertama selesai, tindak lanjutnya muncul di sini."}
        </EmptyState>
      ) : (
        <>
          <TindakLanjutTable
            rows={rows.map((r) => ({
              id: r.id, situs: r.situs, desa: r.desa, puskesmas: r.puskesmas, kunjungan: formatDateShort(dateFromIso(r.kunjunganTanggal)), masalah: r.masalah, tindakan: r.tindakan,
              pemilik: r.pemilikNama, tingkat: LABEL_TINGKAT[r.tingkatPemilik], batas: formatDateShort(dateFromIso(r.batasWaktu)), status: r.status, hariTerlambat: r.hariTerlambat, bolehUbah: r.wewenang !== null,
            }))}
            sort={{ sort: params.sort, dir: params.dir, basePath: "/supervisi/tindak-lanjut", query: { ...filterQuery, size: String(params.size) } }}
          />
          <Pagination basePath="/supervisi/tindak-lanjut" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={total} />
          <p className="text-sm">Unduh daftar ini: <a className="text-brand-700 underline" href={unduh("csv")}>CSV</a> · <a className="text-brand-700 underline" href={unduh("xlsx")}>XLSX</a></p>
        </>
      )}
    </div>
  );
}
