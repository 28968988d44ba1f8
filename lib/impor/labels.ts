/** Bahasa Indonesia wording of import results. Pure, safe for client components. */
import { formatNumber } from "../i18n/format.ts";
import { FIELD_LABEL, type ImportSummary, type RowOutcome } from "./plan.ts";

export function summaryText(s: ImportSummary): string {
  return `${formatNumber(s.dusunBaru)} dusun baru, ${formatNumber(s.posyanduBaru)} posyandu baru, ${formatNumber(s.posyanduDiubah)} posyandu diubah, ${formatNumber(s.tidakBerubah)} baris tidak berubah`;
}

export function outcomeLabel(o: RowOutcome): string {
  switch (o.kind) {
    case "dusun-baru": return "Dusun baru";
    case "posyandu-baru": return "Posyandu baru";
    case "posyandu-diubah": return `Diubah: ${o.fields.map((f) => FIELD_LABEL[f]).join(", ")}`;
    default: return "Tidak berubah";
  }
}
