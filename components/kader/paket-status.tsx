import Link from "next/link";
import type { PaketStatus } from "@/lib/kader/queries";
import { HASIL_LABEL } from "@/lib/kader/label";

const MARK = { KOMPETEN: "✓", BELUM_KOMPETEN: "✗" } as const;

/** Package by package: complete or not, and each current skill's latest result; a link to assess a package. */
export function PaketStatusList({ paket, kaderId, canAssess }: { paket: PaketStatus[]; kaderId: string; canAssess: boolean }) {
  return (
    <ul className="flex flex-col gap-3" data-testid="paket-status">
      {paket.map((p) => {
        const done = p.keterampilan.filter((s) => s.hasil === "KOMPETEN").length;
        return (
          <li key={p.kode} className="rounded-md border border-slate-200 p-3">
            <details>
              <summary className="flex cursor-pointer flex-wrap items-center justify-between gap-2">
                <span className="font-medium">Paket {p.kode} · {p.nama}</span>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${p.lengkap ? "bg-emerald-100 text-emerald-800" : "bg-slate-100 text-slate-700"}`} data-testid={`paket-${p.kode}`}>
                  {p.lengkap ? "Lengkap" : `${done} dari ${p.keterampilan.length} kompeten`}
                </span>
              </summary>
              <ul className="mt-2 flex flex-col gap-1 text-sm">
                {p.keterampilan.map((s) => (
                  <li key={s.id} className="flex gap-2">
                    <span aria-hidden className={s.hasil === "KOMPETEN" ? "text-emerald-700" : s.hasil ? "text-red-700" : "text-slate-400"}>{s.hasil ? MARK[s.hasil] : "○"}</span>
                    <span><span className="font-mono text-xs">{s.kode}</span> {s.nama}{s.rekonstruksi ? <span className="ml-1 text-xs text-amber-800">(rekonstruksi)</span> : null} <span className="text-slate-600">— {s.hasil ? HASIL_LABEL[s.hasil] : "belum dinilai"}</span></span>
                  </li>
                ))}
              </ul>
              {canAssess ? <Link href={`/kader/${kaderId}/penilaian?paket=${p.kode}`} className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">Nilai paket {p.kode}</Link> : null}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
