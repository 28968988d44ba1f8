import { LABEL_KATEGORI, type KategoriKesiapan } from "@/lib/kesiapan/kategori";

const TONE: Record<KategoriKesiapan, string> = {
  SIAP: "bg-emerald-100 text-emerald-900",
  SIAP_BERSYARAT: "bg-amber-100 text-amber-900",
  BELUM_SIAP: "bg-red-100 text-red-900",
};

/** The readiness category as a coloured badge; without a score, "belum dihitung". */
export function KategoriBadge({ kategori }: { kategori: KategoriKesiapan | null }) {
  if (!kategori) return <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-700">Belum dihitung</span>;
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[kategori]}`} data-kategori={kategori}>{LABEL_KATEGORI[kategori]}</span>;
}

const TREN = { naik: ["▲", "naik", "text-emerald-700"], turun: ["▼", "turun", "text-red-700"], tetap: ["■", "tetap", "text-slate-500"] } as const;

/** ▲ naik / ▼ turun / ■ tetap against the previous monthly score, with the previous score for screen readers. */
export function TrenArrow({ tren, sebelum }: { tren: "naik" | "turun" | "tetap" | null; sebelum?: number | null }) {
  if (!tren) return <span className="text-xs text-slate-500">–</span>;
  const [icon, label, tone] = TREN[tren];
  return (
    <span className={`text-sm ${tone}`} title={sebelum !== undefined && sebelum !== null ? `Bulan sebelumnya ${sebelum}` : undefined}>
      <span aria-hidden="true">{icon}</span> {label}
    </span>
  );
}
