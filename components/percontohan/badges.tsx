import { TAHAP_LABEL, type Tahap, type TargetStatus } from "@/lib/percontohan/tahap";

const TAHAP_STYLE: Record<Tahap, string> = {
  DIUSULKAN: "bg-slate-200 text-slate-800",
  DITETAPKAN: "bg-sky-100 text-sky-900",
  ASESMEN_AWAL: "bg-indigo-100 text-indigo-900",
  SIAP: "bg-amber-100 text-amber-900",
  BERJALAN: "bg-emerald-100 text-emerald-900",
  DIREPLIKASI: "bg-teal-700 text-white",
};

/** A stage as a coloured badge (the word is always there: colour is never the only signal). */
export function TahapBadge({ tahap }: { tahap: Tahap }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TAHAP_STYLE[tahap]}`} data-testid="tahap-badge">{TAHAP_LABEL[tahap]}</span>;
}

const TARGET_STYLE: Record<TargetStatus["kind"], string> = {
  terlambat: "bg-red-100 font-semibold text-red-900",
  dekat: "bg-amber-100 text-amber-900",
  sesuai: "text-slate-700",
  tercapai: "text-emerald-800",
  tanpa: "text-slate-500",
};

/** Days to the target date, overdue in red with a warning sign. */
export function TargetLabel({ status }: { status: TargetStatus }) {
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-sm ${TARGET_STYLE[status.kind]}`} data-testid={`target-${status.kind}`}>
      {status.kind === "terlambat" ? <span aria-hidden>⚠ </span> : null}
      {status.label}
    </span>
  );
}
