/**
 * Demo readiness snapshots: every posyandu scored for each month since January 2024, from the demo
 * data as it stands (assessments count from their date on; kaders, kit and premises as they are now,
 * since they keep no history). Runs last in seedDemo, after the kaders, kit and pilots.
 */
import type { Db } from "../lib/prisma-client.ts";
import { refreshKabupaten } from "../lib/kesiapan/refresh.ts";
import { todayInJakarta } from "../lib/i18n/format.ts";

export async function seedKesiapan(db: Db, log: (l: string) => void, from = "2024-01-01", now = new Date()) {
  const months: string[] = [];
  const until = todayInJakarta(now).slice(0, 7);
  for (let [y, m] = from.split("-").map(Number); `${y}-${String(m).padStart(2, "0")}` <= until; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    months.push(`${y}-${String(m).padStart(2, "0")}-01`);
  }
  const kabupaten = await db.kabupaten.findMany({ select: { id: true } });
  await db.$transaction(async (tx) => {
    for (const k of kabupaten) {
      for (const bulan of months.slice(0, -1)) await refreshKabupaten(tx, k.id, { bulan, now });
      await refreshKabupaten(tx, k.id, { now });
    }
  }, { timeout: 120_000 });
  log(`Skor kesiapan demo: ${months.length} bulan (${months[0].slice(0, 7)} s.d. ${until}).`);
}
