const TONE = { DRAF: "bg-sky-100 text-sky-900", TERBIT: "bg-emerald-100 text-emerald-900", ARSIP: "bg-slate-200 text-slate-700" } as const;
const LABEL = { DRAF: "Draf", TERBIT: "Terbit", ARSIP: "Arsip" } as const;

/** A version's status as a badge. */
export function StatusBadge({ status }: { status: keyof typeof TONE }) {
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`} data-testid="status-badge" data-status={status}>{LABEL[status]}</span>;
}
