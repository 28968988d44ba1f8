import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/access/permissions";
import { readAturan } from "@/lib/pengaturan/queries";
import { ATURAN_AMBANG_KESIAPAN, ATURAN_BOBOT_KESIAPAN, BAGIAN_KESIAPAN, LABEL_BAGIAN } from "@/lib/kesiapan/aturan";
import { resetAturanKesiapanAction, saveAmbangAction, saveBatasPercontohanAction, saveBobotAction } from "@/lib/kesiapan/actions";
import { ATURAN_BATAS_PERCONTOHAN } from "@/lib/percontohan/aturan";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { AturanForm, ResetAturanForm } from "@/components/kesiapan/aturan-form";

export const metadata: Metadata = { title: "Aturan kesiapan" };

const HINT: Record<string, string> = {
  kader: "Kader aktif dibanding jumlah minimal.",
  keterampilan: "Paket keterampilan yang dikuasai sedikitnya satu kader aktif.",
  sarana: "Item kit standar yang cukup dan layak.",
  prasarana: "Tempat untuk 5 langkah: ruang, tempat duduk, pojok privasi, air, toilet.",
  jadwal: "Jadwal hari buka rutin (nanti: hari buka 3 bulan terakhir).",
  layanan: "Kelompok siklus hidup yang dilayani (setelah data hari posyandu ada).",
};

export default async function AturanKesiapanPage({ searchParams }: { searchParams: Promise<{ disimpan?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "kesiapan.read")) notFound();
  const sp = await searchParams;
  const [bobot, ambang, batas] = await Promise.all([readAturan(viewer, ATURAN_BOBOT_KESIAPAN), readAturan(viewer, ATURAN_AMBANG_KESIAPAN), readAturan(viewer, ATURAN_BATAS_PERCONTOHAN)]);
  const edit = can(viewer, "katalog.manage");
  const b = ATURAN_BOBOT_KESIAPAN.bawaan;
  const a = ATURAN_AMBANG_KESIAPAN.bawaan;
  return (
    <div className="flex flex-col gap-4">
      <PageHeader
        title="Aturan kesiapan dan percontohan"
        description={`Bobot dan ambang skor kesiapan ILP yang berlaku di ${viewer.kabupatenNama}. Perubahan langsung menghitung ulang skor bulan ini untuk semua posyandu.`}
        crumbs={[{ href: "/", label: "Beranda" }, { href: "/kesiapan", label: "Kesiapan ILP" }, { label: "Aturan" }]}
      />
      {sp.disimpan ? <Alert tone="success">Aturan sudah disimpan dan skor bulan ini dihitung ulang.</Alert> : null}
      <Card title="Bobot bagian (jumlah 100)">
        <p className="mb-2 text-sm text-slate-700">{bobot.diubah ? "Diubah oleh Dinkes kabupaten ini." : "Memakai nilai bawaan."} Bagian yang belum bisa dihitung (misalnya layanan sebelum ada data hari posyandu) tidak ikut penyebut.</p>
        <table className="mb-3 w-full text-sm" data-testid="bobot-berlaku">
          <caption className="sr-only">Bobot yang berlaku</caption>
          <thead><tr className="text-left text-slate-600"><th className="py-1 font-medium">Bagian</th><th className="py-1 text-right font-medium">Berlaku</th><th className="py-1 text-right font-medium">Bawaan</th></tr></thead>
          <tbody className="divide-y divide-slate-100">
            {BAGIAN_KESIAPAN.map((k) => <tr key={k}><td className="py-1">{LABEL_BAGIAN[k]}</td><td className="py-1 text-right tabular-nums">{bobot.nilai[k]}</td><td className="py-1 text-right tabular-nums text-slate-500">{b[k]}</td></tr>)}
            <tr><td className="py-1">Kader aktif minimal</td><td className="py-1 text-right tabular-nums">{bobot.nilai.kaderAktifMin}</td><td className="py-1 text-right tabular-nums text-slate-500">{b.kaderAktifMin}</td></tr>
          </tbody>
        </table>
        <p className="mb-3 text-xs text-slate-500">Sumber: {ATURAN_BOBOT_KESIAPAN.sumber}</p>
        {edit ? (
          <>
            <AturanForm
              action={saveBobotAction}
              testId="form-bobot"
              fields={[...BAGIAN_KESIAPAN.map((k) => ({ name: k, label: `Bobot ${LABEL_BAGIAN[k].toLowerCase()}`, value: bobot.nilai[k], hint: HINT[k] })), { name: "kaderAktifMin", label: "Kader aktif minimal", value: bobot.nilai.kaderAktifMin, hint: "Posyandu Aktif: minimal 5." }]}
            />
            {bobot.diubah ? <div className="mt-3"><ResetAturanForm action={resetAturanKesiapanAction} kunci={ATURAN_BOBOT_KESIAPAN.kunci} /></div> : null}
          </>
        ) : null}
      </Card>
      <Card title="Ambang kategori">
        <p className="mb-2 text-sm text-slate-700" data-testid="ambang-berlaku">
          Skor ≥ {ambang.nilai.siap}: siap · {ambang.nilai.siapBersyarat}–{ambang.nilai.siap - 1}: siap bersyarat · &lt; {ambang.nilai.siapBersyarat}: belum siap.{" "}
          <span className="text-slate-500">{ambang.diubah ? `(bawaan: ${a.siap} dan ${a.siapBersyarat})` : "(nilai bawaan)"}</span>
        </p>
        <p className="mb-3 text-xs text-slate-500">Sumber: {ATURAN_AMBANG_KESIAPAN.sumber}</p>
        {edit ? (
          <>
            <AturanForm action={saveAmbangAction} testId="form-ambang" fields={[{ name: "siap", label: "Ambang siap", value: ambang.nilai.siap }, { name: "siapBersyarat", label: "Ambang siap bersyarat", value: ambang.nilai.siapBersyarat }]} />
            {ambang.diubah ? <div className="mt-3"><ResetAturanForm action={resetAturanKesiapanAction} kunci={ATURAN_AMBANG_KESIAPAN.kunci} /></div> : null}
          </>
        ) : null}
      </Card>
      <Card title="Batas percontohan per tahun">
        <p className="mb-2 text-sm text-slate-700" data-testid="batas-berlaku">
          Paling banyak {batas.nilai.posyanduPerDesa} posyandu percontohan per desa dan {batas.nilai.desaPerPuskesmas} desa percontohan per puskesmas dalam satu tahun.{" "}
          <span className="text-slate-500">{batas.diubah ? `(bawaan: ${ATURAN_BATAS_PERCONTOHAN.bawaan.posyanduPerDesa} dan ${ATURAN_BATAS_PERCONTOHAN.bawaan.desaPerPuskesmas})` : "(nilai bawaan)"}</span>
        </p>
        <p className="mb-3 text-xs text-slate-500">Sumber: {ATURAN_BATAS_PERCONTOHAN.sumber}</p>
        {edit ? (
          <>
            <AturanForm action={saveBatasPercontohanAction} testId="form-batas" fields={[{ name: "posyanduPerDesa", label: "Posyandu percontohan per desa", value: batas.nilai.posyanduPerDesa }, { name: "desaPerPuskesmas", label: "Desa percontohan per puskesmas", value: batas.nilai.desaPerPuskesmas }]} />
            {batas.diubah ? <div className="mt-3"><ResetAturanForm action={resetAturanKesiapanAction} kunci={ATURAN_BATAS_PERCONTOHAN.kunci} /></div> : null}
          </>
        ) : null}
      </Card>
    </div>
  );
}
