/** Display helpers of the reports (pure). */
import { formatDecimal } from "../i18n/format.ts";

/** A ratio in percent with one decimal ("83,3%"), or "–" when it has no denominator. Takes a percentage (0–100). */
export function persen(x: number | null): string {
  return x === null ? "–" : `${formatDecimal(x, 1)}%`;
}

/** The same for a CSV cell: a dot, one decimal, no % sign ("83.3"), empty when undefined. */
export function persenCsv(x: number | null): string {
  return x === null ? "" : x.toFixed(1);
}
