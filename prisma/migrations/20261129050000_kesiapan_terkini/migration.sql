-- Each posyandu's latest readiness snapshot and the score before it, kept by lib/kesiapan/refresh.ts,
-- so that the readiness list and roll-ups join one row per posyandu (Bogor: 1,752) instead of
-- looking up the latest of 60 monthly rows for each.
CREATE TABLE "kesiapan_terkini" (
    "posyandu_id" UUID NOT NULL,
    "bulan" DATE NOT NULL,
    "skor" SMALLINT NOT NULL,
    "kategori" VARCHAR(20) NOT NULL,
    "rincian" JSONB NOT NULL,
    "skor_sebelum" SMALLINT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "kesiapan_terkini_pkey" PRIMARY KEY ("posyandu_id")
);
CREATE INDEX "kesiapan_terkini_kategori_idx" ON "kesiapan_terkini"("kategori");
ALTER TABLE "kesiapan_terkini" ADD CONSTRAINT "kesiapan_terkini_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Databases that already hold snapshots: the latest of each posyandu and the one before it.
INSERT INTO "kesiapan_terkini" ("posyandu_id", "bulan", "skor", "kategori", "rincian", "skor_sebelum", "updated_at")
SELECT k.posyandu_id, k.bulan, k.skor, k.kategori, k.rincian,
       (SELECT b.skor FROM "kesiapan_bulanan" b WHERE b.posyandu_id = k.posyandu_id AND b.bulan < k.bulan ORDER BY b.bulan DESC LIMIT 1),
       now()
FROM (SELECT DISTINCT ON (posyandu_id) * FROM "kesiapan_bulanan" ORDER BY posyandu_id, bulan DESC) k;
