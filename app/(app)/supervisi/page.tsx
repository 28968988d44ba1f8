import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { kunjunganBulan, listKunjungan, rekapTahun } from "@/lib/rencana/queries-kalender";
import { STATUS_KUNJUNGAN, ZSupervisiParams } from "@/lib/rencana/schemas";
import { formatDateShort, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { monthBounds } from "@/lib/supervisi/jadwal-kunjungan";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { Kalender, NAMA_BULAN, RekapTahun } from "@/components/rencana/kalender";
import { KunjunganTable } from "@/components/rencana/kunjungan-table";
import { STATUS_CLASS, STATUS_LABEL } from "@/components/rencana/status-badge";

export const metadata: Metadata = { title: "Supervisi" };

const tab = (active: boolean) => `inline-flex min-h-11 items-center rounded-md px-4 text-sm font-semibold ${active ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`;

/** The supervision home: a month's calendar (?bulan=2025-03) or the list (?tampilan=daftar), and planned vs done per month. */
export default async function SupervisiPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const today = todayInJakarta();
  const params = ZSupervisiParams(today.slice(0, 7)).parse(await searchParams);
  const tahun = Number(params.bulan.slice(0, 4));
  const nav = monthBounds(params.bulan);
  const daftar = params.tampilan === "daftar";
  const [perHari, rekap, list] = await Promise.all([
    daftar ? null : kunjunganBulan(viewer, params.bulan),
    daftar ? null : rekapTahun(viewer, tahun),
    daftar ? listKunjungan(viewer, params) : null,
  ]);
  const filterQuery = queryOf({ tampilan: "daftar", q: params.q, status: params.status, tanggal: params.tanggal });
  const filtered = !!(params.q || params.status || params.tanggal);
  const monthTotal = perHari ? [...perHari.values()].reduce((n, d) => n + d.total, 0) : 0;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Supervisi"
        description={viewer.role === "KADER" ? "Hasil supervisi posyandu Anda yang sudah dikirim." : `Kunjungan supervisi di wilayah ${viewer.areaLabel}`}
        crumbs={[{ href: "/", label: "Beranda" }, { label: "Supervisi" }]}
        actions={
          <>
            {viewer.role !== "KADER" ? <LinkButton variant="secondary" href="/supervisi/rencana">Rencana</LinkButton> : null}
            {viewer.role !== "KADER" ? <LinkButton variant="secondary" href="/supervisi/rencana/saran">Lokasi yang disarankan</LinkButton> : null}
            <LinkButton variant="secondary" href="/supervisi/tindak-lanjut" prefetch={false}>Tindak lanjut</LinkButton>
            {viewer.role !== "KADER" ? <LinkButton variant="secondary" href="/supervisi/tren" prefetch={false}>Tren</LinkButton> : null}
            {can(viewer, "katalog.manage") ? <LinkButton variant="secondary" href="/supervisi/instrumen" prefetch={false}>Instrumen</LinkButton> : null}
            {can(viewer, "supervisi.plan") ? <LinkButton href="/supervisi/rencana/baru">Buat rencana</LinkButton> : null}
          </>
        }
      />
      <nav aria-label="Tampilan" className="flex gap-2">
        <Link href={`/supervisi?bulan=${params.bulan}`} className={tab(!daftar)} aria-current={!daftar ? "page" : undefined}>Kalender</Link>
        <Link href="/supervisi?tampilan=daftar" className={tab(daftar)} aria-current={daftar ? "page" : undefined}>Daftar</Link>
      </nav>
      {!daftar && perHari && rekap ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/supervisi?bulan=${nav.sebelum}`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100"><span className="sr-only">Bulan sebelumnya: </span>‹ {NAMA_BULAN[Number(nav.sebelum.slice(5))]}</Link>
            <h2 className="text-lg font-semibold" data-testid="bulan-kalender">{NAMA_BULAN[Number(params.bulan.slice(5))]} {tahun}</h2>
            <Link href={`/supervisi?bulan=${nav.sesudah}`} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm hover:bg-slate-100"><span className="sr-only">Bulan berikutnya: </span>{NAMA_BULAN[Number(nav.sesudah.slice(5))]} ›</Link>
          </div>
          <p className="flex flex-wrap gap-2 text-xs" aria-label="Keterangan warna">
            {STATUS_KUNJUNGAN.map((s) => <span key={s} className={`rounded border px-2 py-0.5 ${STATUS_CLASS[s]}`}>{STATUS_LABEL[s]}</span>)}
          </p>
          {monthTotal === 0 ? (
            <EmptyState title={`Belum ada kunjungan pada ${NAMA_BULAN[Number(params.bulan.slice(5))]} ${tahun}`}>
              {viewer.role === "KADER" ? "Hasil supervisi posyandu Anda tampil di sini setelah dikirim." : can(viewer, "supervisi.plan") ? "Buka Rencana untuk menambah kunjungan, atau pindah ke bulan lain." : "Pindah ke bulan lain, atau lihat tampilan Daftar."}
            </EmptyState>
          ) : null}
          <Kalender bulan={params.bulan} perHari={perHari} today={today} />
          <Card title={`Rencana dan realisasi per bulan, ${tahun}`}>
            <RekapTahun tahun={tahun} rekap={rekap} />
          </Card>
        </>
      ) : null}
      {daftar && list ? (
        <>
          <FilterBar
            basePath="/supervisi"
            q={params.q}
            placeholder="Posyandu, desa, atau nama rencana…"
            keep={{ tampilan: "daftar", sort: params.sort, dir: params.dir, size: String(params.size), ...(params.tanggal ? { tanggal: params.tanggal } : {}) }}
            selects={[{ name: "status", label: "Status", value: params.status, allLabel: "Semua status", options: STATUS_KUNJUNGAN.map((s) => ({ value: s, label: STATUS_LABEL[s] })) }]}
          />
          {params.tanggal ? <p className="text-sm">Tanggal {formatDateShort(dateFromIso(params.tanggal))} · <Link href="/supervisi?tampilan=daftar" className="text-brand-700 hover:underline">semua tanggal</Link></p> : null}
          {list.rows.length === 0 ? (
            <EmptyState title={filtered ? "Tidak ada kunjungan yang cocok" : "Belum ada kunjungan supervisi"}>
              {filtered ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : can(viewer, "supervisi.plan") ? "Buat rencana, lalu tambahkan kunjungan ke posyandu atau desa." : "Kunjungan tampil di sini setelah direncanakan."}
            </EmptyState>
          ) : (
            <>
              <KunjunganTable
                rows={list.rows.map((r) => ({ ...r, tanggal: formatDateShort(dateFromIso(r.tanggal)) }))}
                sort={{ sort: params.sort, dir: params.dir, basePath: "/supervisi", query: { ...filterQuery, size: String(params.size) } }}
              />
              <Pagination basePath="/supervisi" query={{ ...filterQuery, sort: params.sort, dir: params.dir }} page={params.page} size={params.size} total={list.total} />
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
