import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { auditHistory } from "@/lib/audit/history";
import { getKader } from "@/lib/kader/queries";
import { JABATAN_LABEL, JENIS_KELAMIN_LABEL } from "@/lib/kader/schemas";
import { formatDate } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card, EmptyState } from "@/components/ui/card";
import { History } from "@/components/audit/history";

export const metadata: Metadata = { title: "Riwayat kader" };

const FIELD_LABELS = { nama: "Nama", nik: "NIK", jenisKelamin: "Jenis kelamin", tanggalLahir: "Tanggal lahir", telepon: "Telepon", pendidikan: "Pendidikan", jabatan: "Jabatan", tahunMulai: "Tahun mulai", isActive: "Aktif", userId: "Akun kader" };

const formatValue = (field: string, value: unknown) =>
  field === "jabatan" && typeof value === "string" ? JABATAN_LABEL[value as keyof typeof JABATAN_LABEL]
    : field === "jenisKelamin" && typeof value === "string" ? JENIS_KELAMIN_LABEL[value as keyof typeof JENIS_KELAMIN_LABEL]
    : field === "tanggalLahir" && typeof value === "string" ? formatDate(new Date(value))
    : field === "userId" ? (value ? "terhubung" : "–")
    : undefined;

/** A kader's change history (NIK masked in the audit rows), for the roles that read the audit log. */
export default async function KaderRiwayatPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const { id } = await params;
  // The kader first: outside the area it answers "not found" (404), as for one that does not exist.
  const k = await orNotFound(getKader(viewer, id));
  const history = await orNotFound(auditHistory(viewer, "kader", k.id));
  if (!history) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`Riwayat data ${k.nama}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/kader", label: "Kader" }, { href: `/kader/${k.id}`, label: k.nama }, { label: "Riwayat" }]}
      />
      <Card title="Riwayat perubahan data">
        {history.length ? <History entries={history} labels={FIELD_LABELS} formatValue={formatValue} /> : <EmptyState title="Belum ada perubahan tercatat" />}
      </Card>
    </div>
  );
}
