-- A kader's derived level (Purwa / Madya / Utama; NULL = belum) and its reason in Bahasa, stored so
-- that lists filter and sort by level in SQL (a big kabupaten has ~12,000 kaders and ~300,000
-- assessments). Written only by lib/kader/refresh-level.ts, after every change to a kader's
-- assessments, to the catalogue of skills or to the level rule (pengaturan "kader.level").
CREATE TYPE "LevelKader" AS ENUM ('PURWA', 'MADYA', 'UTAMA');

ALTER TABLE "kader" ADD COLUMN "level" "LevelKader";
ALTER TABLE "kader" ADD COLUMN "level_alasan" VARCHAR(300);
