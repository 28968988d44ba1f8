import { LABEL_STATUS_TL, type StatusTindakLanjut } from "@/lib/supervisi/pemilik";
import { formatNumber } from "@/lib/i18n/format";

const STATUS_CLASS: Record<StatusTindakLanjut, string> = {
  BELUM: "border-slate-300 bg-slate-50 text-slate-800",
  PROSES: "border-amber-300 bg-amber-50 text-amber-900",
  SELESAI: "border-green-300 bg-green-50 text-green-900",
};

export function StatusTLBadge({ status }: { status: StatusTindakLanjut }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[status]}`}>{LABEL_STATUS_TL[status]}</span>;
}

/** Overdue: red and said in words, not by colour alone. */
export function TerlambatLabel({ hari }: { hari: number }) {
  if (hari <= 0) return null;
  return <span className="inline-block rounded border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-900" data-testid="terlambat">Terlambat {formatNumber(hari)} hari</span>;
}
