import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getDesa } from "@/lib/wilayah/queries";
import { deleteDesaAction } from "@/lib/wilayah/actions";
import { jadwalLabel } from "@/lib/posyandu/jadwal";
import { orNotFound } from "@/lib/pages";
import { formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";
import { WilayahStats } from "@/components/wilayah/stats";

export const metadata: Metadata = { title: "Desa" };

const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
const SAVED: Record<string, string> = { "1": "Perubahan sudah disimpan.", dusun: "Dusun sudah ditambahkan." };

export default async function DesaPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string; dihapus?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const d = await orNotFound(getDesa(viewer, id));
  const history = await auditHistory(viewer, "desa", id);
  const manage = can(viewer, "wilayah.manage");
  const jenis = d.isKelurahan ? "Kelurahan" : "Desa";
  const aktif = d.posyandu.filter((p) => p.isActive).length;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`${jenis} ${d.nama}`}
        description={<>Kode {d.kode} · Kec. {d.kecamatan.nama} · {d.puskesmas ? <>wilayah kerja <Link className={link} href={`/wilayah/puskesmas/${d.puskesmas.id}`}>{d.puskesmas.nama}</Link></> : "belum masuk wilayah kerja puskesmas"}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/kecamatan/${d.kecamatan.id}`, label: `Kec. ${d.kecamatan.nama}` }, { label: `${jenis} ${d.nama}` }]}
        actions={manage ? (
          <>
            <LinkButton variant="secondary" href={`/wilayah/desa/${d.id}/ubah`}>Ubah nama</LinkButton>
            <LinkButton variant="secondary" href={`/wilayah/pustu/baru?desaId=${d.id}`}>Tambah pustu</LinkButton>
            <LinkButton href={`/wilayah/dusun/baru?desaId=${d.id}`}>Tambah dusun</LinkButton>
          </>
        ) : null}
      />
      {sp.disimpan ? <Alert tone="success">{SAVED[sp.disimpan] ?? SAVED["1"]}</Alert> : null}
      {sp.dihapus ? <Alert tone="success">Data sudah dihapus.</Alert> : null}
      <WilayahStats items={[
        { label: "Dusun", value: d.dusun.length },
        { label: "Posyandu", value: d.posyandu.length },
        { label: "Posyandu aktif", value: aktif },
        { label: "Pustu", value: d.pustu.length },
      ]} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={`Posyandu (${formatNumber(d.posyandu.length)})`} actions={can(viewer, "posyandu.create") ? <Link className="text-sm text-brand-700 underline" href={`/posyandu/baru?desaId=${d.id}`}>Tambah posyandu</Link> : null}>
          {d.posyandu.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada posyandu di desa ini.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="desa-posyandu">
              {d.posyandu.map((p) => (
                <li key={p.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <span>
                    <Link href={`/posyandu/${p.id}`} className={link}>{p.nama}</Link>
                    {p.dusun ? <span className="text-slate-600"> · Dusun {p.dusun.nama}</span> : null}
                    <span className="block text-xs text-slate-600">{jadwalLabel({ mingguKe: p.jadwalMingguKe, hari: p.jadwalHari })}</span>
                  </span>
                  {p.isActive ? <span className="rounded bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">Aktif</span> : <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">Tidak aktif</span>}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={`Dusun (${formatNumber(d.dusun.length)})`} actions={manage ? <Link className="text-sm text-brand-700 underline" href={`/wilayah/dusun/baru?desaId=${d.id}`}>Tambah dusun</Link> : null}>
          {d.dusun.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada data dusun.{manage ? " Pilih Tambah dusun untuk menambahkannya." : ""}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="desa-dusun">
              {d.dusun.map((x) => (
                <li key={x.id} className="flex justify-between gap-2 py-2">
                  <Link href={`/wilayah/dusun/${x.id}`} className={link}>{x.nama}</Link>
                  <span className="text-slate-600">{formatNumber(x._count.posyandu)} posyandu</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Pustu" actions={manage ? <Link className="text-sm text-brand-700 underline" href={`/wilayah/pustu/baru?desaId=${d.id}`}>Tambah pustu</Link> : null}>
          {d.pustu.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada pustu di desa ini.</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="desa-pustu">
              {d.pustu.map((p) => <li key={p.id}><Link href={`/wilayah/pustu/${p.id}`} className={link}>{p.nama}</Link> <span className="text-slate-600">· induk {p.puskesmas.nama}</span></li>)}
            </ul>
          )}
        </Card>
        <Card title="Puskesmas">
          <dl className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="text-slate-600">Wilayah kerja</dt>
            <dd>{d.puskesmas ? <Link href={`/wilayah/puskesmas/${d.puskesmas.id}`} className={link}>{d.puskesmas.nama}</Link> : "Belum ada"}</dd>
            <dt className="text-slate-600">Berlokasi di desa ini</dt>
            <dd>{d.lokasiPkm.length ? d.lokasiPkm.map((p, i) => <span key={p.id}>{i ? ", " : ""}<Link href={`/wilayah/puskesmas/${p.id}`} className={link}>{p.nama}</Link></span>) : "–"}</dd>
          </dl>
        </Card>
      </div>
      {history ? <Card title="Riwayat perubahan"><History entries={history} labels={{ nama: "Nama", kode: "Kode", puskesmasId: "Puskesmas" }} /></Card> : null}
      {manage ? (
        <Card title={`Hapus ${jenis.toLowerCase()}`}>
          <p className="mb-3 text-sm text-slate-600">Desa hanya dapat dihapus bila tidak ada lagi dusun, posyandu, pustu, puskesmas, atau akun pengguna yang terhubung.</p>
          <ConfirmDelete action={deleteDesaAction} id={d.id} label={`Hapus ${jenis.toLowerCase()}`} what={`${jenis} ${d.nama}`} />
        </Card>
      ) : null}
    </div>
  );
}
