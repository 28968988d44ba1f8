import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPuskesmas } from "@/lib/wilayah/queries";
import { deletePuskesmasAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";
import { WilayahStats } from "@/components/wilayah/stats";

export const metadata: Metadata = { title: "Puskesmas" };

const link = "font-medium text-brand-700 underline-offset-2 hover:underline";

export default async function PuskesmasPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const p = await orNotFound(getPuskesmas(viewer, id));
  const history = await auditHistory(viewer, "puskesmas", id);
  const manage = can(viewer, "wilayah.manage");
  const sum = (k: "posyandu" | "posyanduAktif" | "dusun") => p.catchment.reduce((n, d) => n + d[k], 0);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={p.nama}
        description={<>{p.kode ? `Kode ${p.kode} · ` : ""}Kec. {p.kecamatan.nama} · di Desa <Link className={link} href={`/wilayah/desa/${p.desa.id}`}>{p.desa.nama}</Link>{p.alamat ? ` · ${p.alamat}` : ""}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { href: "/wilayah/puskesmas", label: "Puskesmas" }, { label: p.nama }]}
        actions={manage ? <LinkButton href={`/wilayah/puskesmas/${p.id}/ubah`}>Ubah</LinkButton> : null}
      />
      {sp.disimpan ? <Alert tone="success">Perubahan sudah disimpan.</Alert> : null}
      <WilayahStats items={[
        { label: "Desa wilayah kerja", value: p.catchment.length },
        { label: "Dusun", value: sum("dusun") },
        { label: "Posyandu", value: sum("posyandu") },
        { label: "Posyandu aktif", value: sum("posyanduAktif") },
        { label: "Pustu", value: p.pustu.length },
      ]} />
      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card title={`Desa wilayah kerja (${formatNumber(p.catchment.length)})`}>
          {p.catchment.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada desa di wilayah kerja puskesmas ini.{manage ? " Pilih Ubah untuk mencentang desanya." : ""}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="catchment-table">
                <caption className="sr-only">Desa wilayah kerja dengan jumlah posyandu</caption>
                <thead className="bg-slate-100 text-slate-700"><tr><th scope="col" className="px-2 py-1.5">Desa</th><th scope="col" className="px-2 py-1.5">Kecamatan</th><th scope="col" className="px-2 py-1.5 text-right">Posyandu</th><th scope="col" className="px-2 py-1.5 text-right">Aktif</th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {p.catchment.map((d) => (
                    <tr key={d.id}>
                      <td className="px-2 py-1.5"><Link href={`/wilayah/desa/${d.id}`} className={link}>{d.nama}</Link></td>
                      <td className="px-2 py-1.5">{d.kecamatan.nama}</td>
                      <td className="px-2 py-1.5 text-right tabular-nums">{formatNumber(d.posyandu)}</td>
                      <td className="px-2 py-1.5 text-right tabular-nums">{formatNumber(d.posyanduAktif)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title="Pustu">
          {p.pustu.length === 0 ? <p className="text-sm text-slate-600">Belum ada pustu.</p> : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="puskesmas-pustu">
              {p.pustu.map((x) => <li key={x.id}><Link href={`/wilayah/pustu/${x.id}`} className={link}>{x.nama}</Link> <span className="text-slate-600">· Desa {x.desa.nama}</span></li>)}
            </ul>
          )}
        </Card>
      </div>
      {history ? <Card title="Riwayat perubahan"><History entries={history} labels={{ nama: "Nama", kode: "Kode Kemenkes", alamat: "Alamat", catchmentCount: "Jumlah desa wilayah kerja" }} /></Card> : null}
      {manage ? (
        <Card title="Hapus puskesmas">
          <p className="mb-3 text-sm text-slate-600">Puskesmas hanya dapat dihapus bila wilayah kerjanya kosong dan tidak ada lagi pustu atau akun pengguna yang terhubung.</p>
          <ConfirmDelete action={deletePuskesmasAction} id={p.id} label="Hapus puskesmas" what={p.nama} />
        </Card>
      ) : null}
    </div>
  );
}
