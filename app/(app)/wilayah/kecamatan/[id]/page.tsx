import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getKecamatan, listDesa } from "@/lib/wilayah/queries";
import { ZWilayahListParams } from "@/lib/wilayah/schemas";
import { deleteKecamatanAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";
import { Pagination, queryOf } from "@/components/data-table/pagination";
import { DesaTable } from "@/components/wilayah/wilayah-tables";
import { SearchBox } from "@/components/wilayah/search-box";

export const metadata: Metadata = { title: "Kecamatan" };

export default async function KecamatanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const { id } = await params;
  const raw = await searchParams;
  const k = await orNotFound(getKecamatan(viewer, id));
  const list = ZWilayahListParams.parse({ ...raw, kecamatanId: id });
  const [{ rows, total }, history] = await Promise.all([listDesa(viewer, list), auditHistory(viewer, "kecamatan", id)]);
  const basePath = `/wilayah/kecamatan/${id}`;
  const filterQuery = queryOf({ q: list.q });
  const manage = can(viewer, "wilayah.manage");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Kecamatan ${k.nama}`}
        description={<>Kode {k.kode} · {k.kabupaten.nama} · {formatNumber(k._count.desa)} desa/kelurahan{viewer.role === "PUSKESMAS" ? " di wilayah kerja Anda" : ""}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { label: `Kec. ${k.nama}` }]}
        actions={manage ? <><LinkButton variant="secondary" href={`${basePath}/ubah`}>Ubah nama</LinkButton><LinkButton href={`/wilayah/desa/baru?kecamatanId=${k.id}`}>Tambah desa</LinkButton></> : null}
      />
      {raw.disimpan ? <Alert tone="success">Perubahan sudah disimpan.</Alert> : null}
      {raw.dihapus ? <Alert tone="success">Desa sudah dihapus.</Alert> : null}
      <Card title="Puskesmas di kecamatan ini">
        {k.puskesmas.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada puskesmas di kecamatan ini.{manage ? <> <Link className="text-brand-700 underline" href="/wilayah/puskesmas/baru">Tambah puskesmas</Link></> : null}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm" data-testid="kecamatan-puskesmas">
            {k.puskesmas.map((p) => (
              <li key={p.id}><Link href={`/wilayah/puskesmas/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{p.nama}</Link> <span className="text-slate-600">· di Desa {p.desa.nama} · {formatNumber(p._count.catchment)} desa wilayah kerja</span></li>
            ))}
          </ul>
        )}
      </Card>
      <section aria-labelledby="desa-heading">
        <h2 id="desa-heading" className="mb-2 text-lg font-semibold">Desa/kelurahan</h2>
        <SearchBox basePath={basePath} q={list.q} label="Cari desa di kecamatan ini" placeholder="Nama atau kode desa" keep={{ sort: list.sort, dir: list.dir }} />
        {rows.length === 0 ? (
          <EmptyState title={list.q ? "Tidak ada desa yang cocok" : "Belum ada desa di kecamatan ini"}>{list.q ? "Ubah kata kunci, atau pilih Atur ulang." : manage ? "Tambahkan desa dari daftar resmi Kemendagri." : "Hubungi admin Dinas Kesehatan."}</EmptyState>
        ) : (
          <>
            <DesaTable rows={rows.map((r) => ({ id: r.id, kode: r.kode, nama: r.nama, isKelurahan: r.isKelurahan, kecamatan: r.kecamatan.nama, puskesmas: r.puskesmas?.nama ?? null, dusun: r.dusun, posyandu: r.posyandu, posyanduAktif: r.posyanduAktif, pustu: r.pustu }))} sort={{ sort: list.sort, dir: list.dir, basePath, query: { ...filterQuery, size: String(list.size) } }} />
            <Pagination basePath={basePath} query={{ ...filterQuery, sort: list.sort, dir: list.dir }} page={list.page} size={list.size} total={total} />
          </>
        )}
      </section>
      {history ? <Card title="Riwayat perubahan"><History entries={history} labels={{ nama: "Nama", kode: "Kode" }} /></Card> : null}
      {manage ? (
        <Card title="Hapus kecamatan">
          <p className="mb-3 text-sm text-slate-600">Kecamatan hanya dapat dihapus bila tidak ada lagi desa dan puskesmas di dalamnya (misalnya setelah pemekaran).</p>
          <ConfirmDelete action={deleteKecamatanAction} id={k.id} label="Hapus kecamatan" what={`Kecamatan ${k.nama}`} />
        </Card>
      ) : null}
    </div>
  );
}
