-- The supervision trend of a puskesmas (issue 10) at kabupaten scale: each visit keeps the weighted sums of
-- its scored answers, Σ bobot and Σ bobot × skor over the answers with a score that are not N/A, so that
-- the comparable score over the items a series' instrument versions share is
--   (Σ bobot × skor − the same over the visit's answers on items not shared) / (Σ bobot − ...)
-- and the page reads the few answers on items not shared (one or two per visit) instead of all ~37
-- (lib/instrumen/tren-queries.ts). Kept by the triggers below in the same transaction as every write to
-- the answers (draft save, submit, correction, bulk generator, delete, truncate) and to an item's weight;
-- tests/integration/tren-jumlah-bobot.test.ts checks the stored sums equal the recomputation from the
-- answers.
ALTER TABLE "kunjungan_supervisi" ADD COLUMN "jumlah_bobot" DECIMAL(12,2) NOT NULL DEFAULT 0,
ADD COLUMN "jumlah_bobot_skor" DECIMAL(16,6) NOT NULL DEFAULT 0;

-- The visits' sums recomputed whole from their answers. The visits are locked first (in id order, so two
-- statements lock them in the same order); in READ COMMITTED the UPDATE then takes a snapshot that sees
-- every writer of these visits that committed before the lock was granted, so no answer is missed.
CREATE FUNCTION kunjungan_jumlah_bobot_hitung(p_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM 1 FROM kunjungan_supervisi k WHERE k.id = ANY(p_ids) ORDER BY k.id FOR UPDATE;
  UPDATE kunjungan_supervisi k SET jumlah_bobot = s.w, jumlah_bobot_skor = s.ws
  FROM (
    SELECT x.id, coalesce(sum(b.bobot), 0) AS w, coalesce(sum(b.bobot * j.skor), 0) AS ws
    FROM unnest(p_ids) AS x(id)
    LEFT JOIN jawaban_kunjungan j ON j.kunjungan_id = x.id AND j.skor IS NOT NULL AND NOT j.na
    LEFT JOIN butir_instrumen b ON b.id = j.butir_id
    GROUP BY x.id
  ) s
  WHERE k.id = s.id AND (k.jumlah_bobot <> s.w OR k.jumlah_bobot_skor <> s.ws);
END
$fn$;

-- After each statement on jawaban_kunjungan: the visits its old and new rows belong to.
CREATE FUNCTION kunjungan_jumlah_bobot_picu() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kunjungan_jumlah_bobot_hitung(ARRAY(SELECT DISTINCT x.kunjungan_id FROM baru x));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kunjungan_jumlah_bobot_hitung(ARRAY(SELECT DISTINCT x.kunjungan_id FROM lama x));
  ELSE
    PERFORM kunjungan_jumlah_bobot_hitung(ARRAY(SELECT x.kunjungan_id FROM baru x UNION SELECT x.kunjungan_id FROM lama x));
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "kunjungan_jumlah_bobot_tambah" AFTER INSERT ON "jawaban_kunjungan"
  REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION kunjungan_jumlah_bobot_picu();
CREATE TRIGGER "kunjungan_jumlah_bobot_ubah" AFTER UPDATE ON "jawaban_kunjungan"
  REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION kunjungan_jumlah_bobot_picu();
CREATE TRIGGER "kunjungan_jumlah_bobot_hapus" AFTER DELETE ON "jawaban_kunjungan"
  REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION kunjungan_jumlah_bobot_picu();

-- Answers emptied wholesale: no visit keeps a sum.
CREATE FUNCTION kunjungan_jumlah_bobot_kosong() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  UPDATE kunjungan_supervisi SET jumlah_bobot = 0, jumlah_bobot_skor = 0 WHERE jumlah_bobot <> 0 OR jumlah_bobot_skor <> 0;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "kunjungan_jumlah_bobot_kosong" AFTER TRUNCATE ON "jawaban_kunjungan"
  FOR EACH STATEMENT EXECUTE FUNCTION kunjungan_jumlah_bobot_kosong();

-- A published version is frozen, but should an item's weight ever change, the visits that answered it follow.
CREATE FUNCTION kunjungan_jumlah_bobot_butir() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM kunjungan_jumlah_bobot_hitung(ARRAY(SELECT DISTINCT j.kunjungan_id FROM jawaban_kunjungan j WHERE j.butir_id = NEW.id));
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "kunjungan_jumlah_bobot_butir" AFTER UPDATE OF "bobot" ON "butir_instrumen"
  FOR EACH ROW WHEN (OLD."bobot" IS DISTINCT FROM NEW."bobot") EXECUTE FUNCTION kunjungan_jumlah_bobot_butir();

-- Backfill: every visit that has answers.
UPDATE kunjungan_supervisi k SET jumlah_bobot = s.w, jumlah_bobot_skor = s.ws
FROM (
  SELECT j.kunjungan_id AS id, sum(b.bobot) AS w, sum(b.bobot * j.skor) AS ws
  FROM jawaban_kunjungan j JOIN butir_instrumen b ON b.id = j.butir_id
  WHERE j.skor IS NOT NULL AND NOT j.na
  GROUP BY j.kunjungan_id
) s
WHERE k.id = s.id;
