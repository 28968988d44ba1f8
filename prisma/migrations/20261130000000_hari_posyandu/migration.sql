-- Hari posyandu (issue 11): the people a posyandu serves (sasaran) with their pregnancy/postpartum
-- statuses and the annual targets, the posyandu days (hari buka) with who was on duty, and one entry
-- per person per day (pemeriksaan) with measurements, services, screenings and what they meant.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE "KelompokSasaran" AS ENUM ('BAYI', 'BALITA', 'APRAS', 'USIA_SEKOLAH_REMAJA', 'DEWASA', 'LANSIA');
CREATE TYPE "StatusIbu" AS ENUM ('HAMIL', 'NIFAS', 'MENYUSUI');
CREATE TYPE "CaraUkur" AS ENUM ('TELENTANG', 'BERDIRI');
CREATE TYPE "PetugasUkur" AS ENUM ('KADER', 'NAKES');

CREATE TABLE "sasaran" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "desa_id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "nama_kunci" VARCHAR(120) NOT NULL,
    "nik" VARCHAR(16),
    "jenis_kelamin" "JenisKelamin" NOT NULL,
    "tanggal_lahir" DATE NOT NULL,
    "dusun_id" UUID,
    "alamat" VARCHAR(250),
    "rt" VARCHAR(3),
    "rw" VARCHAR(3),
    "telepon" VARCHAR(20),
    "nama_ibu" VARCHAR(120),
    "nama_suami" VARCHAR(120),
    "no_kk" VARCHAR(16),
    "digabung_ke_id" UUID,
    "digabung_at" TIMESTAMPTZ(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "dibuat_oleh_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sasaran_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sasaran_nik_check" CHECK ("nik" IS NULL OR "nik" ~ '^[0-9]{16}$'),
    CONSTRAINT "sasaran_no_kk_check" CHECK ("no_kk" IS NULL OR "no_kk" ~ '^[0-9]{16}$'),
    CONSTRAINT "sasaran_gabung_check" CHECK ("digabung_ke_id" IS NULL OR "digabung_ke_id" <> "id")
);
CREATE INDEX "sasaran_posyandu_id_nama_kunci_idx" ON "sasaran"("posyandu_id", "nama_kunci");
CREATE INDEX "sasaran_kabupaten_id_posyandu_id_idx" ON "sasaran"("kabupaten_id", "posyandu_id");
CREATE INDEX "sasaran_desa_id_idx" ON "sasaran"("desa_id");
CREATE INDEX "sasaran_no_kk_idx" ON "sasaran"("no_kk");
CREATE INDEX "sasaran_digabung_ke_id_idx" ON "sasaran"("digabung_ke_id");
-- A NIK belongs to one live person in the kabupaten (merged records keep theirs for the audit trail).
CREATE UNIQUE INDEX "sasaran_nik_hidup" ON "sasaran"("kabupaten_id", "nik") WHERE "nik" IS NOT NULL AND "digabung_ke_id" IS NULL;
-- Search by name with tolerance for spelling: trigram similarity on the folded name of live people.
CREATE INDEX "sasaran_nama_kunci_trgm" ON "sasaran" USING gin ("nama_kunci" gin_trgm_ops) WHERE "digabung_ke_id" IS NULL;

CREATE TABLE "status_sasaran" (
    "id" UUID NOT NULL,
    "sasaran_id" UUID NOT NULL,
    "status" "StatusIbu" NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE,
    "hpht" DATE,
    "hpl" DATE,
    "hamil_ke" SMALLINT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "status_sasaran_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "status_sasaran_selesai_check" CHECK ("selesai" IS NULL OR "selesai" >= "mulai"),
    CONSTRAINT "status_sasaran_hamil_ke_check" CHECK ("hamil_ke" IS NULL OR "hamil_ke" BETWEEN 1 AND 20)
);
CREATE INDEX "status_sasaran_sasaran_id_mulai_idx" ON "status_sasaran"("sasaran_id", "mulai");

CREATE TABLE "target_sasaran" (
    "id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "kelompok" VARCHAR(30) NOT NULL,
    "jumlah" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "target_sasaran_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "target_sasaran_jumlah_check" CHECK ("jumlah" >= 0),
    CONSTRAINT "target_sasaran_kelompok_check" CHECK ("kelompok" IN ('BAYI', 'BALITA', 'APRAS', 'USIA_SEKOLAH_REMAJA', 'DEWASA', 'LANSIA', 'HAMIL'))
);
CREATE UNIQUE INDEX "target_sasaran_posyandu_id_tahun_kelompok_key" ON "target_sasaran"("posyandu_id", "tahun", "kelompok");

CREATE TABLE "hari_buka" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "desa_id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "catatan" VARCHAR(1000),
    "dibuka_oleh_id" UUID,
    "ditutup_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "hari_buka_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "hari_buka_posyandu_id_tanggal_key" ON "hari_buka"("posyandu_id", "tanggal");
CREATE INDEX "hari_buka_kabupaten_id_tanggal_idx" ON "hari_buka"("kabupaten_id", "tanggal");
CREATE INDEX "hari_buka_desa_id_tanggal_idx" ON "hari_buka"("desa_id", "tanggal");

CREATE TABLE "petugas_hari_buka" (
    "id" UUID NOT NULL,
    "hari_buka_id" UUID NOT NULL,
    "kader_id" UUID,
    "nama" VARCHAR(120) NOT NULL,
    "peran" VARCHAR(60) NOT NULL,
    CONSTRAINT "petugas_hari_buka_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "petugas_hari_buka_hari_buka_id_nama_key" ON "petugas_hari_buka"("hari_buka_id", "nama");
CREATE INDEX "petugas_hari_buka_kader_id_idx" ON "petugas_hari_buka"("kader_id");

CREATE TABLE "pemeriksaan" (
    "id" UUID NOT NULL,
    "hari_buka_id" UUID NOT NULL,
    "sasaran_id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "desa_id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "kelompok" "KelompokSasaran" NOT NULL,
    "umur_bulan" SMALLINT NOT NULL,
    "status_ibu" "StatusIbu",
    "berat_kg" DECIMAL(5,2),
    "tinggi_cm" DECIMAL(5,1),
    "cara_ukur" "CaraUkur",
    "lila_cm" DECIMAL(4,1),
    "lingkar_kepala_cm" DECIMAL(4,1),
    "lingkar_perut_cm" DECIMAL(5,1),
    "sistolik" SMALLINT,
    "diastolik" SMALLINT,
    "gula_darah" SMALLINT,
    "hb" DECIMAL(4,1),
    "layanan" JSONB NOT NULL DEFAULT '{}',
    "skrining" JSONB NOT NULL DEFAULT '{}',
    "diukur_oleh" "PetugasUkur",
    "catatan" VARCHAR(500),
    "imt" DECIMAL(4,1),
    "z_bbu" DECIMAL(5,2),
    "z_tbu" DECIMAL(5,2),
    "z_bbtb" DECIMAL(5,2),
    "z_imtu" DECIMAL(5,2),
    "naik" VARCHAR(1),
    "dua_t" BOOLEAN NOT NULL DEFAULT false,
    "bgm" BOOLEAN NOT NULL DEFAULT false,
    "kbm_g" SMALLINT,
    "berat_lalu_kg" DECIMAL(5,2),
    "hasil" JSONB NOT NULL DEFAULT '{}',
    "temuan" JSONB NOT NULL DEFAULT '[]',
    "dirujuk" BOOLEAN NOT NULL DEFAULT false,
    "dikonfirmasi" JSONB NOT NULL DEFAULT '[]',
    "revisi" SMALLINT NOT NULL DEFAULT 0,
    "dicatat_oleh_id" UUID,
    "diubah_oleh_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "pemeriksaan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pemeriksaan_naik_check" CHECK ("naik" IS NULL OR "naik" IN ('N', 'T', 'O', 'B')),
    CONSTRAINT "pemeriksaan_umur_check" CHECK ("umur_bulan" >= 0),
    CONSTRAINT "pemeriksaan_berat_check" CHECK ("berat_kg" IS NULL OR "berat_kg" > 0),
    CONSTRAINT "pemeriksaan_tinggi_check" CHECK ("tinggi_cm" IS NULL OR "tinggi_cm" > 0)
);
CREATE UNIQUE INDEX "pemeriksaan_hari_buka_id_sasaran_id_key" ON "pemeriksaan"("hari_buka_id", "sasaran_id");
CREATE INDEX "pemeriksaan_sasaran_id_tanggal_idx" ON "pemeriksaan"("sasaran_id", "tanggal");
CREATE INDEX "pemeriksaan_posyandu_id_tanggal_idx" ON "pemeriksaan"("posyandu_id", "tanggal");
CREATE INDEX "pemeriksaan_desa_id_tanggal_idx" ON "pemeriksaan"("desa_id", "tanggal");
CREATE INDEX "pemeriksaan_kabupaten_id_tanggal_idx" ON "pemeriksaan"("kabupaten_id", "tanggal");
-- The session's referral list.
CREATE INDEX "pemeriksaan_rujuk" ON "pemeriksaan"("hari_buka_id") WHERE "dirujuk";

ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_dusun_id_fkey" FOREIGN KEY ("dusun_id") REFERENCES "dusun"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "sasaran" ADD CONSTRAINT "sasaran_digabung_ke_id_fkey" FOREIGN KEY ("digabung_ke_id") REFERENCES "sasaran"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "status_sasaran" ADD CONSTRAINT "status_sasaran_sasaran_id_fkey" FOREIGN KEY ("sasaran_id") REFERENCES "sasaran"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "target_sasaran" ADD CONSTRAINT "target_sasaran_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "hari_buka" ADD CONSTRAINT "hari_buka_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "petugas_hari_buka" ADD CONSTRAINT "petugas_hari_buka_hari_buka_id_fkey" FOREIGN KEY ("hari_buka_id") REFERENCES "hari_buka"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "petugas_hari_buka" ADD CONSTRAINT "petugas_hari_buka_kader_id_fkey" FOREIGN KEY ("kader_id") REFERENCES "kader"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "pemeriksaan" ADD CONSTRAINT "pemeriksaan_hari_buka_id_fkey" FOREIGN KEY ("hari_buka_id") REFERENCES "hari_buka"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "pemeriksaan" ADD CONSTRAINT "pemeriksaan_sasaran_id_fkey" FOREIGN KEY ("sasaran_id") REFERENCES "sasaran"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
