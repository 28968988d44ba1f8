"use client";
import type { Penilaian } from "@/lib/pemeriksaan/nilai";

const TINGKAT = {
  bahaya: "border-red-300 bg-red-50 text-red-900",
  waspada: "border-amber-300 bg-amber-50 text-amber-900",
  info: "border-slate-200 bg-slate-50 text-slate-800",
} as const;

/** What the values mean, as they are typed: summary lines, then the findings (those that refer marked). */
export function UmpanBalik({ p }: { p: Penilaian }) {
  if (p.ringkasan.length === 0 && p.temuan.length === 0) return <p className="text-sm text-slate-600" data-testid="umpan-balik">Isi ukuran di atas: hasilnya tampil di sini sebelum disimpan.</p>;
  return (
    <div className="grid gap-2" data-testid="umpan-balik" aria-live="polite">
      {p.ringkasan.length > 0 ? (
        <ul className="grid gap-1 rounded-md border border-slate-200 bg-white p-3 text-sm">
          {p.ringkasan.map((r, i) => <li key={i}>{r}</li>)}
        </ul>
      ) : null}
      {p.temuan.map((t) => (
        <p key={t.kode} className={`rounded-md border p-2 text-sm ${TINGKAT[t.tingkat] ?? TINGKAT.info}`} data-kode={t.kode}>
          {t.label}{t.rujuk ? <strong className="ml-1">· Rujuk</strong> : null}
        </p>
      ))}
      {p.dirujuk ? <p className="text-sm font-semibold text-red-800" data-testid="masuk-rujukan">Orang ini masuk daftar rujukan hari ini.</p> : null}
    </div>
  );
}
