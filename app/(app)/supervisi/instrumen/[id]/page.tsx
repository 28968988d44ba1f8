import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getInstrumenVersi } from "@/lib/instrumen/queries";
import { LABEL_SASARAN, LABEL_STATUS } from "@/lib/instrumen/schemas";
import { createNextDraftAction, deleteButirAction, deleteDomainAction, discardDraftAction, moveButirAction, moveDomainAction, publishDraftAction, saveDomainAction } from "@/lib/instrumen/actions";
import { INSTRUMEN_BAWAAN, SUMBER_INSTRUMEN } from "@/lib/supervisi/instrumen-bawaan";
import { LABEL_TIPE } from "@/lib/supervisi/score";
import { isFaktaKey, LABEL_FAKTA } from "@/lib/supervisi/fakta";
import { formatDate, formatDecimal, formatNumber } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { AksiForm, KonfirmasiForm } from "@/components/instrumen/aksi-form";
import { DomainForm } from "@/components/instrumen/domain-form";
import { StatusBadge } from "@/components/instrumen/status-badge";

export const metadata: Metadata = { title: "Versi instrumen" };

const SAVED: Record<string, string> = {
  baru: "Instrumen baru dibuat sebagai draf versi 1. Tambahkan domain dan butirnya.",
  draf: "Draf versi berikutnya dibuat dari versi yang terbit. Ubah butirnya, lalu terbitkan.",
  domain: "Domain sudah disimpan.",
  butir: "Butir sudah disimpan.",
  terbit: "Versi ini sudah terbit; versi sebelumnya diarsipkan dan kunjungan lama tetap memakai versinya.",
};

const bobotText = (n: number) => (Number.isInteger(n) ? formatNumber(n) : formatDecimal(n, 2));

export default async function InstrumenVersiPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string; dihapus?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "supervisi.read")) notFound();
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const v = await getInstrumenVersi(viewer, id);
  if (!v) notFound();
  const manage = can(viewer, "katalog.manage");
  const draf = v.status === "DRAF";
  const edit = manage && draf;
  const bawaan = INSTRUMEN_BAWAAN.some((b) => b.kode === v.kode) && v.versi === 1;
  const jumlahButir = v.domain.reduce((n, d) => n + d.butir.length, 0);
  const prev = v.sebelumnya;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={`${v.nama} · versi ${v.versi}`}
        description={<span className="flex flex-wrap items-center gap-2"><span className="font-mono">{v.kode}</span> · {LABEL_SASARAN[v.sasaran]} · {formatNumber(jumlahButir)} butir <StatusBadge status={v.status} />{bawaan ? <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" data-testid="rekonstruksi">rekonstruksi</span> : null}</span>}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/supervisi/instrumen", label: "Instrumen supervisi" }, { label: `${v.kode} v${v.versi}` }]}
        actions={
          manage && v.status === "TERBIT" ? (
            v.drafId ? <LinkButton href={`/supervisi/instrumen/${v.drafId}`}>Lanjutkan draf</LinkButton> : <AksiForm action={createNextDraftAction} fields={{ id: v.id, requestId: randomUUID() }} label="Buat draf versi berikutnya" pendingText="Membuat draf…" testId="buat-draf" />
          ) : null
        }
      />
      {sp.disimpan && SAVED[sp.disimpan] ? <Alert tone="success">{SAVED[sp.disimpan]}</Alert> : null}
      {sp.dihapus ? <Alert tone="success">{sp.dihapus === "domain" ? "Domain sudah dihapus." : "Butir sudah dihapus dari draf."}</Alert> : null}
      <p className="text-sm text-slate-700" data-testid="status-versi">
        {v.status === "TERBIT" ? `Versi yang berlaku${v.terbitAt ? ` sejak ${formatDate(v.terbitAt)}` : ""}: kunjungan baru memakai versi ini. Versi yang sudah terbit tidak dapat diubah; perubahan dibuat sebagai draf versi berikutnya.` : null}
        {v.status === "ARSIP" ? `Versi arsip${v.terbitAt ? ` (terbit ${formatDate(v.terbitAt)})` : ""}: sudah digantikan versi yang lebih baru. ${v.dipakai ? `${formatNumber(v.dipakai)} kunjungan tetap memakai versi ini.` : ""}` : null}
        {draf ? "Draf: belum dipakai kunjungan. Periksa bobot, pilihan dan pemetaan, lalu terbitkan." : null}
      </p>
      {bawaan ? <p className="text-xs text-slate-600">Sumber: {SUMBER_INSTRUMEN}</p> : null}
      <nav aria-label="Versi instrumen" className="flex flex-wrap gap-2 text-sm">
        {v.versiLain.map((o) => (
          o.id === v.id ? <span key={o.id} className="rounded-md border border-brand-600 bg-brand-50 px-3 py-1 font-semibold" aria-current="page">v{o.versi} {LABEL_STATUS[o.status].toLowerCase()}</span>
          : <Link key={o.id} href={`/supervisi/instrumen/${o.id}`} className="rounded-md border border-slate-200 bg-white px-3 py-1 hover:border-brand-600">v{o.versi} {LABEL_STATUS[o.status].toLowerCase()}</Link>
        ))}
      </nav>
      {edit ? (
        <Card title="Terbitkan draf">
          <p className="mb-3 text-sm text-slate-700">Saat terbit, seluruh draf diperiksa: bobot setiap butir yang dinilai lebih dari 0, butir pilihan punya ≥ 2 pilihan bernilai 0–1, butir angka punya target, kode unik, dan setiap butir lama dipetakan paling banyak sekali. Versi yang terbit sekarang lalu menjadi arsip.</p>
          <div className="flex flex-wrap items-start gap-3">
            <AksiForm action={publishDraftAction} fields={{ id: v.id }} label={`Terbitkan versi ${v.versi}`} pendingText="Memeriksa dan menerbitkan…" testId="terbitkan" />
            <KonfirmasiForm action={discardDraftAction} id={v.id} label="Buang draf" question={`Buang draf versi ${v.versi} beserta semua perubahannya? Versi yang terbit tetap berlaku.`} confirmLabel="Ya, buang draf" />
          </div>
        </Card>
      ) : null}
      {v.domain.length === 0 ? <EmptyState title="Versi ini belum punya domain.">{edit ? "Tambahkan domain di bawah, lalu butirnya." : null}</EmptyState> : null}
      {v.domain.map((d, di) => (
        <div key={d.id} id={`domain-${d.id}`}>
        <Card title={`${d.nama} (${d.kode})`} actions={edit ? <LinkButton variant="secondary" href={`/supervisi/instrumen/${v.id}/butir/baru?domain=${d.id}`} aria-label={`Tambah butir di ${d.nama}`}>Tambah butir</LinkButton> : null}>
          {edit ? (
            <details className="mb-3 text-sm">
              <summary className="cursor-pointer text-brand-700">Ubah atau hapus domain</summary>
              <div className="mt-2 flex flex-col gap-2">
                <div className="flex gap-2">
                  {di > 0 ? <AksiForm action={moveDomainAction} fields={{ id: d.id, arah: "naik" }} label="▲ Naikkan domain" ariaLabel={`Naikkan domain ${d.nama}`} variant="secondary" pendingText="…" /> : null}
                  {di < v.domain.length - 1 ? <AksiForm action={moveDomainAction} fields={{ id: d.id, arah: "turun" }} label="▼ Turunkan domain" ariaLabel={`Turunkan domain ${d.nama}`} variant="secondary" pendingText="…" /> : null}
                </div>
                <DomainForm action={saveDomainAction} instrumenId={v.id} requestId={randomUUID()} initial={{ id: d.id, kode: d.kode, nama: d.nama }} testId={`form-domain-${d.kode}`} />
                <KonfirmasiForm action={deleteDomainAction} id={d.id} label="Hapus domain" question={`Hapus domain ${d.nama}? Hanya domain tanpa butir yang dapat dihapus.`} confirmLabel="Ya, hapus domain" />
              </div>
            </details>
          ) : null}
          {d.butir.length === 0 ? <p className="text-sm text-slate-600">Belum ada butir di domain ini.</p> : null}
          <ol className="flex flex-col divide-y divide-slate-100">
            {d.butir.map((b, i) => (
              <li key={b.id} id={`butir-${b.id}`} className="flex flex-col gap-1 py-3" data-testid={`butir-${b.kode}`}>
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className="font-mono text-sm font-semibold">{b.kode}</span>
                  <span className="text-slate-900">{b.pertanyaan}</span>
                </div>
                <div className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
                  <span>{LABEL_TIPE[b.tipe]}</span>
                  <span data-testid={`bobot-${b.kode}`}>bobot {bobotText(b.bobot)}</span>
                  {b.kritis ? <span className="font-semibold text-red-800">kritis</span> : null}
                  {b.bolehNa ? <span>boleh &quot;tidak berlaku&quot;</span> : null}
                  {b.tipe === "ANGKA" && b.opsi.target ? <span>target {formatNumber(b.opsi.target)}</span> : null}
                  {b.tipe === "PILIHAN" ? <span>pilihan: {(b.opsi.opsi ?? []).map((o) => `${o.label} (${String(o.nilai).replace(".", ",")})`).join(" · ")}</span> : null}
                  {b.fakta ? <span>fakta sistem: {isFaktaKey(b.fakta) ? LABEL_FAKTA[b.fakta] : b.fakta}</span> : null}
                  {b.peta ? <span className={b.petaDariId ? "text-slate-600" : "font-semibold text-emerald-800"} data-testid={`peta-${b.kode}`}>{b.peta}</span> : null}
                </div>
                {b.standar ? <p className="text-xs text-slate-600">Standar: {b.standar}</p> : null}
                {edit ? (
                  <div className="mt-1 flex flex-wrap items-start gap-2">
                    <LinkButton variant="secondary" href={`/supervisi/instrumen/${v.id}/butir/${b.id}`} aria-label={`Ubah butir ${b.kode}`}>Ubah</LinkButton>
                    {i > 0 ? <AksiForm action={moveButirAction} fields={{ id: b.id, arah: "naik" }} label="▲" ariaLabel={`Naikkan ${b.kode}`} variant="secondary" pendingText="…" /> : null}
                    {i < d.butir.length - 1 ? <AksiForm action={moveButirAction} fields={{ id: b.id, arah: "turun" }} label="▼" ariaLabel={`Turunkan ${b.kode}`} variant="secondary" pendingText="…" /> : null}
                    <KonfirmasiForm action={deleteButirAction} id={b.id} label="Hapus" question={`Hapus butir ${b.kode} dari draf ini?${b.petaKode ? ` Butir ${b.petaKode} versi sebelumnya lalu tercatat dihapus.` : ""}`} confirmLabel={`Ya, hapus ${b.kode}`} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>
        </div>
      ))}
      {edit ? (
        <Card title="Tambah domain">
          <DomainForm action={saveDomainAction} instrumenId={v.id} requestId={randomUUID()} testId="form-domain-baru" />
        </Card>
      ) : null}
      {prev ? (
        <Card title={`Butir versi ${prev.versi} yang tidak ada lagi`}>
          {v.dihapus.length === 0 ? <p className="text-sm text-slate-600">Semua butir versi {prev.versi} ada di versi ini.</p> : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="butir-dihapus">
              {v.dihapus.map((b) => <li key={b.id}><span className="font-mono">{b.kode}</span> {b.pertanyaan}</li>)}
            </ul>
          )}
          <p className="mt-2 text-xs text-slate-500">Skor kunjungan pada versi berbeda dibandingkan atas butir yang sama di kedua versi.</p>
        </Card>
      ) : null}
      <div><Link href="/supervisi/instrumen" className="text-sm text-brand-700 underline">← Kembali ke daftar instrumen</Link></div>
    </div>
  );
}
