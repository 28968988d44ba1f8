import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { getSasaran, listSasaran, type SasaranDetail } from "@/lib/sasaran/queries";
import { mergeSasaranAction } from "@/lib/sasaran/actions";
import { JENIS_KELAMIN_LABEL, STATUS_IBU_LABEL, ZSasaranListParams } from "@/lib/sasaran/schemas";
import { formatDate, todayInJakarta } from "@/lib/i18n/format";
import { isUuid } from "@/lib/dal/ids";
import { orNotFound } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/form-fields";
import { GabungForm, type GabungSisi } from "@/components/sasaran/gabung-form";
import { kelompokLabel } from "@/components/sasaran/rows";

export const metadata: Metadata = { title: "Gabungkan data ganda" };

function sisi(s: SasaranDetail): GabungSisi {
  const lahir = s.tanggalLahir.toISOString().slice(0, 10);
  return {
    id: s.id,
    label: s.nama,
    rows: [
      ["Nama", s.nama],
      ["NIK", s.nikMasked ?? "–"],
      ["Jenis kelamin", JENIS_KELAMIN_LABEL[s.jenisKelamin]],
      ["Tanggal lahir", `${formatDate(s.tanggalLahir)} (${kelompokLabel(lahir, todayInJakarta())})`],
      ["Nama ibu", s.namaIbu ?? "–"],
      ["Nama suami", s.namaSuami ?? "–"],
      ["Posyandu", s.posyandu.nama],
      ["Alamat", [s.alamat, s.rt ? `RT ${s.rt}` : null, s.rw ? `RW ${s.rw}` : null].filter(Boolean).join(", ") || "–"],
      ["Nomor KK", s.noKkMasked ?? "–"],
      ["Status", s.statusIbu.map((x) => STATUS_IBU_LABEL[x.status]).join(", ") || "–"],
      ["Catatan posyandu", `${s.jumlahPemeriksaan}${s.pemeriksaan[0] ? `, terakhir ${formatDate(s.pemeriksaan[0].tanggal)}` : ""}`],
      ["Didaftarkan", formatDate(s.createdAt)],
    ],
  };
}

export default async function GabungPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; lain?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "sasaran.merge")) notFound();
  const { id } = await params;
  const sp = await searchParams;
  const a = await orNotFound(getSasaran(viewer, id));
  const crumbs = [{ href: "/sasaran", label: "Sasaran" }, { href: `/sasaran/${a.id}`, label: a.nama }, { label: "Gabungkan data ganda" }];
  if (a.digabungKe) {
    return (
      <div>
        <PageHeader title="Gabungkan data ganda" crumbs={crumbs} />
        <Alert tone="warning">Data ini sudah digabungkan ke <Link className="underline" href={`/sasaran/${a.digabungKe.id}`}>{a.digabungKe.nama}</Link>.</Alert>
      </div>
    );
  }
  const b = isUuid(sp.lain) && sp.lain !== a.id ? await getSasaran(viewer, sp.lain).catch(() => null) : null;
  const q = (sp.q ?? a.nama).trim().slice(0, 100);
  const calon = b ? [] : (await listSasaran(viewer, ZSasaranListParams.parse({ q, size: "10" }))).rows.filter((r) => r.id !== a.id);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title="Gabungkan data ganda" description={`Satu orang tercatat dua kali? Pilih data gandanya, bandingkan, lalu simpan satu. Catatan posyandu dan status dari data lainnya pindah ke data yang disimpan.`} crumbs={crumbs} />
      {b && !b.digabungKe ? (
        <Card title="Bandingkan">
          <GabungForm action={mergeSasaranAction} a={sisi(a)} b={sisi(b)} />
          <p className="mt-3 text-sm"><Link className="text-brand-700 underline" href={`/sasaran/${a.id}/gabung`}>Pilih data lain</Link></p>
        </Card>
      ) : (
        <Card title="Cari data gandanya">
          <form method="get" className="mb-3 flex flex-wrap items-end gap-2" role="search">
            <TextField name="q" type="search" label="Nama atau NIK" defaultValue={q} className="min-w-64 flex-1" />
            <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">Cari</button>
          </form>
          {calon.length === 0 ? (
            <p className="text-sm text-slate-600">Tidak ada data lain yang mirip. Coba ejaan lain atau sebagian nama.</p>
          ) : (
            <ul className="flex flex-col divide-y divide-slate-100 text-sm" data-testid="gabung-calon">
              {calon.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span><strong>{c.nama}</strong> · lahir {formatDate(new Date(`${c.tanggalLahir}T00:00:00Z`))} · {c.posyandu.nama}{c.nikMasked ? ` · ${c.nikMasked}` : ""}{c.namaIbu ? ` · ibu ${c.namaIbu}` : ""}</span>
                  <Link href={`/sasaran/${a.id}/gabung?lain=${c.id}`} className="rounded-md border border-brand-600 px-3 py-2 font-semibold text-brand-700 hover:bg-brand-50">Bandingkan</Link>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </div>
  );
}
