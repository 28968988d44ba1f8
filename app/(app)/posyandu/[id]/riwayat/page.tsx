import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { auditHistory } from "@/lib/audit/history";
import { requireViewer } from "@/lib/auth/viewer";
import { getPosyanduName } from "@/lib/posyandu/queries";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { History } from "@/components/audit/history";

export const metadata: Metadata = { title: "Riwayat posyandu" };

const FIELD_LABELS = { nama: "Nama", desaId: "Desa", dusunId: "Dusun", tempat: "Tempat", latitude: "Lintang", longitude: "Bujur", jadwalMingguKe: "Minggu ke-", jadwalHari: "Hari", isActive: "Aktif" };

/** A posyandu's change history (who, when, before and after), for the roles that read the audit log. */
export default async function PosyanduRiwayatPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  // The posyandu first: outside the area it answers "not found" (404), as for one that does not exist.
  const p = await orNotFound(getPosyanduName(viewer, id));
  const history = await orNotFound(auditHistory(viewer, "posyandu", id));
  if (!history) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Riwayat Posyandu ${p.nama}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/posyandu", label: "Posyandu" }, { href: `/posyandu/${p.id}`, label: p.nama }, { label: "Riwayat" }]}
      />
      <Card title="Riwayat perubahan">
        {history.length ? <History entries={history} labels={FIELD_LABELS} /> : <EmptyState title="Belum ada perubahan tercatat" />}
      </Card>
    </div>
  );
}
