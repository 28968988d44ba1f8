-- Issue 10 at kabupaten scale (Bogor: 57,000 follow-ups, ~3,900 of them open; docs/perf-tindak-lanjut.md).

-- The open follow-ups of a kabupaten by due date. The list's default order (open first by due date, overdue
-- ones being the earliest), the "Belum selesai" and "Terlambat" counts and the overdue filter read this small
-- index instead of ranking every follow-up of the kabupaten. Partial, so not in schema.prisma
-- (tests/integration/schema-matches-migrations.test.ts skips partial indexes); the statuses are those of
-- lib/tindak-lanjut/sql.ts OPEN_SQL.
CREATE INDEX "tindak_lanjut_terbuka_idx" ON "tindak_lanjut" ("kabupaten_id", "batas_waktu", "id") WHERE "status" IN ('BELUM', 'PROSES');

-- The date of the visit a follow-up came from, copied so that the KPIs of one year read that year's
-- follow-ups from an index instead of joining every follow-up of the kabupaten to its visit. Kept equal
-- to kunjungan_supervisi.tanggal by the triggers below, whoever writes (the visit form moves a draft's
-- date; tests/integration/tindak-lanjut-pilihan.test.ts checks it after inserts and a date change).
ALTER TABLE "tindak_lanjut" ADD COLUMN "kunjungan_tanggal" DATE;
UPDATE "tindak_lanjut" t SET "kunjungan_tanggal" = k."tanggal" FROM "kunjungan_supervisi" k WHERE k."id" = t."kunjungan_id";
-- With the columns the KPIs read, so that a year's follow-ups come from the index alone (they are spread
-- over most heap pages: 8,555 rows of Bogor's 2026 on ~5,800 buffers through a plain index).
CREATE INDEX "tindak_lanjut_kpi_idx" ON "tindak_lanjut" ("kabupaten_id", "kunjungan_tanggal", "status", "batas_waktu", "selesai_at", "desa_id");

CREATE FUNCTION tindak_lanjut_kunjungan_tanggal() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  SELECT k.tanggal INTO NEW.kunjungan_tanggal FROM kunjungan_supervisi k WHERE k.id = NEW.kunjungan_id;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER "tindak_lanjut_kunjungan_tanggal" BEFORE INSERT OR UPDATE OF "kunjungan_id", "kunjungan_tanggal" ON "tindak_lanjut"
  FOR EACH ROW EXECUTE FUNCTION tindak_lanjut_kunjungan_tanggal();

CREATE FUNCTION kunjungan_tanggal_ke_tindak_lanjut() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE tindak_lanjut SET kunjungan_tanggal = NEW.tanggal WHERE kunjungan_id = NEW.id;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER "kunjungan_tanggal_ke_tindak_lanjut" AFTER UPDATE OF "tanggal" ON "kunjungan_supervisi"
  FOR EACH ROW WHEN (OLD."tanggal" IS DISTINCT FROM NEW."tanggal") EXECUTE FUNCTION kunjungan_tanggal_ke_tindak_lanjut();
