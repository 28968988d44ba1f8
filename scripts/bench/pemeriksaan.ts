/**
 * Saving a posyandu-day entry (POST /api/pemeriksaan) in the bench, on a bench-only posyandu day:
 * a day opened by SQL for the kader's own posyandu on today's date (Asia/Jakarta), after every real
 * entry of its people, so that no real entry's N/T/O/B is derived again; everything the saves wrote
 * (entries, their audit rows, the day) is deleted at the end, and at the start when an earlier run
 * was interrupted. The bodies are plausible entries for real people of the posyandu (entriOrang),
 * so the server reads their real history and status.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { lmsRow } from "../../lib/pertumbuhan/lms.ts";
import { valueAtZ } from "../../lib/pertumbuhan/zscore.ts";

/** The day's note: how the bench finds its own days again (and nothing else). */
export const BENCH_DAY_NOTE = "bench: simpan pemeriksaan (dihapus setelah bench)";

export interface Balita {
  id: string;
  jk: "L" | "P";
  lahir: string;
}

/** WHO median weight and length/height for the child's age on the day: a plausible entry that needs no confirmation. */
export function entriBalita(s: Balita, hariBukaId: string, day: string, id: string = randomUUID()) {
  const days = Math.round((Date.parse(day) - Date.parse(s.lahir)) / 86_400_000);
  const sex = s.jk === "L" ? 1 : 2;
  const w = lmsRow("weianthro", sex, days)!;
  const h = lmsRow("lenanthro", sex, days)!;
  const lying = days < 731;
  return {
    id,
    hariBukaId,
    sasaranId: s.id,
    beratKg: Math.round(valueAtZ(0, w.l, w.m, w.s) * 10) / 10,
    tinggiCm: Math.round(valueAtZ(0, h.l, h.m, h.s) * 10) / 10,
    caraUkur: lying ? "TELENTANG" : "BERDIRI",
    diukurOleh: "KADER",
    layanan: {},
    skrining: {},
    dikonfirmasi: [] as string[],
  };
}

/** An entry as POST /api/pemeriksaan takes it (lib/pemeriksaan/schemas.ts ZPemeriksaanInput). */
export type Entri = Omit<ReturnType<typeof entriBalita>, "tinggiCm" | "caraUkur"> & {
  tinggiCm: number | null;
  caraUkur: string | null;
  lilaCm?: number;
  lingkarKepalaCm?: number;
  lingkarPerutCm?: number;
  sistolik?: number;
  diastolik?: number | null;
};

/** A person of the posyandu with the values of their latest entry that has a weight (none: never weighed). */
export interface Orang extends Balita {
  umurBulan: number;
  terakhir: { beratKg: number; tinggiCm: number | null; caraUkur: string | null; lilaCm: number | null; lingkarKepalaCm: number | null; lingkarPerutCm: number | null; sistolik: number | null; diastolik: number | null } | null;
}

/**
 * A plausible entry for anyone: their latest values again (a balita 0.2 kg heavier and 0.3 cm
 * taller: "naik" by any KBM up to 11 months, never a shrinking height), or for a balita never
 * weighed the WHO medians; null for an older person never weighed (no values to go by).
 */
export function entriOrang(o: Orang, hariBukaId: string, day: string, id: string = randomUUID()): Entri | null {
  if (!o.terakhir) return o.umurBulan < 60 ? entriBalita(o, hariBukaId, day, id) : null;
  const t = o.terakhir;
  const balita = o.umurBulan < 60;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return {
    id, hariBukaId, sasaranId: o.id, diukurOleh: "KADER", layanan: {}, skrining: {}, dikonfirmasi: [],
    beratKg: balita ? r1(t.beratKg + 0.2) : t.beratKg,
    tinggiCm: t.tinggiCm === null ? null : balita ? r1(t.tinggiCm + 0.3) : t.tinggiCm,
    caraUkur: balita ? (o.umurBulan < 24 ? "TELENTANG" : "BERDIRI") : (t.caraUkur as string),
    ...(t.lilaCm !== null ? { lilaCm: t.lilaCm } : {}),
    ...(t.lingkarKepalaCm !== null ? { lingkarKepalaCm: t.lingkarKepalaCm } : {}),
    ...(t.lingkarPerutCm !== null ? { lingkarPerutCm: t.lingkarPerutCm } : {}),
    ...(t.sistolik !== null ? { sistolik: t.sistolik, diastolik: t.diastolik } : {}),
  };
}

export interface BenchDay {
  id: string;
  tanggal: string;
  /** Live, active people of the posyandu born before the day, each with a plausible entry; none has an entry on or after the day. */
  orang: Orang[];
}

/** Deletes the bench's days and what was saved on them (entries, their audit rows, who was on duty). */
export async function removeBenchDays(db: pg.Client): Promise<number> {
  await db.query("BEGIN");
  try {
    const { rows } = await db.query<{ id: string }>("SELECT id FROM hari_buka WHERE catatan = $1", [BENCH_DAY_NOTE]);
    const ids = rows.map((r) => r.id);
    if (ids.length) {
      await db.query("DELETE FROM audit_log WHERE entity = 'pemeriksaan' AND entity_id IN (SELECT id::text FROM pemeriksaan WHERE hari_buka_id = ANY($1::uuid[]))", [ids]);
      await db.query("DELETE FROM pemeriksaan WHERE hari_buka_id = ANY($1::uuid[])", [ids]);
      await db.query("DELETE FROM petugas_hari_buka WHERE hari_buka_id = ANY($1::uuid[])", [ids]);
      await db.query("DELETE FROM hari_buka WHERE id = ANY($1::uuid[])", [ids]);
    }
    await db.query("COMMIT");
    return ids.length;
  } catch (error) {
    await db.query("ROLLBACK");
    throw error;
  }
}

/** Opens the bench day for the posyandu, or null (with the reason) when it cannot be done without touching real data. */
export async function openBenchDay(db: pg.Client, posyanduId: string): Promise<BenchDay | { skipped: string }> {
  const { rows: [day] } = await db.query<{ tanggal: string; taken: boolean; later: boolean; kabupaten_id: string; desa_id: string }>(
    `WITH d AS (SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date AS tanggal)
     SELECT to_char(d.tanggal, 'YYYY-MM-DD') AS tanggal, de.kabupaten_id, p.desa_id,
            EXISTS (SELECT 1 FROM hari_buka h WHERE h.posyandu_id = p.id AND h.tanggal = d.tanggal) AS taken,
            EXISTS (SELECT 1 FROM pemeriksaan e WHERE e.posyandu_id = p.id AND e.tanggal >= d.tanggal) AS later
       FROM d, posyandu p JOIN desa de ON de.id = p.desa_id WHERE p.id = $1`,
    [posyanduId],
  );
  if (!day) return { skipped: "posyandu pengguna tidak ada" };
  if (day.taken || day.later) return { skipped: `posyandu ini sudah punya hari buka atau isian pada ${day.tanggal}` };
  const id = randomUUID();
  await db.query("INSERT INTO hari_buka (id, kabupaten_id, desa_id, posyandu_id, tanggal, catatan, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())", [id, day.kabupaten_id, day.desa_id, posyanduId, day.tanggal, BENCH_DAY_NOTE]);
  const { rows } = await db.query<{ id: string; jk: "L" | "P"; lahir: string; umur_bulan: number; terakhir: Orang["terakhir"] }>(
    `SELECT s.id, s.jenis_kelamin::text AS jk, to_char(s.tanggal_lahir, 'YYYY-MM-DD') AS lahir,
            (extract(year FROM age($2::date, s.tanggal_lahir)) * 12 + extract(month FROM age($2::date, s.tanggal_lahir)))::int AS umur_bulan,
            (SELECT json_build_object('beratKg', e.berat_kg, 'tinggiCm', e.tinggi_cm, 'caraUkur', e.cara_ukur, 'lilaCm', e.lila_cm, 'lingkarKepalaCm', e.lingkar_kepala_cm,
                                      'lingkarPerutCm', e.lingkar_perut_cm, 'sistolik', e.sistolik, 'diastolik', e.diastolik)
               FROM pemeriksaan e WHERE e.sasaran_id = s.id AND e.berat_kg IS NOT NULL ORDER BY e.tanggal DESC LIMIT 1) AS terakhir
       FROM sasaran s
      WHERE s.posyandu_id = $1 AND s.digabung_ke_id IS NULL AND s.is_active AND s.tanggal_lahir <= $2::date - interval '1 month'
      ORDER BY s.id`,
    [posyanduId, day.tanggal],
  );
  const orang = rows.map((r) => ({ id: r.id, jk: r.jk, lahir: r.lahir, umurBulan: r.umur_bulan, terakhir: r.terakhir }));
  return { id, tanggal: day.tanggal, orang: orang.filter((o) => entriOrang(o, id, day.tanggal) !== null) };
}
