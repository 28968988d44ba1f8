/**
 * The numbers behind docs/skala.md, measured on this machine: bytes per row of a measurement table
 * shaped like the planned `pengukuran_anak` (with its indexes and an audit row), save transactions
 * per second (measurement + audit row, durable commit, N connections), and one monthly report query
 * over a year of data. A throwaway embedded PostgreSQL (durable settings) on its own port and data dir.
 *
 *   npx tsx scripts/bench-skala-sql.ts [rows=1000000] [connections=8] [seconds=10]
 *   PANTAU_PG_BENCH_PORT=5507
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDb } from "./lib/embedded-db.ts";
import { ROOT } from "./lib/prepare-db.ts";

const ROWS = Number(process.argv[2] || 1_000_000);
const CONNECTIONS = Number(process.argv[3] || 8);
const SECONDS = Number(process.argv[4] || 10);
const POSYANDU = Math.round(ROWS / 12 / 65); // 65 balita per posyandu, weighed monthly

const SCHEMA = `
CREATE TABLE pengukuran_anak (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kabupaten_id uuid NOT NULL, posyandu_id uuid NOT NULL, anak_id uuid NOT NULL,
  tanggal_ukur date NOT NULL, umur_hari int NOT NULL,
  berat_kg numeric(5,2), panjang_cm numeric(5,1), lingkar_kepala_cm numeric(4,1), lila_cm numeric(4,1),
  cara_ukur "char", edema boolean NOT NULL DEFAULT false,
  zwei numeric(4,2), zlen numeric(4,2), zwfl numeric(4,2), zbmi numeric(4,2), zhc numeric(4,2), zac numeric(4,2),
  status_naik "char",
  request_id uuid, created_by uuid NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(), updated_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (id)
);
CREATE INDEX ON pengukuran_anak (anak_id, tanggal_ukur);
CREATE INDEX ON pengukuran_anak (posyandu_id, tanggal_ukur);
CREATE TABLE audit_ukur (
  id bigserial PRIMARY KEY, kabupaten_id uuid NOT NULL, entity_id uuid NOT NULL, actor_id uuid NOT NULL,
  at timestamptz(3) NOT NULL DEFAULT now(), after jsonb
);
CREATE INDEX ON audit_ukur (kabupaten_id, at);`;

const ROW_SQL = `
  $1::uuid, p.id, gen_random_uuid(), d, 30 + (random()*1800)::int,
  round((3 + random()*15)::numeric, 2), round((50 + random()*60)::numeric, 1), round((35 + random()*15)::numeric, 1), round((11 + random()*6)::numeric, 1),
  'h', false, round((random()*4-2)::numeric, 2), round((random()*4-2)::numeric, 2), round((random()*4-2)::numeric, 2),
  round((random()*4-2)::numeric, 2), round((random()*4-2)::numeric, 2), round((random()*4-2)::numeric, 2),
  (ARRAY['N','T','O','B'])[1 + (random()*3)::int]::"char", gen_random_uuid(), $2::uuid`;

const COLS = `kabupaten_id, posyandu_id, anak_id, tanggal_ukur, umur_hari, berat_kg, panjang_cm, lingkar_kepala_cm, lila_cm,
  cara_ukur, edema, zwei, zlen, zwfl, zbmi, zhc, zac, status_naik, request_id, created_by`;

async function main() {
  const dataDir = path.join(ROOT, ".data", "pg-bench-skala");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedDb({ dataDir, port: Number(process.env.PANTAU_PG_BENCH_PORT || 5507), database: "pantau", log: () => undefined });
  const pool = new pg.Pool({ connectionString: server.url, max: CONNECTIONS });
  const kab = "00000000-0000-4000-8000-000000000001";
  const actor = "00000000-0000-4000-8000-000000000002";
  try {
    await pool.query(SCHEMA);
    let t = Date.now();
    // A year of monthly weighings: each posyandu, 12 posyandu days, 65 children each.
    await pool.query(`
      WITH p AS (SELECT gen_random_uuid() AS id FROM generate_series(1, ${POSYANDU})),
           d AS (SELECT (date '2026-01-05' + (m * interval '1 month') + ((random()*20)::int) * interval '1 day')::date AS d FROM generate_series(0, 11) m)
      INSERT INTO pengukuran_anak (${COLS})
      SELECT ${ROW_SQL} FROM p, d AS dd(d), generate_series(1, 65)`, [kab, actor]);
    await pool.query(`INSERT INTO audit_ukur (kabupaten_id, entity_id, actor_id, after)
      SELECT kabupaten_id, id, created_by, jsonb_build_object('beratKg', berat_kg, 'panjangCm', panjang_cm, 'lingkarKepalaCm', lingkar_kepala_cm, 'lilaCm', lila_cm, 'tanggalUkur', tanggal_ukur, 'anakId', anak_id)
      FROM pengukuran_anak`);
    await pool.query("VACUUM ANALYZE pengukuran_anak");
    await pool.query("VACUUM ANALYZE audit_ukur");
    const loadMs = Date.now() - t;
    const size = (await pool.query(`SELECT count(*)::bigint AS n,
      pg_relation_size('pengukuran_anak') AS heap, pg_indexes_size('pengukuran_anak') AS idx,
      pg_total_relation_size('audit_ukur') AS audit FROM pengukuran_anak`)).rows[0];
    const n = Number(size.n);
    console.log(`rows ${n} (${POSYANDU} posyandu × 12 × 65), loaded in ${(loadMs / 1000).toFixed(1)} s`);
    console.log(`bytes/row: heap ${(size.heap / n).toFixed(0)}, indexes ${(size.idx / n).toFixed(0)}, audit row+index ${(size.audit / n).toFixed(0)}`);

    // The monthly report: per posyandu and month, D (weighed), N (gained), T/O/B, mean WAZ; a year, warm cache.
    const report = `SELECT posyandu_id, date_trunc('month', tanggal_ukur) AS bulan, count(*) AS d,
        count(*) FILTER (WHERE status_naik = 'N') AS n, count(*) FILTER (WHERE zwei < -2) AS bb_kurang, avg(zwei)
      FROM pengukuran_anak WHERE kabupaten_id = $1 AND tanggal_ukur >= '2026-01-01' AND tanggal_ukur < '2027-01-01'
      GROUP BY 1, 2`;
    await pool.query(report, [kab]);
    t = performance.now();
    const r = await pool.query(report, [kab]);
    console.log(`report (${r.rowCount} posyandu-months over ${n} rows, warm): ${(performance.now() - t).toFixed(0)} ms`);

    // Saves: one transaction per measurement with its audit row, durable commit, CONNECTIONS at once.
    let saves = 0;
    const until = Date.now() + SECONDS * 1000;
    const posyandu = (await pool.query("SELECT DISTINCT posyandu_id FROM pengukuran_anak LIMIT 100")).rows.map((x) => x.posyandu_id);
    await Promise.all(Array.from({ length: CONNECTIONS }, async (_, i) => {
      const c = await pool.connect();
      try {
        while (Date.now() < until) {
          await c.query("BEGIN");
          const ins = await c.query(`INSERT INTO pengukuran_anak (${COLS}) SELECT ${ROW_SQL} FROM (SELECT $3::uuid AS id) p, (SELECT current_date AS d) dd RETURNING id, anak_id`, [kab, actor, posyandu[(saves + i) % posyandu.length]]);
          await c.query("INSERT INTO audit_ukur (kabupaten_id, entity_id, actor_id, after) VALUES ($1, $2, $3, $4)", [kab, ins.rows[0].id, actor, { anakId: ins.rows[0].anak_id }]);
          await c.query("COMMIT");
          saves++;
        }
      } finally {
        c.release();
      }
    }));
    console.log(`saves: ${(saves / SECONDS).toFixed(0)} transactions/s with ${CONNECTIONS} connections (measurement + audit row, synchronous_commit on)`);
  } finally {
    await pool.end();
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
