import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getKader, kaderPenilaian } from "@/lib/kader/queries";
import { recordPenilaianAction } from "@/lib/kader/actions";
import { todayInJakarta } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { LevelBadge } from "@/components/kader/level-badge";
import { PenilaianForm } from "@/components/kader/penilaian-form";

export const metadata: Metadata = { title: "Penilaian keterampilan" };

export default async function PenilaianPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ paket?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kader.manage")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const k = await orNotFound(getKader(viewer, id));
  const { paket } = await kaderPenilaian(viewer, k.id);
  // The first package not yet complete, unless one is asked for.
  const chosen = paket.find((p) => p.kode === sp.paket) ?? paket.find((p) => !p.lengkap) ?? paket[0];
  return (
    <div>
      <PageHeader title={`Penilaian ${k.nama}`} description={<LevelBadge level={k.level} alasan={k.levelAlasan} withReason />} crumbs={[{ href: "/kader", label: "Kader" }, { href: `/kader/${k.id}`, label: k.nama }, { label: "Penilaian" }]} />
      {!k.isActive ? <div className="mb-4"><Alert tone="warning">Kader ini tidak aktif; aktifkan dulu sebelum mencatat penilaian.</Alert></div> : null}
      <nav aria-label="Paket keterampilan" className="mb-4 flex flex-wrap gap-2">
        {paket.map((p) => (
          <Link key={p.kode} href={`/kader/${k.id}/penilaian?paket=${p.kode}`} aria-current={p.kode === chosen?.kode ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-semibold ${p.kode === chosen?.kode ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}>
            {p.kode}{p.lengkap ? " ✓" : ""}<span className="sr-only"> {p.nama}{p.lengkap ? ", lengkap" : ""}</span>
          </Link>
        ))}
      </nav>
      {chosen ? (
        <>
          <h2 className="mb-3 text-lg font-semibold">Paket {chosen.kode} · {chosen.nama}</h2>
          <PenilaianForm
            key={chosen.kode}
            action={recordPenilaianAction}
            kaderId={k.id}
            skills={chosen.keterampilan}
            requestId={randomUUID()}
            today={todayInJakarta()}
            minDate={k.tahunMulai ? `${k.tahunMulai}-01-01` : undefined}
            cancelHref={`/kader/${k.id}`}
          />
        </>
      ) : (
        <Alert tone="warning">Katalog keterampilan kabupaten ini kosong. Hubungi admin Dinkes.</Alert>
      )}
    </div>
  );
}
