-- The open follow-ups of a kabupaten by due date (issue 10 at kabupaten scale: Bogor has 57,000
-- follow-ups, ~3,900 of them open). The list's default order (open first by due date, overdue ones
-- being the earliest), the "Belum selesai" and "Terlambat" counts and the overdue filter read this
-- small index instead of ranking every follow-up of the kabupaten (docs/perf-tindak-lanjut.md).
-- Partial, so not in schema.prisma (tests/integration/schema-matches-migrations.test.ts skips partial
-- indexes); the statuses are those of lib/tindak-lanjut/sql.ts OPEN_SQL.
CREATE INDEX "tindak_lanjut_terbuka_idx" ON "tindak_lanjut" ("kabupaten_id", "batas_waktu", "id") WHERE "status" IN ('BELUM', 'PROSES');

-- The follow-up KPIs of one year join the visits of that year to their follow-ups: with the visit id
-- in the (kabupaten_id, tanggal) index the visits are read from the index alone (Bogor: 6,800 visits a
-- year, each on its own heap page before). The new index serves every query the old one did.
DROP INDEX "kunjungan_supervisi_kabupaten_id_tanggal_idx";
CREATE INDEX "kunjungan_supervisi_kabupaten_id_tanggal_id_idx" ON "kunjungan_supervisi" ("kabupaten_id", "tanggal", "id");
