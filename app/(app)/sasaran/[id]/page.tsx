import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getSasaran } from "@/lib/sasaran/queries";
import { addStatusAction, aktifkanSasaranAction, endStatusAction, nonaktifkanSasaranAction } from "@/lib/sasaran/actions";
import { ALASAN_NONAKTIF, ALASAN_NONAKTIF_LABEL, JENIS_KELAMIN_LABEL, STATUS_IBU_LABEL } from "@/lib/sasaran/schemas";
import { umurBulanPada } from "@/lib/sasaran/kelompok";
import { formatDate, formatDecimal, todayInJakarta } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ConfirmAction } from "@/components/pengguna/confirm-action";
import { StatusBaruForm, StatusSelesaiForm } from "@/components/sasaran/status-forms";
import { NonaktifForm } from "@/components/sasaran/nonaktif-form";
import { kelompokLabel, umurLabel } from "@/components/sasaran/rows";

export const metadata: Metadata = { title: "Sasaran" };

const SAVED: Record<string, string> = {
  baru: "Sasaran baru sudah didaftarkan.",
  ubah: "Data sasaran sudah disimpan.",
  status: "Status sudah ditambahkan.",
  "status-selesai": "Masa status sudah diakhiri.",
  nonaktif: "Sasaran sudah ditandai pindah/meninggal; riwayatnya tetap tersimpan.",
  aktif: "Sasaran sudah diaktifkan kembali.",
  gabung: "Data ganda sudah digabungkan ke orang ini.",
};

const NAIK_LABEL: Record<string, string> = { N: "Naik (N)", T: "Tidak naik (T)", O: "Tidak ditimbang bulan lalu (O)", B: "Baru (B)" };

export default async function SasaranDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.read")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const s = await orNotFound(getSasaran(viewer, id));
  const hari = todayInJakarta();
  const lahir = s.tanggalLahir.toISOString().slice(0, 10);
  const manage = can(viewer, "sasaran.manage") && !s.digabungKe;
  const saved = sp.disimpan ? SAVED[sp.disimpan] : undefined;
  const alamat = [s.alamat, s.rt ? `RT ${s.rt}` : null, s.rw ? `RW ${s.rw}` : null, s.dusun ? `Dusun ${s.dusun.nama}` : null].filter(Boolean).join(", ");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title={s.nama}
        description={<>{kelompokLabel(lahir, hari)} · {umurLabel(umurBulanPada(lahir, hari))} · Posyandu {s.posyandu.nama}, Desa {s.posyandu.desa.nama}</>}
        crumbs={[{ href: "/sasaran", label: "Sasaran" }, { label: s.nama }]}
        actions={manage ? (
          <>
            <LinkButton href={`/sasaran/${s.id}/ubah`} variant="secondary">Ubah data</LinkButton>
            {can(viewer, "sasaran.merge") ? <LinkButton href={`/sasaran/${s.id}/gabung`} variant="secondary">Gabungkan data ganda</LinkButton> : null}
          </>
        ) : null}
      />
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {s.digabungKe ? (
        <Alert tone="warning" title="Data ini sudah digabungkan" testId="sasaran-digabung">
          Data ganda ini digabung ke <Link href={`/sasaran/${s.digabungKe.id}`} className="font-semibold underline">{s.digabungKe.nama}</Link>{s.digabungAt ? ` pada ${formatDate(s.digabungAt)}` : ""}. Catatan dan status pindah ke sana; data ini tidak muncul lagi di daftar dan pencarian.
        </Alert>
      ) : null}
      {!s.isActive && !s.digabungKe ? <Alert tone="warning" title="Tidak aktif (pindah/meninggal)">Riwayatnya tetap tersimpan untuk laporan bulan-bulan sebelumnya.</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Identitas">
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="sasaran-identitas">
            <dt className="text-slate-600">NIK</dt><dd className="font-mono" data-testid="sasaran-nik">{s.nikMasked ?? "–"}</dd>
            <dt className="text-slate-600">Jenis kelamin</dt><dd>{JENIS_KELAMIN_LABEL[s.jenisKelamin]}</dd>
            <dt className="text-slate-600">Tanggal lahir</dt><dd>{formatDate(s.tanggalLahir)}</dd>
            <dt className="text-slate-600">Nama ibu</dt><dd>{s.namaIbu ?? "–"}</dd>
            <dt className="text-slate-600">Nama suami</dt><dd>{s.namaSuami ?? "–"}</dd>
            <dt className="text-slate-600">Alamat</dt><dd>{alamat || "–"}</dd>
            <dt className="text-slate-600">Telepon/WA</dt><dd>{s.telepon ?? "–"}</dd>
          </dl>
        </Card>
        <Card title="Keluarga (KK)">
          {s.noKkMasked ? <p className="mb-2 text-sm">Nomor KK <span className="font-mono">{s.noKkMasked}</span></p> : null}
          {!s.noKkMasked ? (
            <p className="text-sm text-slate-600">Nomor KK belum diisi. Isi nomor KK lewat Ubah data agar anggota keluarga tampil bersama.</p>
          ) : s.keluarga.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada anggota keluarga lain dengan nomor KK ini.</p>
          ) : (
            <ul className="flex flex-col gap-1 text-sm" data-testid="sasaran-keluarga">
              {s.keluarga.map((k) => (
                <li key={k.id}><Link href={`/sasaran/${k.id}`} className="text-brand-700 underline">{k.nama}</Link> <span className="text-slate-600">({JENIS_KELAMIN_LABEL[k.jenisKelamin]}, lahir {formatDate(k.tanggalLahir)}{k.isActive ? "" : ", tidak aktif"})</span></li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title="Status ibu (hamil, nifas, menyusui)">
        {s.statusIbu.length === 0 ? <p className="text-sm text-slate-600">Belum ada status tercatat.</p> : (
          <ul className="flex flex-col gap-3 text-sm" data-testid="sasaran-status">
            {s.statusIbu.map((st) => {
              const label = STATUS_IBU_LABEL[st.status];
              return (
                <li key={st.id} className="flex flex-col gap-1 border-b border-slate-100 pb-2">
                  <span><strong>{label}</strong>{st.hamilKe ? ` (kehamilan ke-${st.hamilKe})` : ""}: mulai {formatDate(st.mulai)}{st.selesai ? `, berakhir ${formatDate(st.selesai)}` : ", masih berjalan"}</span>
                  {st.status === "HAMIL" ? <span className="text-slate-600">HPHT {st.hpht ? formatDate(st.hpht) : "–"} · HPL {st.hpl ? formatDate(st.hpl) : "–"}</span> : null}
                  {manage && !st.selesai ? <div className="w-fit"><StatusSelesaiForm action={endStatusAction} id={st.id} label={label} today={hari} /></div> : null}
                </li>
              );
            })}
          </ul>
        )}
        {manage && s.isActive && s.jenisKelamin === "P" ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-2 text-sm font-semibold">Tambah status</h3>
            <StatusBaruForm action={addStatusAction} sasaranId={s.id} requestId={randomUUID()} />
          </div>
        ) : null}
      </Card>
      <Card title={`Catatan posyandu (${s.jumlahPemeriksaan})`}>
        {s.pemeriksaan.length === 0 ? <p className="text-sm text-slate-600">Belum ada catatan. Catatan muncul di sini setelah orang ini dilayani pada hari buka posyandu.</p> : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="sasaran-pemeriksaan">
              <caption className="sr-only">Catatan posyandu orang ini</caption>
              <thead className="bg-slate-100"><tr><th className="px-2 py-1">Tanggal</th><th className="px-2 py-1">BB (kg)</th><th className="px-2 py-1">TB/PB (cm)</th><th className="px-2 py-1">N/T</th><th className="px-2 py-1">Temuan</th></tr></thead>
              <tbody>
                {s.pemeriksaan.map((e) => (
                  <tr key={e.id} className="border-t border-slate-100">
                    <td className="px-2 py-1">{formatDate(e.tanggal)}</td>
                    <td className="px-2 py-1">{e.beratKg === null ? "–" : formatDecimal(e.beratKg, 1)}</td>
                    <td className="px-2 py-1">{e.tinggiCm === null ? "–" : formatDecimal(e.tinggiCm, 1)}</td>
                    <td className="px-2 py-1">{e.naik ? (NAIK_LABEL[e.naik] ?? e.naik) : "–"}{e.duaT ? " · 2T" : ""}{e.bgm ? " · BGM" : ""}</td>
                    <td className="px-2 py-1">{e.temuan.length ? e.temuan.map((t) => t.label ?? t.kode).join("; ") : "–"}{e.dirujuk ? " (dirujuk)" : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {s.jumlahPemeriksaan > s.pemeriksaan.length ? <p className="mt-2 text-xs text-slate-600">Ditampilkan {s.pemeriksaan.length} catatan terbaru.</p> : null}
          </div>
        )}
      </Card>
      {manage ? (
        <Card title="Pindah atau meninggal">
          {s.isActive ? <NonaktifForm action={nonaktifkanSasaranAction} id={s.id} nama={s.nama} alasan={ALASAN_NONAKTIF.map((a) => ({ value: a, label: ALASAN_NONAKTIF_LABEL[a] }))} /> : (
            <ConfirmAction action={aktifkanSasaranAction} fields={{ id: s.id }} label="Aktifkan kembali" question={`Aktifkan kembali ${s.nama}?`} confirmLabel="Ya, aktifkan" pendingText="Menyimpan…" testId="aktifkan" />
          )}
        </Card>
      ) : null}
    </div>
  );
}
