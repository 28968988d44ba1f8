-- Supervisi (issue 10): versioned instruments with domains and items, plans per kabupaten or puskesmas,
-- visits (planned or ad hoc) with team and attendance, answers with their stored score, earlier
-- revisions of corrected visits, findings with follow-ups, and their verification at later visits.

CREATE TYPE "SasaranSupervisi" AS ENUM ('POSYANDU', 'DESA');
CREATE TYPE "StatusInstrumen" AS ENUM ('DRAF', 'TERBIT', 'ARSIP');
CREATE TYPE "TipeButir" AS ENUM ('YA_TIDAK', 'SKALA', 'ANGKA', 'PILIHAN', 'TEKS');
CREATE TYPE "TingkatRencana" AS ENUM ('KABUPATEN', 'PUSKESMAS');
CREATE TYPE "StatusKunjungan" AS ENUM ('DIRENCANAKAN', 'BERLANGSUNG', 'SELESAI', 'BATAL');
CREATE TYPE "TingkatPemilik" AS ENUM ('KADER', 'PUSKESMAS', 'DESA', 'DINKES');
CREATE TYPE "StatusTindakLanjut" AS ENUM ('BELUM', 'PROSES', 'SELESAI');
CREATE TYPE "HasilVerifikasi" AS ENUM ('SELESAI', 'SEBAGIAN', 'BELUM');

CREATE TABLE "instrumen" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "kode" VARCHAR(40) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "sasaran" "SasaranSupervisi" NOT NULL,
    "versi" SMALLINT NOT NULL,
    "status" "StatusInstrumen" NOT NULL DEFAULT 'DRAF',
    "keterangan" VARCHAR(1000),
    "sebelumnya_id" UUID,
    "terbit_at" TIMESTAMPTZ(3),
    "terbit_oleh_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "instrumen_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "instrumen_versi_check" CHECK ("versi" >= 1)
);
CREATE UNIQUE INDEX "instrumen_kabupaten_id_kode_versi_key" ON "instrumen"("kabupaten_id", "kode", "versi");
CREATE INDEX "instrumen_kabupaten_id_status_idx" ON "instrumen"("kabupaten_id", "status");
-- At most one draft per instrument at a time.
CREATE UNIQUE INDEX "instrumen_satu_draf" ON "instrumen"("kabupaten_id", "kode") WHERE "status" = 'DRAF';

CREATE TABLE "domain_instrumen" (
    "id" UUID NOT NULL,
    "instrumen_id" UUID NOT NULL,
    "kode" VARCHAR(40) NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "urutan" SMALLINT NOT NULL,
    CONSTRAINT "domain_instrumen_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "domain_instrumen_instrumen_id_kode_key" ON "domain_instrumen"("instrumen_id", "kode");

CREATE TABLE "butir_instrumen" (
    "id" UUID NOT NULL,
    "instrumen_id" UUID NOT NULL,
    "domain_id" UUID NOT NULL,
    "kode" VARCHAR(40) NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "pertanyaan" VARCHAR(500) NOT NULL,
    "tipe" "TipeButir" NOT NULL,
    "bobot" DECIMAL(6,2) NOT NULL,
    "kritis" BOOLEAN NOT NULL DEFAULT false,
    "boleh_na" BOOLEAN NOT NULL DEFAULT false,
    "standar" VARCHAR(500),
    "fakta" VARCHAR(40),
    "opsi" JSONB NOT NULL DEFAULT '{}',
    "garis_id" UUID NOT NULL,
    "peta_dari_id" UUID,
    CONSTRAINT "butir_instrumen_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "butir_instrumen_bobot_check" CHECK ("bobot" >= 0)
);
CREATE UNIQUE INDEX "butir_instrumen_instrumen_id_kode_key" ON "butir_instrumen"("instrumen_id", "kode");
CREATE INDEX "butir_instrumen_garis_id_idx" ON "butir_instrumen"("garis_id");

CREATE TABLE "rencana_supervisi" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "tingkat" "TingkatRencana" NOT NULL,
    "puskesmas_id" UUID,
    "nama" VARCHAR(200) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "triwulan" SMALLINT NOT NULL,
    "instrumen_id" UUID,
    "catatan" VARCHAR(1000),
    "dibuat_oleh_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "rencana_supervisi_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "rencana_supervisi_triwulan_check" CHECK ("triwulan" BETWEEN 1 AND 4),
    CONSTRAINT "rencana_supervisi_tingkat_check" CHECK (("tingkat" = 'PUSKESMAS') = ("puskesmas_id" IS NOT NULL))
);
CREATE INDEX "rencana_supervisi_kabupaten_id_tahun_triwulan_idx" ON "rencana_supervisi"("kabupaten_id", "tahun", "triwulan");
CREATE INDEX "rencana_supervisi_puskesmas_id_tahun_triwulan_idx" ON "rencana_supervisi"("puskesmas_id", "tahun", "triwulan");

CREATE TABLE "kunjungan_supervisi" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "rencana_id" UUID,
    "sasaran" "SasaranSupervisi" NOT NULL,
    "posyandu_id" UUID,
    "desa_id" UUID NOT NULL,
    "instrumen_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "status" "StatusKunjungan" NOT NULL DEFAULT 'DIRENCANAKAN',
    "skor" DECIMAL(5,2),
    "skor_domain" JSONB,
    "kategori" VARCHAR(20),
    "kritis_gagal" BOOLEAN NOT NULL DEFAULT false,
    "ringkasan" VARCHAR(2000),
    "revisi" SMALLINT NOT NULL DEFAULT 0,
    "alasan_batal" VARCHAR(500),
    "dibuat_oleh_id" UUID,
    "dikirim_oleh_id" UUID,
    "dikirim_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "kunjungan_supervisi_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kunjungan_supervisi_sasaran_check" CHECK (("sasaran" = 'POSYANDU') = ("posyandu_id" IS NOT NULL))
);
CREATE INDEX "kunjungan_supervisi_kabupaten_id_tanggal_idx" ON "kunjungan_supervisi"("kabupaten_id", "tanggal");
CREATE INDEX "kunjungan_supervisi_posyandu_id_tanggal_idx" ON "kunjungan_supervisi"("posyandu_id", "tanggal");
CREATE INDEX "kunjungan_supervisi_desa_id_tanggal_idx" ON "kunjungan_supervisi"("desa_id", "tanggal");
CREATE INDEX "kunjungan_supervisi_rencana_id_idx" ON "kunjungan_supervisi"("rencana_id");

CREATE TABLE "peserta_kunjungan" (
    "id" UUID NOT NULL,
    "kunjungan_id" UUID NOT NULL,
    "user_id" UUID,
    "nama" VARCHAR(120) NOT NULL,
    "peran" VARCHAR(80) NOT NULL,
    "instansi" VARCHAR(160),
    "tim" BOOLEAN NOT NULL DEFAULT false,
    "hadir" BOOLEAN NOT NULL DEFAULT false,
    "urutan" SMALLINT NOT NULL DEFAULT 0,
    CONSTRAINT "peserta_kunjungan_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "peserta_kunjungan_kunjungan_id_idx" ON "peserta_kunjungan"("kunjungan_id");
CREATE INDEX "peserta_kunjungan_user_id_idx" ON "peserta_kunjungan"("user_id");

CREATE TABLE "jawaban_kunjungan" (
    "id" UUID NOT NULL,
    "kunjungan_id" UUID NOT NULL,
    "butir_id" UUID NOT NULL,
    "nilai" DECIMAL(10,2),
    "teks" VARCHAR(1000),
    "na" BOOLEAN NOT NULL DEFAULT false,
    "skor" DECIMAL(5,4),
    "catatan" VARCHAR(1000),
    "fakta" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "jawaban_kunjungan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "jawaban_kunjungan_skor_check" CHECK ("skor" IS NULL OR ("skor" >= 0 AND "skor" <= 1))
);
CREATE UNIQUE INDEX "jawaban_kunjungan_kunjungan_id_butir_id_key" ON "jawaban_kunjungan"("kunjungan_id", "butir_id");

CREATE TABLE "revisi_kunjungan" (
    "id" UUID NOT NULL,
    "kunjungan_id" UUID NOT NULL,
    "nomor" SMALLINT NOT NULL,
    "alasan" VARCHAR(500) NOT NULL,
    "isi" JSONB NOT NULL,
    "oleh_id" UUID,
    "oleh_nama" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "revisi_kunjungan_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "revisi_kunjungan_kunjungan_id_nomor_key" ON "revisi_kunjungan"("kunjungan_id", "nomor");

CREATE TABLE "tindak_lanjut" (
    "id" UUID NOT NULL,
    "kunjungan_id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "desa_id" UUID NOT NULL,
    "posyandu_id" UUID,
    "butir_id" UUID,
    "masalah" VARCHAR(1000) NOT NULL,
    "tindakan" VARCHAR(1000) NOT NULL,
    "tingkat_pemilik" "TingkatPemilik" NOT NULL,
    "pemilik_user_id" UUID,
    "pemilik_nama" VARCHAR(120) NOT NULL,
    "batas_waktu" DATE NOT NULL,
    "status" "StatusTindakLanjut" NOT NULL DEFAULT 'BELUM',
    "catatan_bukti" VARCHAR(1000),
    "selesai_at" TIMESTAMPTZ(3),
    "selesai_oleh_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "tindak_lanjut_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "tindak_lanjut_kunjungan_id_idx" ON "tindak_lanjut"("kunjungan_id");
CREATE INDEX "tindak_lanjut_kabupaten_id_status_batas_waktu_idx" ON "tindak_lanjut"("kabupaten_id", "status", "batas_waktu");
CREATE INDEX "tindak_lanjut_posyandu_id_status_idx" ON "tindak_lanjut"("posyandu_id", "status");
CREATE INDEX "tindak_lanjut_desa_id_status_idx" ON "tindak_lanjut"("desa_id", "status");
CREATE INDEX "tindak_lanjut_pemilik_user_id_status_idx" ON "tindak_lanjut"("pemilik_user_id", "status");

CREATE TABLE "verifikasi_tindak_lanjut" (
    "id" UUID NOT NULL,
    "tindak_lanjut_id" UUID NOT NULL,
    "kunjungan_id" UUID NOT NULL,
    "hasil" "HasilVerifikasi" NOT NULL,
    "catatan" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "verifikasi_tindak_lanjut_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "verifikasi_tindak_lanjut_tindak_lanjut_id_kunjungan_id_key" ON "verifikasi_tindak_lanjut"("tindak_lanjut_id", "kunjungan_id");
CREATE INDEX "verifikasi_tindak_lanjut_kunjungan_id_idx" ON "verifikasi_tindak_lanjut"("kunjungan_id");

ALTER TABLE "instrumen" ADD CONSTRAINT "instrumen_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "instrumen" ADD CONSTRAINT "instrumen_sebelumnya_id_fkey" FOREIGN KEY ("sebelumnya_id") REFERENCES "instrumen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "domain_instrumen" ADD CONSTRAINT "domain_instrumen_instrumen_id_fkey" FOREIGN KEY ("instrumen_id") REFERENCES "instrumen"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "butir_instrumen" ADD CONSTRAINT "butir_instrumen_instrumen_id_fkey" FOREIGN KEY ("instrumen_id") REFERENCES "instrumen"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "butir_instrumen" ADD CONSTRAINT "butir_instrumen_domain_id_fkey" FOREIGN KEY ("domain_id") REFERENCES "domain_instrumen"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "rencana_supervisi" ADD CONSTRAINT "rencana_supervisi_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rencana_supervisi" ADD CONSTRAINT "rencana_supervisi_puskesmas_id_fkey" FOREIGN KEY ("puskesmas_id") REFERENCES "puskesmas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rencana_supervisi" ADD CONSTRAINT "rencana_supervisi_instrumen_id_fkey" FOREIGN KEY ("instrumen_id") REFERENCES "instrumen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "kunjungan_supervisi" ADD CONSTRAINT "kunjungan_supervisi_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "kunjungan_supervisi" ADD CONSTRAINT "kunjungan_supervisi_rencana_id_fkey" FOREIGN KEY ("rencana_id") REFERENCES "rencana_supervisi"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "kunjungan_supervisi" ADD CONSTRAINT "kunjungan_supervisi_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "kunjungan_supervisi" ADD CONSTRAINT "kunjungan_supervisi_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "kunjungan_supervisi" ADD CONSTRAINT "kunjungan_supervisi_instrumen_id_fkey" FOREIGN KEY ("instrumen_id") REFERENCES "instrumen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "peserta_kunjungan" ADD CONSTRAINT "peserta_kunjungan_kunjungan_id_fkey" FOREIGN KEY ("kunjungan_id") REFERENCES "kunjungan_supervisi"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "peserta_kunjungan" ADD CONSTRAINT "peserta_kunjungan_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "jawaban_kunjungan" ADD CONSTRAINT "jawaban_kunjungan_kunjungan_id_fkey" FOREIGN KEY ("kunjungan_id") REFERENCES "kunjungan_supervisi"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "jawaban_kunjungan" ADD CONSTRAINT "jawaban_kunjungan_butir_id_fkey" FOREIGN KEY ("butir_id") REFERENCES "butir_instrumen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "revisi_kunjungan" ADD CONSTRAINT "revisi_kunjungan_kunjungan_id_fkey" FOREIGN KEY ("kunjungan_id") REFERENCES "kunjungan_supervisi"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tindak_lanjut" ADD CONSTRAINT "tindak_lanjut_kunjungan_id_fkey" FOREIGN KEY ("kunjungan_id") REFERENCES "kunjungan_supervisi"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "tindak_lanjut" ADD CONSTRAINT "tindak_lanjut_butir_id_fkey" FOREIGN KEY ("butir_id") REFERENCES "butir_instrumen"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "tindak_lanjut" ADD CONSTRAINT "tindak_lanjut_pemilik_user_id_fkey" FOREIGN KEY ("pemilik_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "verifikasi_tindak_lanjut" ADD CONSTRAINT "verifikasi_tindak_lanjut_tindak_lanjut_id_fkey" FOREIGN KEY ("tindak_lanjut_id") REFERENCES "tindak_lanjut"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "verifikasi_tindak_lanjut" ADD CONSTRAINT "verifikasi_tindak_lanjut_kunjungan_id_fkey" FOREIGN KEY ("kunjungan_id") REFERENCES "kunjungan_supervisi"("id") ON DELETE CASCADE ON UPDATE CASCADE;
