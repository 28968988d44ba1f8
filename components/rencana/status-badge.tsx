import type { StatusKunjungan } from "@/lib/rencana/schemas";

export const STATUS_LABEL: Record<StatusKunjungan, string> = { DIRENCANAKAN: "Direncanakan", BERLANGSUNG: "Berlangsung", SELESAI: "Selesai", BATAL: "Batal" };

/** Colour and text together: the status never rests on colour alone. */
export const STATUS_CLASS: Record<StatusKunjungan, string> = {
  DIRENCANAKAN: "border-sky-300 bg-sky-50 text-sky-900",
  BERLANGSUNG: "border-amber-300 bg-amber-50 text-amber-900",
  SELESAI: "border-emerald-300 bg-emerald-50 text-emerald-900",
  BATAL: "border-slate-300 bg-slate-100 text-slate-600 line-through",
};

export function StatusBadge({ status }: { status: StatusKunjungan }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[status]}`} data-status={status}>{STATUS_LABEL[status]}</span>;
}
