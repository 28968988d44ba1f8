import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/pages";
import { getRencanaKelola, instrumenTerbit, posyanduPilihanById } from "@/lib/rencana/queries";
import { addKunjunganAction } from "@/lib/rencana/actions";
import { todayInJakarta } from "@/lib/i18n/format";
import { ROLE_LABEL } from "@/lib/access/permissions";
import { quarterLabel } from "@/lib/supervisi/jadwal-kunjungan";
import { PageHeader } from "@/components/ui/page-header";
import { KunjunganForm } from "@/components/rencana/kunjungan-form";

export const metadata: Metadata = { title: "Tambah kunjungan" };

/** `?posyanduId=` preselects a site (from the suggestions page). */
export default async function NewKunjunganPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ posyanduId?: string }> }) {
  const viewer = await requireViewer();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  // The suggested site, if any, within the planner's area.
  const [rencana, instrumen, chosen] = await Promise.all([orNotFound(getRencanaKelola(viewer, id)), instrumenTerbit(viewer), posyanduPilihanById(viewer, sp.posyanduId)]);
  // The plan's instrument as published now: a newer version replaces the one the plan was made with.
  const planInstrumen = instrumen.find((i) => i.id === rencana.instrumenId)?.id ?? instrumen.find((i) => i.kode === rencana.instrumen?.kode)?.id;
  const posyanduInstrumen = instrumen.find((i) => i.id === planInstrumen)?.sasaran === "POSYANDU" ? planInstrumen : instrumen.find((i) => i.sasaran === "POSYANDU")?.id;
  return (
    <div>
      <PageHeader
        title="Tambah kunjungan"
        description={`${rencana.nama} · ${quarterLabel(rencana.tahun, rencana.triwulan)}`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi", label: "Supervisi" }, { href: "/supervisi/rencana", label: "Rencana" }, { href: `/supervisi/rencana/${id}`, label: rencana.nama }, { label: "Tambah kunjungan" }]}
      />
      <KunjunganForm
        action={addKunjunganAction}
        requestId={randomUUID()}
        rencana={{ id, tahun: rencana.tahun, triwulan: rencana.triwulan }}
        today={todayInJakarta()}
        instrumen={instrumen.map((i) => ({ id: i.id, label: `${i.nama} (versi ${i.versi}) — ${i.sasaran === "POSYANDU" ? "posyandu" : "desa/pustu"}`, sasaran: i.sasaran }))}
        instrumenId={(chosen ? posyanduInstrumen : planInstrumen) ?? posyanduInstrumen ?? instrumen[0]?.id ?? ""}
        chosenSite={chosen}
        initialTanggal=""
        initialTeam={[{ id: viewer.id, label: `${viewer.nama} (${ROLE_LABEL[viewer.role]})` }]}
        initialLuar={[]}
        submitLabel="Simpan kunjungan"
        cancelHref={`/supervisi/rencana/${id}`}
      />
    </div>
  );
}

