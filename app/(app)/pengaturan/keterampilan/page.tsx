import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { katalogKeterampilan } from "@/lib/kader/queries";
import { addKeterampilanAction, resetAturanLevelAction, rewordKeterampilanAction, saveAturanLevelAction } from "@/lib/kader/actions";
import { ATURAN_LEVEL, LEVEL_LABEL, type AturanLevel } from "@/lib/kader/aturan";
import { SUMBER_KATALOG_KETERAMPILAN } from "@/lib/kader/katalog-bawaan";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/pengguna/confirm-action";
import { AddSkillForm, AturanLevelForm, RewordForm } from "@/components/kader/katalog-forms";

export const metadata: Metadata = { title: "Keterampilan kader" };

const SAVED: Record<string, string> = {
  ubah: "Rumusan baru sudah disimpan sebagai versi berikutnya.",
  tambah: "Keterampilan sudah ditambahkan; tingkat kader dihitung ulang.",
  aturan: "Aturan tingkat sudah disimpan; tingkat semua kader dihitung ulang.",
  bawaan: "Aturan bawaan berlaku lagi; tingkat semua kader dihitung ulang.",
};

function describe(aturan: AturanLevel, names: Map<string, string>) {
  return aturan.map((r) => `${LEVEL_LABEL[r.level]}: paling sedikit ${r.paketMin} paket lengkap${r.paketWajib.length ? `, termasuk ${r.paketWajib.map((k) => names.get(k) ?? k).join(", ")}` : ""}`);
}

/** Next free code of a package: its letter and one more than the highest number used. */
function nextKode(kode: string, used: string[]) {
  const n = Math.max(0, ...used.filter((u) => u.startsWith(kode)).map((u) => Number(u.slice(kode.length)) || 0));
  return `${kode}${n + 1}`;
}

export default async function KeterampilanPage({ searchParams }: { searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "katalog.manage")) notFound();
  const sp = await searchParams;
  const { paket, aturan } = await katalogKeterampilan(viewer);
  const names = new Map(paket.map((p) => [p.kode, p.nama]));
  const total = paket.reduce((n, p) => n + p.keterampilan.length, 0);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Keterampilan kader" description={`${total} keterampilan dasar dalam ${paket.length} paket, dan aturan tingkat Purwa/Madya/Utama, untuk ${viewer.kabupatenNama}.`} crumbs={[{ href: "/", label: "Beranda" }, { label: "Keterampilan kader" }]} />
      {sp.disimpan && SAVED[sp.disimpan] ? <Alert tone="success">{SAVED[sp.disimpan]}</Alert> : null}
      <Card title="Aturan tingkat kecakapan">
        <p className="text-sm">Yang berlaku {aturan.diubah ? "(aturan kabupaten sendiri)" : "(aturan bawaan)"}:</p>
        <ul className="mt-1 list-disc pl-5 text-sm" data-testid="aturan-berlaku">{describe(aturan.nilai, names).map((l) => <li key={l}>{l}</li>)}</ul>
        <p className="mt-3 text-sm text-slate-600">Bawaan: {describe(ATURAN_LEVEL.bawaan, names).join("; ")}.</p>
        <p className="mt-1 text-xs text-slate-600">Sumber bawaan: {ATURAN_LEVEL.sumber}</p>
        <div className="mt-4 flex flex-col gap-4">
          <AturanLevelForm action={saveAturanLevelAction} nilai={aturan.nilai} paket={paket.map((p) => ({ kode: p.kode, nama: p.nama }))} requestId={randomUUID()} />
          {aturan.diubah ? <ConfirmAction action={resetAturanLevelAction} fields={{}} label="Kembalikan ke aturan bawaan" question="Hapus aturan kabupaten ini dan pakai aturan bawaan? Tingkat semua kader dihitung ulang." confirmLabel="Ya, pakai bawaan" pendingText="Menyimpan…" testId="aturan-bawaan" /> : null}
        </div>
      </Card>
      <Alert tone="info" title="Rumusan keterampilan ditandai rekonstruksi">{SUMBER_KATALOG_KETERAMPILAN} Cocokkan dengan dokumen resminya, lalu ubah rumusannya di sini.</Alert>
      {paket.map((p) => (
        <Card key={p.id} title={`Paket ${p.kode} · ${p.nama}`}>
          <ol className="flex flex-col gap-3" data-testid={`katalog-${p.kode}`}>
            {p.keterampilan.map((s) => (
              <li key={s.id} className="border-b border-slate-100 pb-2 text-sm last:border-0">
                <p>
                  <span className="font-mono font-semibold">{s.kode}</span> {s.nama}
                  {s.rekonstruksi ? <span className="ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">rekonstruksi</span> : null}
                  {s.versi > 1 ? <span className="ml-1 text-xs text-slate-500">versi {s.versi}</span> : null}
                </p>
                <RewordForm action={rewordKeterampilanAction} skill={s} requestId={randomUUID()} />
              </li>
            ))}
          </ol>
          <div className="mt-3">
            <AddSkillForm action={addKeterampilanAction} paket={{ id: p.id, kode: p.kode, nama: p.nama, next: nextKode(p.kode, p.keterampilan.map((s) => s.kode)) }} requestId={randomUUID()} />
          </div>
        </Card>
      ))}
    </div>
  );
}
