"use client";
import { HASIL_VERIFIKASI, LABEL_HASIL_VERIFIKASI } from "@/lib/kunjungan/cek";
import type { Draf } from "@/lib/kunjungan/draf";
import { formatDate } from "@/lib/i18n/format";
import { inputClass } from "@/components/ui/field";

type Verifikasi = Draf["verifikasi"][number];
export interface TindakLanjutTerbuka { id: string; masalah: string; tindakan: string; pemilikNama: string; batasWaktu: string; status: string; dariTanggal: string }

const tgl = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * The follow-ups of earlier visits at this site still to check: open ones, and ones their owner marked
 * done that no submitted visit has confirmed yet. Selesai / sebagian / belum, with a note.
 */
export function VerifikasiList({ terbuka, verifikasi, onChange }: { terbuka: TindakLanjutTerbuka[]; verifikasi: Verifikasi[]; onChange: (list: Verifikasi[]) => void }) {
  if (!terbuka.length) return <p className="text-sm text-slate-600">Tidak ada tindak lanjut dari kunjungan sebelumnya yang perlu diperiksa di sasaran ini.</p>;
  const byId = new Map(verifikasi.map((v) => [v.tindakLanjutId, v]));
  const set = (id: string, patch: Partial<Verifikasi>) => {
    const before = byId.get(id) ?? { tindakLanjutId: id, hasil: "BELUM" as const, catatan: null };
    const next = { ...before, ...patch };
    onChange(byId.has(id) ? verifikasi.map((v) => (v.tindakLanjutId === id ? next : v)) : [...verifikasi, next]);
  };
  return (
    <ul className="flex flex-col gap-3">
      {terbuka.map((t) => {
        const v = byId.get(t.id);
        return (
          <li key={t.id} className="rounded-md border border-slate-200 p-3 text-sm" data-testid="verifikasi-item">
            <p className="font-semibold">{t.masalah}</p>
            <p>Tindakan: {t.tindakan}</p>
            <p className="text-slate-600">{t.pemilikNama} · batas {tgl(t.batasWaktu)} · dari kunjungan {tgl(t.dariTanggal)}</p>
            {t.status === "SELESAI" ? <p className="font-medium text-brand-800">Ditandai selesai oleh penanggung jawab: periksa buktinya.</p> : null}
            <div className="mt-2 grid grid-cols-3 gap-2" role="radiogroup" aria-label={`Hasil verifikasi: ${t.masalah}`}>
              {HASIL_VERIFIKASI.map((h) => (
                <label key={h} className="flex min-h-11 items-center justify-center gap-1 rounded-md border border-slate-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input type="radio" name={`verifikasi-${t.id}`} checked={v?.hasil === h} onChange={() => set(t.id, { hasil: h })} />
                  {LABEL_HASIL_VERIFIKASI[h]}
                </label>
              ))}
            </div>
            {v ? <input className={`${inputClass} mt-2`} placeholder="Catatan verifikasi" maxLength={1000} value={v.catatan ?? ""} onChange={(e) => set(t.id, { catatan: e.target.value || null })} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
