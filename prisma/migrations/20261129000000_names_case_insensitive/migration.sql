-- Names of dusun, puskesmas, pustu and posyandu are unique within their parent regardless of case
-- ("Dahlia" and "dahlia" are the same posyandu), the rule the forms and the import already applied.
-- citext makes the existing unique indexes case-insensitive; a CHECK keeps the 120-character limit.
CREATE EXTENSION IF NOT EXISTS citext;

-- Rows that already differ only by case keep their data: all but the oldest get " (2)", " (3)" …
UPDATE "dusun" t SET "nama" = t."nama" || ' (' || d.rn || ')'
FROM (SELECT "id", row_number() OVER (PARTITION BY "desa_id", lower("nama") ORDER BY "created_at", "id") AS rn FROM "dusun") d
WHERE d."id" = t."id" AND d.rn > 1;
UPDATE "puskesmas" t SET "nama" = t."nama" || ' (' || d.rn || ')'
FROM (SELECT "id", row_number() OVER (PARTITION BY "kabupaten_id", lower("nama") ORDER BY "created_at", "id") AS rn FROM "puskesmas") d
WHERE d."id" = t."id" AND d.rn > 1;
UPDATE "pustu" t SET "nama" = t."nama" || ' (' || d.rn || ')'
FROM (SELECT "id", row_number() OVER (PARTITION BY "desa_id", lower("nama") ORDER BY "created_at", "id") AS rn FROM "pustu") d
WHERE d."id" = t."id" AND d.rn > 1;
UPDATE "posyandu" t SET "nama" = t."nama" || ' (' || d.rn || ')'
FROM (SELECT "id", row_number() OVER (PARTITION BY "desa_id", lower("nama") ORDER BY "created_at", "id") AS rn FROM "posyandu") d
WHERE d."id" = t."id" AND d.rn > 1;

ALTER TABLE "dusun" ALTER COLUMN "nama" TYPE citext;
ALTER TABLE "dusun" ADD CONSTRAINT "dusun_nama_length" CHECK (char_length("nama") BETWEEN 1 AND 120);
ALTER TABLE "puskesmas" ALTER COLUMN "nama" TYPE citext;
ALTER TABLE "puskesmas" ADD CONSTRAINT "puskesmas_nama_length" CHECK (char_length("nama") BETWEEN 1 AND 120);
ALTER TABLE "pustu" ALTER COLUMN "nama" TYPE citext;
ALTER TABLE "pustu" ADD CONSTRAINT "pustu_nama_length" CHECK (char_length("nama") BETWEEN 1 AND 120);
ALTER TABLE "posyandu" ALTER COLUMN "nama" TYPE citext;
ALTER TABLE "posyandu" ADD CONSTRAINT "posyandu_nama_length" CHECK (char_length("nama") BETWEEN 1 AND 120);
