import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getDusun } from "@/lib/wilayah/queries";
import { deleteDusunAction } from "@/lib/wilayah/actions";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { History } from "@/components/audit/history";

export const metadata: Metadata = { title: "Dusun" };

export default async function DusunPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "wilayah.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const x = await orNotFound(getDusun(viewer, id));
  const history = await auditHistory(viewer, "dusun", id);
  const manage = can(viewer, "wilayah.manage");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Dusun ${x.nama}`}
        description={<>Desa {x.desa.nama} · Kec. {x.desa.kecamatan.nama}</>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/wilayah", label: "Wilayah" }, { href: `/wilayah/kecamatan/${x.desa.kecamatan.id}`, label: `Kec. ${x.desa.kecamatan.nama}` }, { href: `/wilayah/desa/${x.desa.id}`, label: `Desa ${x.desa.nama}` }, { label: `Dusun ${x.nama}` }]}
        actions={manage ? <LinkButton variant="secondary" href={`/wilayah/dusun/${x.id}/ubah`}>Ubah nama</LinkButton> : null}
      />
      {sp.disimpan ? <Alert tone="success">Perubahan sudah disimpan.</Alert> : null}
      <Card title={`Posyandu di dusun ini (${x.posyandu.length})`}>
        {x.posyandu.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada posyandu yang tercatat di dusun ini.</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {x.posyandu.map((p) => <li key={p.id}><Link href={`/posyandu/${p.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{p.nama}</Link>{p.isActive ? "" : <span className="text-slate-600"> · tidak aktif</span>}</li>)}
          </ul>
        )}
      </Card>
      {history ? <Card title="Riwayat perubahan"><History entries={history} labels={{ nama: "Nama" }} /></Card> : null}
      {manage ? (
        <Card title="Hapus dusun">
          <p className="mb-3 text-sm text-slate-600">Dusun hanya dapat dihapus bila tidak ada posyandu yang tercatat di dalamnya.</p>
          <ConfirmDelete action={deleteDusunAction} id={x.id} label="Hapus dusun" what={`Dusun ${x.nama}`} />
        </Card>
      ) : null}
    </div>
  );
}
