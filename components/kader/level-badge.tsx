import { LEVEL_LABEL, type Level } from "@/lib/kader/level-label";

// Yellow for Madya follows the pins districts give (TTS, NTT 2025: yellow pin = Madya).
const TONE: Record<Level | "BELUM", string> = {
  UTAMA: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  MADYA: "bg-amber-100 text-amber-900 ring-amber-300",
  PURWA: "bg-sky-100 text-sky-900 ring-sky-300",
  BELUM: "bg-slate-100 text-slate-700 ring-slate-300",
};

/** A kader's level as a coloured badge; the reason is its tooltip, or shown beside it with `withReason`. */
export function LevelBadge({ level, alasan, withReason = false }: { level: Level | null; alasan: string | null; withReason?: boolean }) {
  const key = level ?? "BELUM";
  const label = level ? LEVEL_LABEL[level] : "Belum";
  const badge = (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE[key]}`} title={withReason ? undefined : (alasan ?? undefined)} data-testid="level-badge" data-level={key}>
      {label}
    </span>
  );
  if (!withReason) return badge;
  return (
    <span className="flex flex-wrap items-center gap-2">
      {badge}
      <span className="text-sm text-slate-700" data-testid="level-alasan">{alasan ?? "Belum dihitung."}</span>
    </span>
  );
}
