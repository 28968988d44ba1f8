import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { posyanduChoices } from "@/lib/sasaran/queries";
import { targetPosyandu } from "@/lib/sasaran/target";
import { saveTargetAction } from "@/lib/sasaran/actions";
import { KELOMPOK_LABEL } from "@/lib/sasaran/kelompok";
import { formatDate, formatNumber, todayInJakarta } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/form-fields";
import { TargetForm } from "@/components/sasaran/target-form";

export const metadata: Metadata = { title: "Target sasaran" };

export default async function TargetPage({ searchParams }: { searchParams: Promise<{ posyanduId?: string; tahun?: string; disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.manage")) notFound();
  const sp = await searchParams;
  const hariIni = todayInJakarta();
  const tahunIni = Number(hariIni.slice(0, 4));
  const tahun = Number.isInteger(Number(sp.tahun)) && Number(sp.tahun) >= 2000 && Number(sp.tahun) <= 2100 ? Number(sp.tahun) : tahunIni;
  const choices = await posyanduChoices(viewer);
  const posyanduId = viewer.role === "KADER" ? viewer.posyanduId : (sp.posyanduId ?? (choices.length === 1 ? choices[0].id : choices[0]?.id));
  const crumbs = [{ href: "/sasaran", label: "Sasaran" }, { label: "Target tahunan" }];
  const data = posyanduId ? await orNotFound(targetPosyandu(viewer, posyanduId, tahun, hariIni)) : null;
  const nama = choices.find((c) => c.id === posyanduId);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Target sasaran tahunan (S)" description="Jumlah sasaran setiap kelompok yang diperkirakan dilayani posyandu dalam setahun; dipakai sebagai S pada SKDN dan cakupan. Jumlah terdaftar ditampilkan di sampingnya sebagai pembanding." crumbs={crumbs} />
      {sp.disimpan ? <Alert tone="success">Target sudah disimpan.</Alert> : null}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        {viewer.role !== "KADER" ? <SelectField name="posyanduId" label="Posyandu" defaultValue={posyanduId ?? ""} options={choices.map((c) => ({ value: c.id, label: `${c.nama} — Desa ${c.desa.nama}` }))} /> : null}
        <SelectField name="tahun" label="Tahun" defaultValue={String(tahun)} options={Array.from({ length: 7 }, (_, i) => tahunIni + 1 - i).map((y) => ({ value: y, label: String(y) }))} />
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Tampilkan</button>
      </form>
      {!data || !posyanduId ? (
        <Card><p className="text-sm text-slate-700">Belum ada posyandu di wilayah Anda. Tambahkan posyandu lebih dulu di menu Posyandu.</p></Card>
      ) : (
        <Card title={`${nama ? `Posyandu ${nama.nama}` : "Posyandu"} — ${tahun}`}>
          <TargetForm
            key={`${posyanduId}-${tahun}`}
            action={saveTargetAction}
            posyanduId={posyanduId}
            tahun={tahun}
            canEdit
            hariLabel={`kelompok umur pada ${formatDate(new Date(`${data.hari}T00:00:00Z`))}`}
            rows={data.rows.map((r) => ({
              kelompok: r.kelompok,
              label: r.kelompok === "HAMIL" ? "Ibu hamil" : KELOMPOK_LABEL[r.kelompok],
              target: r.target,
              terdaftar: formatNumber(r.terdaftar),
              catatan: r.kelompok === "HAMIL" ? `Terdaftar: kehamilan yang berjalan pada ${tahun}.` : undefined,
            }))}
          />
        </Card>
      )}
    </div>
  );
}
