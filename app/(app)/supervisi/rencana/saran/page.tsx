import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { listLokasiSaran } from "@/lib/rencana/queries-saran";
import { rencanaKelola } from "@/lib/rencana/queries";
import { ZSaranParams } from "@/lib/rencana/schemas";
import { formatDateShort, formatNumber, todayInJakarta } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { quarterLabel } from "@/lib/supervisi/jadwal-kunjungan";
import { ATURAN_SARAN, tanpaDataHariBuka } from "@/lib/supervisi/saran";
import { PageHeader } from "@/components/ui/page-header";
import { FilterBar } from "@/components/ui/filter-bar";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { SaranTable } from "@/components/rencana/saran-table";

export const metadata: Metadata = { title: "Lokasi supervisi yang disarankan" };

/** Posyandu never or longest unvisited, with the suggestion rules' reasons; one click to add one to a plan (?rencana=). */
export default async function SaranPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const params = ZSaranParams.parse(await searchParams);
  const today = todayInJakarta();
  const [data, plans] = await Promise.all([listLokasiSaran(viewer, params, today), rencanaKelola(viewer)]);
  const target = plans.find((p) => p.id === params.rencana) ?? plans[0] ?? null;
  const filterQuery = queryOf({ q: params.q, hanya: params.hanya === "saran" ? "saran" : undefined, rencana: params.rencana });
  const a = data.aturan;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Lokasi supervisi yang disarankan"
        description={`Posyandu aktif di wilayah ${viewer.areaLabel}: yang belum pernah disupervisi lebih dulu, lalu yang paling lama tidak dikunjungi.`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: "/supervisi/rencana", label: "Rencana" }, { label: "Saran lokasi" }]}
      />
      <section aria-label="Ringkasan" className="flex flex-wrap gap-2 text-sm" data-testid="ringkasan-saran">
        <span className="rounded-md border border-slate-200 bg-white px-3 py-2">Belum pernah disupervisi: <span className="font-semibold">{formatNumber(data.belumPernah)}</span></span>
        <Link href="/supervisi/rencana/saran?hanya=saran" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 hover:border-amber-500">Disarankan dengan alasan: <span className="font-semibold">{formatNumber(data.jumlahSaran)}</span></Link>
      </section>
      <Card title="Aturan saran">
        <ul className="list-disc pl-5 text-sm text-slate-700">
          <li>Skor kesiapan turun paling sedikit {a.turunMinimal} poin dari skor sebelumnya, atau kategori belum siap.</li>
          <li>Posyandu percontohan yang targetnya tinggal {a.hariTargetPercontohan} hari atau kurang (atau sudah lewat) dan belum berjalan.</li>
          <li>Tindak lanjut supervisi yang belum selesai dan sudah lewat batas waktunya.</li>
          <li>{tanpaDataHariBuka(a)}</li>
        </ul>
        <p className="mt-2 text-xs text-slate-600">{data.diubah ? "Nilai diatur kabupaten." : "Nilai bawaan."} Sumber: {ATURAN_SARAN.sumber}</p>
      </Card>
      {can(viewer, "supervisi.plan") ? (
        plans.length ? (
          <form method="get" action="/supervisi/rencana/saran" className="flex flex-wrap items-end gap-2 text-sm">
            {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
            {params.hanya === "saran" ? <input type="hidden" name="hanya" value="saran" /> : null}
            <label className="flex w-full min-w-0 flex-col gap-1 sm:w-auto">
              <span className="font-medium">Tambahkan ke rencana</span>
              <select name="rencana" defaultValue={target?.id} className="min-h-11 w-full max-w-full rounded-md border border-slate-300 bg-white px-3 sm:max-w-md">
                {plans.map((p) => <option key={p.id} value={p.id}>{p.nama} ({quarterLabel(p.tahun, p.triwulan)})</option>)}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 font-semibold hover:bg-slate-100">Pilih rencana</button>
          </form>
        ) : (
          <p className="text-sm text-slate-700">Belum ada rencana untuk ditambahi. <Link href="/supervisi/rencana/baru" className="text-brand-700 hover:underline">Buat rencana</Link> dulu.</p>
        )
      ) : null}
      <FilterBar
        basePath="/supervisi/rencana/saran"
        q={params.q}
        placeholder="Posyandu, desa, atau kecamatan…"
        keep={{ size: String(params.size), ...(params.rencana ? { rencana: params.rencana } : {}) }}
        selects={[{ name: "hanya", label: "Tampilkan", value: params.hanya === "saran" ? "saran" : undefined, allLabel: "Semua posyandu", options: [{ value: "saran", label: "Hanya yang disarankan" }] }]}
      />
      {data.rows.length === 0 ? (
        <EmptyState title={params.q || params.hanya === "saran" ? "Tidak ada posyandu yang cocok" : "Belum ada posyandu aktif di wilayah ini"}>
          {params.q || params.hanya === "saran" ? "Ubah kata kunci atau filter, atau pilih Atur ulang." : "Tambahkan posyandu di menu Posyandu."}
        </EmptyState>
      ) : (
        <>
          <SaranTable
            rows={data.rows.map((r) => ({
              id: r.id, nama: r.nama, desa: r.desa, kecamatan: r.kecamatan,
              terakhir: r.terakhir ? `${formatDateShort(dateFromIso(r.terakhir))} (${formatNumber(r.hariSejak!)} hari lalu)` : null,
              berikutnya: r.berikutnya ? formatDateShort(dateFromIso(r.berikutnya)) : null,
              alasan: r.alasan.map((x) => x.teks),
              tambah: target ? `/supervisi/rencana/${target.id}/kunjungan/baru?posyanduId=${r.id}` : null,
            }))}
          />
          <Pagination basePath="/supervisi/rencana/saran" query={filterQuery} page={params.page} size={params.size} total={data.total} />
        </>
      )}
    </div>
  );
}
