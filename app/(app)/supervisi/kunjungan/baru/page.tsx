import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { instrumenTerbit } from "@/lib/kunjungan/queries";
import { createKunjunganAction } from "@/lib/kunjungan/actions";
import { todayInJakarta } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { KunjunganBaruForm } from "@/components/kunjungan/kunjungan-baru-form";

export const metadata: Metadata = { title: "Kunjungan supervisi baru" };

/** An ad hoc visit (`supervisi.conduct`): to a posyandu or a desa of the viewer's area, today or earlier. */
export default async function KunjunganBaruPage() {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.conduct")) notFound();
  const instrumen = await instrumenTerbit(viewer);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title="Kunjungan supervisi di luar rencana"
        description="Untuk kunjungan yang terencana, buka kunjungannya dari rencana supervisi."
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { label: "Kunjungan baru" }]}
      />
      <KunjunganBaruForm action={createKunjunganAction} id={randomUUID()} today={todayInJakarta()} instrumen={instrumen} />
    </div>
  );
}
