import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getPustu } from "@/lib/wilayah/queries";
import { deletePustuAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";

export const metadata: Metadata = { title: "Pustu" };

const link = "font-medium text-brand-700 underline-offset-2 hover:underline";

export default async function PustuPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const p = await orNotFound(getPustu(viewer, id));
  const history = await auditHistory(viewer, "pustu", id);
  const manage = can(viewer, "wilayah.manage");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={p.nama}
        description="Puskesmas Pembantu"
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/kecamatan/${p.desa.kecamatan.id}`, label: `Kec. ${p.desa.kecamatan.nama}` }, { href: `/wilayah/desa/${p.desa.id}`, label: `Desa ${p.desa.nama}` }, { label: p.nama }]}
        actions={manage ? <LinkButton variant="secondary" href={`/wilayah/pustu/${p.id}/ubah`}>Ubah</LinkButton> : null}
      />
      {sp.disimpan ? <Alert tone="success">Perubahan sudah disimpan.</Alert> : null}
      <Card title="Data pustu">
        <dl className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          <dt className="text-slate-600">Desa</dt><dd><Link href={`/wilayah/desa/${p.desa.id}`} className={link}>{p.desa.nama}</Link> (Kec. {p.desa.kecamatan.nama})</dd>
          <dt className="text-slate-600">Puskesmas induk</dt><dd><Link href={`/wilayah/puskesmas/${p.puskesmas.id}`} className={link}>{p.puskesmas.nama}</Link></dd>
          <dt className="text-slate-600">Alamat</dt><dd>{p.alamat ?? "–"}</dd>
        </dl>
      </Card>
      {history ? <Card title="Riwayat perubahan"><History entries={history} labels={{ nama: "Nama", alamat: "Alamat" }} /></Card> : null}
      {manage ? (
        <Card title="Hapus pustu">
          <ConfirmDelete action={deletePustuAction} id={p.id} label="Hapus pustu" what={p.nama} />
        </Card>
      ) : null}
    </div>
  );
}
