import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { rujukanHariBuka } from "@/lib/hari-buka/queries";
import { NotFoundError } from "@/lib/errors";
import { formatDateWithDay } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";
import { KELOMPOK_LABEL } from "@/lib/sasaran/kelompok";
import { CetakButton } from "@/components/supervisi/lembar-cetak";
import { EmptyState } from "@/components/ui/card";

export const metadata: Metadata = { title: "Daftar rujukan hari posyandu" };

/** Everyone flagged on one posyandu day, with the reasons; printable (A4). Names for roles that see people. */
export default async function RujukanPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "laporan.read")) notFound();
  const { id } = await params;
  let data: Awaited<ReturnType<typeof rujukanHariBuka>>;
  try {
    data = await rujukanHariBuka(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { hari, rows, denganNama } = data;
  return (
    <div>
      <style>{"@page { size: A4; margin: 15mm; } @media print { header, nav, footer, .no-print { display: none !important; } body { background: white; } }"}</style>
      <div className="no-print mb-3 flex flex-wrap items-center gap-3 print:hidden">
        <Link href={`/hari-buka/${hari.id}`} className="min-h-11 py-3 text-sm text-brand-700 underline">‹ Kembali ke hari posyandu</Link>
        <CetakButton />
      </div>
      <h1 className="text-xl font-bold">Daftar rujukan / kunjungan rumah</h1>
      <p className="mb-3 text-sm">Posyandu {hari.posyandu}, Desa {hari.desa} · {formatDateWithDay(dateFromIso(hari.tanggal))} · {rows.length} orang</p>
      {rows.length === 0 ? (
        <EmptyState title="Tidak ada yang dirujuk pada hari ini">Orang dengan temuan yang perlu dirujuk (mis. tidak naik, BGM, tekanan darah tinggi, KEK) tampil di sini setelah isiannya terkirim.</EmptyState>
      ) : (
        <table className="w-full border-collapse text-left text-sm" data-testid="rujukan-table">
          <caption className="sr-only">Daftar rujukan</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th className="py-1 pr-2">No</th>
              {denganNama ? <th className="py-1 pr-2">Nama</th> : null}
              <th className="py-1 pr-2">Kelompok, umur</th>
              <th className="py-1 pr-2">Alasan rujuk</th>
              <th className="py-1">Tindak lanjut</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} className="break-inside-avoid border-b border-slate-200 align-top">
                <td className="py-1 pr-2">{i + 1}</td>
                {denganNama ? <td className="py-1 pr-2 font-semibold">{r.nama}</td> : null}
                <td className="py-1 pr-2">{KELOMPOK_LABEL[r.kelompok as keyof typeof KELOMPOK_LABEL] ?? r.kelompok}, {r.umur}</td>
                <td className="py-1 pr-2"><ul className="list-disc pl-4">{r.temuan.map((t) => <li key={t.kode}>{t.label}</li>)}</ul></td>
                <td className="w-32 py-1">&nbsp;</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!denganNama ? <p className="mt-3 text-xs text-slate-600">Nama tidak ditampilkan untuk peran Anda; bidan desa dan puskesmas melihat daftar lengkap.</p> : null}
    </div>
  );
}
