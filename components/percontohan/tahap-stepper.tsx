import { TAHAP_LABEL, TAHAP_URUT, tahapIndex, type Tahap } from "@/lib/percontohan/tahap";
import { formatDate } from "@/lib/i18n/format";
import { dateFromIso } from "@/lib/posyandu/jadwal";

export interface RiwayatEntry { id: string; dari: Tahap | null; ke: Tahap; tanggal: string; alasan: string | null; olehNama: string }

const fmt = (iso: string) => formatDate(dateFromIso(iso));

/**
 * The six stages in order, the current one marked, each reached stage with the date it was last
 * reached; then every move (who, when, why when it went back), newest first.
 */
export function TahapStepper({ tahap, riwayat }: { tahap: Tahap; riwayat: RiwayatEntry[] }) {
  const current = tahapIndex(tahap);
  const reached = new Map<Tahap, string>();
  for (const r of riwayat) reached.set(r.ke, r.tanggal);
  return (
    <div className="flex flex-col gap-4">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="tahap-stepper">
        {TAHAP_URUT.map((t, i) => {
          const state = i < current ? "lewat" : i === current ? "kini" : "belum";
          const style = state === "kini" ? "border-brand-700 bg-brand-50 font-semibold text-brand-900" : state === "lewat" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-slate-200 text-slate-500";
          return (
            <li key={t} className={`rounded-md border px-2 py-2 text-sm ${style}`} aria-current={state === "kini" ? "step" : undefined}>
              <span className="block">{i + 1}. {TAHAP_LABEL[t]}{state === "kini" ? " (sekarang)" : ""}</span>
              <span className="block text-xs">{state !== "belum" && reached.has(t) ? fmt(reached.get(t)!) : state === "belum" ? "belum" : "–"}</span>
            </li>
          );
        })}
      </ol>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Riwayat tahap</h3>
        <ol className="flex flex-col gap-2 text-sm" data-testid="riwayat-tahap">
          {[...riwayat].reverse().map((r) => {
            const back = r.dari !== null && tahapIndex(r.ke) < tahapIndex(r.dari);
            return (
              <li key={r.id} className={`rounded-md border p-2 ${back ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}>
                <span className="font-medium">{fmt(r.tanggal)}</span>: {r.dari ? <>{TAHAP_LABEL[r.dari]} → {TAHAP_LABEL[r.ke]}</> : <>{TAHAP_LABEL[r.ke]}</>}{back ? " (kembali)" : ""} · oleh {r.olehNama}
                {r.alasan ? <span className="block text-slate-700">Alasan: {r.alasan}</span> : null}
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
