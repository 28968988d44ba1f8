-- Pantau ILP, first slice: wilayah, posyandu, users, audit, imports.
-- Written by hand (Prisma's migrate CLI cannot run on our machines); must match prisma/schema.prisma,
-- which tests/integration/schema-matches-migrations.test.ts checks.

CREATE TYPE "Role" AS ENUM ('DINKES_ADMIN', 'DINKES', 'PUSKESMAS', 'BIDAN_DESA', 'KADER');

CREATE TABLE "kabupaten" (
    "id" UUID NOT NULL,
    "kode" VARCHAR(5) NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "is_kota" BOOLEAN NOT NULL DEFAULT false,
    "provinsi_kode" VARCHAR(2) NOT NULL,
    "provinsi_nama" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "kabupaten_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kabupaten_kode_format" CHECK ("kode" ~ '^[0-9]{2}\.[0-9]{2}$')
);
CREATE UNIQUE INDEX "kabupaten_kode_key" ON "kabupaten"("kode");

CREATE TABLE "kecamatan" (
    "id" UUID NOT NULL,
    "kode" VARCHAR(8) NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "kecamatan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kecamatan_kode_format" CHECK ("kode" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$')
);
CREATE UNIQUE INDEX "kecamatan_kode_key" ON "kecamatan"("kode");
CREATE UNIQUE INDEX "kecamatan_kabupaten_id_nama_key" ON "kecamatan"("kabupaten_id", "nama");

CREATE TABLE "desa" (
    "id" UUID NOT NULL,
    "kode" VARCHAR(13) NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "is_kelurahan" BOOLEAN NOT NULL DEFAULT false,
    "kecamatan_id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "puskesmas_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "desa_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "desa_kode_format" CHECK ("kode" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[12][0-9]{3}$'),
    -- Kemendagri: a village part starting with 1 is a kelurahan, with 2 a desa.
    CONSTRAINT "desa_kelurahan_matches_kode" CHECK ("is_kelurahan" = (substr("kode", 10, 1) = '1'))
);
CREATE UNIQUE INDEX "desa_kode_key" ON "desa"("kode");
CREATE UNIQUE INDEX "desa_kecamatan_id_nama_key" ON "desa"("kecamatan_id", "nama");
CREATE INDEX "desa_kabupaten_id_idx" ON "desa"("kabupaten_id");
CREATE INDEX "desa_puskesmas_id_idx" ON "desa"("puskesmas_id");

CREATE TABLE "dusun" (
    "id" UUID NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "desa_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "dusun_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dusun_nama_not_blank" CHECK (btrim("nama") <> '')
);
CREATE UNIQUE INDEX "dusun_desa_id_nama_key" ON "dusun"("desa_id", "nama");

CREATE TABLE "puskesmas" (
    "id" UUID NOT NULL,
    "kode" VARCHAR(20),
    "nama" VARCHAR(120) NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "kecamatan_id" UUID NOT NULL,
    "desa_id" UUID NOT NULL,
    "alamat" VARCHAR(250),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "puskesmas_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "puskesmas_kode_key" ON "puskesmas"("kode");
CREATE UNIQUE INDEX "puskesmas_kabupaten_id_nama_key" ON "puskesmas"("kabupaten_id", "nama");
CREATE INDEX "puskesmas_kecamatan_id_idx" ON "puskesmas"("kecamatan_id");

CREATE TABLE "pustu" (
    "id" UUID NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "desa_id" UUID NOT NULL,
    "puskesmas_id" UUID NOT NULL,
    "alamat" VARCHAR(250),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "pustu_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "pustu_desa_id_nama_key" ON "pustu"("desa_id", "nama");
CREATE INDEX "pustu_puskesmas_id_idx" ON "pustu"("puskesmas_id");

CREATE TABLE "posyandu" (
    "id" UUID NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "desa_id" UUID NOT NULL,
    "dusun_id" UUID,
    "tempat" VARCHAR(250),
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "jadwal_minggu_ke" SMALLINT,
    "jadwal_hari" SMALLINT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "posyandu_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "posyandu_nama_not_blank" CHECK (btrim("nama") <> ''),
    CONSTRAINT "posyandu_jadwal_valid" CHECK (
        ("jadwal_minggu_ke" IS NULL AND "jadwal_hari" IS NULL)
        OR ("jadwal_minggu_ke" BETWEEN 1 AND 5 AND "jadwal_hari" BETWEEN 1 AND 7)
    ),
    CONSTRAINT "posyandu_koordinat_valid" CHECK (
        ("latitude" IS NULL) = ("longitude" IS NULL)
        AND ("latitude" IS NULL OR ("latitude" BETWEEN -11 AND 6 AND "longitude" BETWEEN 95 AND 141))
    )
);
CREATE UNIQUE INDEX "posyandu_desa_id_nama_key" ON "posyandu"("desa_id", "nama");
CREATE INDEX "posyandu_dusun_id_idx" ON "posyandu"("dusun_id");

CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" VARCHAR(60) NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "role" "Role" NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "puskesmas_id" UUID,
    "desa_id" UUID,
    "posyandu_id" UUID,
    "password_hash" TEXT NOT NULL,
    "must_change_password" BOOLEAN NOT NULL DEFAULT true,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"),
    -- Each role carries exactly the scope column it is limited by.
    CONSTRAINT "app_user_scope_matches_role" CHECK (
        CASE "role"
            WHEN 'DINKES_ADMIN' THEN "puskesmas_id" IS NULL AND "desa_id" IS NULL AND "posyandu_id" IS NULL
            WHEN 'DINKES' THEN "puskesmas_id" IS NULL AND "desa_id" IS NULL AND "posyandu_id" IS NULL
            WHEN 'PUSKESMAS' THEN "puskesmas_id" IS NOT NULL AND "desa_id" IS NULL AND "posyandu_id" IS NULL
            WHEN 'BIDAN_DESA' THEN "desa_id" IS NOT NULL AND "puskesmas_id" IS NULL AND "posyandu_id" IS NULL
            WHEN 'KADER' THEN "posyandu_id" IS NOT NULL AND "puskesmas_id" IS NULL AND "desa_id" IS NULL
        END
    )
);
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");
CREATE INDEX "app_user_kabupaten_id_idx" ON "app_user"("kabupaten_id");

CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_name" VARCHAR(60) NOT NULL,
    "kabupaten_id" UUID,
    "entity" VARCHAR(40) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "action" VARCHAR(20) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" VARCHAR(64),
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "audit_log_request_id_key" ON "audit_log"("request_id");
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");
CREATE INDEX "audit_log_kabupaten_id_at_idx" ON "audit_log"("kabupaten_id", "at");

CREATE TABLE "import_job" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "file_name" VARCHAR(250) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "rows" JSONB NOT NULL,
    "status" VARCHAR(20) NOT NULL DEFAULT 'VALID',
    "summary" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" TIMESTAMPTZ(3),
    CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "import_job_kabupaten_id_created_at_idx" ON "import_job"("kabupaten_id", "created_at");

ALTER TABLE "kecamatan" ADD CONSTRAINT "kecamatan_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "desa" ADD CONSTRAINT "desa_kecamatan_id_fkey" FOREIGN KEY ("kecamatan_id") REFERENCES "kecamatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "desa" ADD CONSTRAINT "desa_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "desa" ADD CONSTRAINT "desa_puskesmas_id_fkey" FOREIGN KEY ("puskesmas_id") REFERENCES "puskesmas"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "dusun" ADD CONSTRAINT "dusun_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "puskesmas" ADD CONSTRAINT "puskesmas_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "puskesmas" ADD CONSTRAINT "puskesmas_kecamatan_id_fkey" FOREIGN KEY ("kecamatan_id") REFERENCES "kecamatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "puskesmas" ADD CONSTRAINT "puskesmas_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pustu" ADD CONSTRAINT "pustu_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pustu" ADD CONSTRAINT "pustu_puskesmas_id_fkey" FOREIGN KEY ("puskesmas_id") REFERENCES "puskesmas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "posyandu" ADD CONSTRAINT "posyandu_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "posyandu" ADD CONSTRAINT "posyandu_dusun_id_fkey" FOREIGN KEY ("dusun_id") REFERENCES "dusun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_puskesmas_id_fkey" FOREIGN KEY ("puskesmas_id") REFERENCES "puskesmas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
