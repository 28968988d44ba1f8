import { formatDateTime } from "@/lib/i18n/format";

const ACTION_LABEL: Record<string, string> = { CREATE: "Dibuat", UPDATE: "Diubah", DELETE: "Dihapus", IMPORT: "Diimpor", ACTIVATE: "Diaktifkan", DEACTIVATE: "Dinonaktifkan", RESET_PASSWORD: "Kata sandi diatur ulang", CHANGE_PASSWORD: "Kata sandi diganti", DOWNLOAD: "Diunduh", MERGE: "Digabung" };

export interface HistoryEntry { id: bigint | number | string; at: Date; actorName: string; action: string; before: unknown; after: unknown }

/** How a value reads: a caller's wording first (names for ids, labels for codes), then a plain default. */
export type FormatValue = (field: string, value: unknown) => string | undefined;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function changes(before: unknown, after: unknown, labels: Record<string, string>, format?: FormatValue): { field: string; from: string; to: string }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const plain = (v: unknown) =>
    v === null || v === undefined || v === "" ? "–"
      : typeof v === "boolean" ? (v ? "ya" : "tidak")
      : typeof v === "string" && ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)) ? `${formatDateTime(new Date(v))} WIB`
      : String(v);
  const show = (k: string, v: unknown) => (v === null || v === undefined ? "–" : format?.(k, v) ?? plain(v));
  const out: { field: string; from: string; to: string }[] = [];
  for (const k of keys) {
    if (k === "id" || !(k in labels)) continue;
    if (JSON.stringify(b[k]) !== JSON.stringify(a[k])) out.push({ field: labels[k], from: show(k, b[k]), to: show(k, a[k]) });
  }
  return out;
}

/** The audit trail of one record: who changed what, when (WIB). */
export function History({ entries, labels, formatValue }: { entries: HistoryEntry[]; labels: Record<string, string>; formatValue?: FormatValue }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">Belum ada riwayat perubahan.</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="riwayat">
      {entries.map((e) => {
        const diff = e.action === "UPDATE" ? changes(e.before, e.after, labels, formatValue) : [];
        return (
          <li key={String(e.id)} className="rounded-md border border-slate-200 p-3 text-sm">
            <div className="flex flex-wrap justify-between gap-2">
              <span className="font-semibold">{ACTION_LABEL[e.action] ?? e.action}</span>
              <span className="text-slate-600">{formatDateTime(e.at)} WIB · oleh {e.actorName}</span>
            </div>
            {diff.length ? (
              <ul className="mt-2 list-disc pl-5 text-slate-700">
                {diff.map((d) => <li key={d.field}>{d.field}: {d.from} → {d.to}</li>)}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
