"use client";
import { answerError, answerScore } from "@/lib/supervisi/score";
import type { NilaiFakta } from "@/lib/supervisi/fakta";
import type { ButirTampil } from "@/lib/kunjungan/butir";
import type { JawabanDraf } from "@/lib/kunjungan/draf";
import { nilaiDipakai } from "@/lib/kunjungan/fakta-nilai";
import { inputClass } from "@/components/ui/field";

type Patch = Partial<Omit<JawabanDraf, "butirId">>;

const choice = "flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold";

/** The choices of an item as radio buttons: ya/tidak, 1–4, or the item's options. */
function pilihanOf(b: ButirTampil): { nilai: number; label: string }[] {
  if (b.tipe === "YA_TIDAK") return [{ nilai: 1, label: "Ya" }, { nilai: 0, label: "Tidak" }];
  if (b.tipe === "SKALA") return [1, 2, 3, 4].map((n) => ({ nilai: n, label: String(n) }));
  if (b.tipe === "PILIHAN") return (b.opsi.opsi ?? []).map((o, i) => ({ nilai: i, label: o.label }));
  return [];
}

/**
 * One item of the checklist: the question, its standard, the system fact with "pakai nilai ini",
 * the answer by type, "tidak berlaku" where the item allows it, a note, and "Tambahkan temuan"
 * when the answer scores low. Every change also keeps the fact as shown (JawabanKunjungan.fakta).
 */
export function ButirJawaban({ b, j, fakta, onChange, onTemuan, serverError }: {
  b: ButirTampil;
  j: JawabanDraf | undefined;
  fakta: NilaiFakta | null;
  onChange: (patch: Patch) => void;
  onTemuan: () => void;
  serverError?: string[];
}) {
  const set = (patch: Patch) => onChange({ ...patch, fakta: fakta ?? null });
  const na = j?.na ?? false;
  const error = answerError(b, j) ?? serverError?.join(" ");
  const skor = answerScore(b, j);
  const dipakai = nilaiDipakai(b.tipe, fakta);
  const name = `jawaban-${b.id}`;
  return (
    <fieldset className="flex flex-col gap-2 border-b border-slate-200 py-3" data-testid={`butir-${b.kode}`} data-tipe={b.tipe} aria-invalid={error ? true : undefined}>
      <legend className="text-sm">
        <span className="font-semibold text-slate-900">{b.kode}</span> {b.pertanyaan}
        {b.kritis ? <span className="ml-1 rounded bg-red-100 px-1 text-xs font-semibold text-red-800">kritis</span> : null}
      </legend>
      {b.standar ? <p className="text-xs text-slate-600">Standar: {b.standar}</p> : null}
      {fakta ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md bg-sky-50 px-2 py-1 text-xs text-sky-900">
          <span>Data sistem: {fakta.label}</span>
          {dipakai !== null ? (
            <button type="button" className="min-h-9 rounded border border-sky-300 bg-white px-2 font-semibold" onClick={() => set({ nilai: dipakai, na: false })}>
              Pakai nilai ini
            </button>
          ) : null}
        </div>
      ) : null}
      {!na ? (
        b.tipe === "ANGKA" ? (
          <input type="number" inputMode="numeric" min={0} className={inputClass} aria-label={`Jawaban ${b.kode}`} value={j?.nilai ?? ""} onChange={(e) => set({ nilai: e.target.value === "" ? null : Number(e.target.value) })} />
        ) : b.tipe === "TEKS" ? (
          <textarea className={inputClass} rows={2} aria-label={`Jawaban ${b.kode}`} maxLength={1000} value={j?.teks ?? ""} onChange={(e) => set({ teks: e.target.value })} />
        ) : (
          <div className={`grid gap-2 ${b.tipe === "PILIHAN" ? "grid-cols-1" : b.tipe === "SKALA" ? "grid-cols-4" : "grid-cols-2"}`}>
            {pilihanOf(b).map((p) => (
              <label key={p.nilai} className={choice}>
                <input type="radio" name={name} checked={j?.nilai === p.nilai} onChange={() => set({ nilai: p.nilai })} />
                {p.label}
              </label>
            ))}
          </div>
        )
      ) : null}
      {b.bolehNa ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={na} onChange={(e) => set({ na: e.target.checked, nilai: null, teks: null })} /> Tidak berlaku
        </label>
      ) : null}
      {b.tipe === "ANGKA" && b.opsi.target ? <p className="text-xs text-slate-600">Target {b.opsi.target}: skor penuh bila tercapai.</p> : null}
      <input type="text" className={`${inputClass} text-sm`} placeholder="Catatan (boleh kosong)" aria-label={`Catatan ${b.kode}`} maxLength={1000} value={j?.catatan ?? ""} onChange={(e) => onChange({ catatan: e.target.value || null })} />
      {error ? <p className="text-sm text-red-700" role="alert">{error}</p> : null}
      {skor !== null && skor < 0.5 ? (
        <button type="button" className="self-start text-sm font-semibold text-brand-700 underline" onClick={onTemuan}>
          Tambahkan temuan
        </button>
      ) : null}
    </fieldset>
  );
}
