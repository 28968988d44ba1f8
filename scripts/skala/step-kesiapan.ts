/**
 * Readiness snapshots for the bench kabupaten: every posyandu scored for each of the last 60 months
 * by the app's own refresh (lib/kesiapan/refresh.ts), assessments counted from their date on; kaders,
 * kit and premises as generated (they keep no history). Runs after the kader, kit and pilot steps.
 */
import { refreshKabupaten } from "../../lib/kesiapan/refresh.ts";
import { formatNumber, todayInJakarta } from "../../lib/i18n/format.ts";
import type { SkalaContext } from "./context.ts";
import { SKALA_KABUPATEN } from "./steps.ts";

export const SKALA_BULAN = 60;

/** The first days of the last `count` months up to this one, oldest first. */
export function lastMonths(count: number, today = todayInJakarta()): string[] {
  const [y, m] = today.split("-").map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const t = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}-01`);
  }
  return out;
}

export async function kesiapan(ctx: SkalaContext): Promise<string> {
  const months = lastMonths(SKALA_BULAN);
  const kab = [...ctx.kabupaten.values()].filter((k) => (SKALA_KABUPATEN as readonly string[]).includes(k.kode));
  for (const k of kab) {
    for (const bulan of months.slice(0, -1)) await refreshKabupaten(ctx.tx, k.id, { bulan });
    await refreshKabupaten(ctx.tx, k.id);
  }
  const rows = await ctx.tx.kesiapanBulanan.count({ where: { posyandu: { desa: { kabupatenId: { in: kab.map((k) => k.id) } } } } });
  return `${formatNumber(rows)} snapshot kesiapan (${SKALA_BULAN} bulan, ${kab.map((k) => k.nama).join(" dan ")})`;
}
