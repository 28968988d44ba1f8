import { formatDate } from "@/lib/i18n/format";
import { HASIL_LABEL, METODE_LABEL } from "@/lib/kader/label";

export interface RiwayatRow {
  id: string;
  tanggal: Date;
  metode: keyof typeof METODE_LABEL;
  hasil: keyof typeof HASIL_LABEL;
  catatan: string | null;
  penilai: { nama: string };
  keterampilan: { kode: string; nama: string; versi: number; retiredAt: Date | null };
}

/** Every assessment, newest first, in the wording of the skill version it was made with. */
export function RiwayatPenilaian({ rows }: { rows: RiwayatRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">Belum ada penilaian keterampilan.</p>;
  return (
    <ol className="flex flex-col gap-2" data-testid="riwayat-penilaian">
      {rows.map((r) => (
        <li key={r.id} className="rounded-md border border-slate-200 p-3 text-sm">
          <div className="flex flex-wrap justify-between gap-2">
            <span className="font-semibold"><span className="font-mono">{r.keterampilan.kode}</span> · <span className={r.hasil === "KOMPETEN" ? "text-emerald-800" : "text-red-800"}>{HASIL_LABEL[r.hasil]}</span></span>
            <span className="text-slate-600">{formatDate(r.tanggal)} · {METODE_LABEL[r.metode]} · oleh {r.penilai.nama}</span>
          </div>
          <p className="mt-1 text-slate-700">{r.keterampilan.nama}{r.keterampilan.retiredAt ? <span className="ml-1 text-xs text-slate-500">(rumusan versi {r.keterampilan.versi}, sudah diperbarui)</span> : null}</p>
          {r.catatan ? <p className="mt-1 text-slate-600">Catatan: {r.catatan}</p> : null}
        </li>
      ))}
    </ol>
  );
}
