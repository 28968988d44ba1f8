-- Kesiapan ILP: rules as data (pengaturan), the kader registry with its skill catalogue and
-- assessments, the posyandu kit and premises, pilot sites with their stages, roll-out and study
-- visits, and the monthly readiness snapshot.

CREATE TYPE "JenisKelamin" AS ENUM ('L', 'P');
CREATE TYPE "JabatanKader" AS ENUM ('KETUA', 'SEKRETARIS', 'BENDAHARA', 'ANGGOTA');
CREATE TYPE "MetodePenilaian" AS ENUM ('OBSERVASI', 'TES_TERTULIS', 'PRAKTIK');
CREATE TYPE "HasilPenilaian" AS ENUM ('KOMPETEN', 'BELUM_KOMPETEN');
CREATE TYPE "KondisiSarana" AS ENUM ('BAIK', 'RUSAK_RINGAN', 'RUSAK_BERAT');
CREATE TYPE "TahapPercontohan" AS ENUM ('DIUSULKAN', 'DITETAPKAN', 'ASESMEN_AWAL', 'SIAP', 'BERJALAN', 'DIREPLIKASI');

CREATE TABLE "pengaturan" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "kunci" VARCHAR(60) NOT NULL,
    "nilai" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "pengaturan_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "pengaturan_kabupaten_id_kunci_key" ON "pengaturan"("kabupaten_id", "kunci");

CREATE TABLE "paket_keterampilan" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "kode" VARCHAR(4) NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "paket_keterampilan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "paket_keterampilan_nama_not_blank" CHECK (btrim("nama") <> '')
);
CREATE UNIQUE INDEX "paket_keterampilan_kabupaten_id_kode_key" ON "paket_keterampilan"("kabupaten_id", "kode");

CREATE TABLE "keterampilan" (
    "id" UUID NOT NULL,
    "paket_id" UUID NOT NULL,
    "kode" VARCHAR(8) NOT NULL,
    "nama" VARCHAR(300) NOT NULL,
    "versi" SMALLINT NOT NULL DEFAULT 1,
    "urutan" SMALLINT NOT NULL,
    "rekonstruksi" BOOLEAN NOT NULL DEFAULT false,
    "retired_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "keterampilan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "keterampilan_nama_not_blank" CHECK (btrim("nama") <> ''),
    CONSTRAINT "keterampilan_versi_positive" CHECK ("versi" >= 1)
);
CREATE UNIQUE INDEX "keterampilan_paket_id_kode_versi_key" ON "keterampilan"("paket_id", "kode", "versi");
-- At most one current version of a skill code in a package.
CREATE UNIQUE INDEX "keterampilan_current_kode" ON "keterampilan"("paket_id", "kode") WHERE "retired_at" IS NULL;

CREATE TABLE "kader" (
    "id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "nik" VARCHAR(16),
    "jenis_kelamin" "JenisKelamin" NOT NULL,
    "tanggal_lahir" DATE,
    "telepon" VARCHAR(20),
    "pendidikan" VARCHAR(40),
    "jabatan" "JabatanKader" NOT NULL DEFAULT 'ANGGOTA',
    "tahun_mulai" SMALLINT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "kader_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kader_nama_not_blank" CHECK (btrim("nama") <> ''),
    CONSTRAINT "kader_nik_format" CHECK ("nik" IS NULL OR "nik" ~ '^[0-9]{16}$'),
    CONSTRAINT "kader_tahun_mulai_range" CHECK ("tahun_mulai" IS NULL OR "tahun_mulai" BETWEEN 1970 AND 2100)
);
CREATE UNIQUE INDEX "kader_user_id_key" ON "kader"("user_id");
CREATE UNIQUE INDEX "kader_posyandu_id_nik_key" ON "kader"("posyandu_id", "nik");
CREATE INDEX "kader_posyandu_id_nama_idx" ON "kader"("posyandu_id", "nama");

CREATE TABLE "penilaian_keterampilan" (
    "id" UUID NOT NULL,
    "kader_id" UUID NOT NULL,
    "keterampilan_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "penilai_id" UUID NOT NULL,
    "metode" "MetodePenilaian" NOT NULL,
    "hasil" "HasilPenilaian" NOT NULL,
    "catatan" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "penilaian_keterampilan_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "penilaian_keterampilan_kader_id_tanggal_idx" ON "penilaian_keterampilan"("kader_id", "tanggal");
CREATE INDEX "penilaian_keterampilan_keterampilan_id_idx" ON "penilaian_keterampilan"("keterampilan_id");

CREATE TABLE "jenis_sarana" (
    "id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "kode" VARCHAR(30) NOT NULL,
    "nama" VARCHAR(160) NOT NULL,
    "kelompok" VARCHAR(40) NOT NULL,
    "jumlah_wajib" SMALLINT NOT NULL DEFAULT 1,
    "spesifikasi" VARCHAR(500),
    "perlu_kalibrasi" BOOLEAN NOT NULL DEFAULT false,
    "rekonstruksi" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "urutan" SMALLINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "jenis_sarana_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "jenis_sarana_nama_not_blank" CHECK (btrim("nama") <> ''),
    CONSTRAINT "jenis_sarana_jumlah_wajib_range" CHECK ("jumlah_wajib" >= 0)
);
CREATE UNIQUE INDEX "jenis_sarana_kabupaten_id_kode_key" ON "jenis_sarana"("kabupaten_id", "kode");

CREATE TABLE "sarana_posyandu" (
    "id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "jenis_sarana_id" UUID NOT NULL,
    "jumlah" SMALLINT NOT NULL,
    "kondisi" "KondisiSarana" NOT NULL DEFAULT 'BAIK',
    "kalibrasi_terakhir" DATE,
    "sumber_dana" VARCHAR(80),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "sarana_posyandu_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sarana_posyandu_jumlah_range" CHECK ("jumlah" >= 0)
);
CREATE UNIQUE INDEX "sarana_posyandu_posyandu_id_jenis_sarana_id_key" ON "sarana_posyandu"("posyandu_id", "jenis_sarana_id");
CREATE INDEX "sarana_posyandu_jenis_sarana_id_idx" ON "sarana_posyandu"("jenis_sarana_id");

CREATE TABLE "prasarana_posyandu" (
    "posyandu_id" UUID NOT NULL,
    "ruang_cukup" BOOLEAN NOT NULL DEFAULT false,
    "tempat_duduk" BOOLEAN NOT NULL DEFAULT false,
    "pojok_privasi" BOOLEAN NOT NULL DEFAULT false,
    "air" BOOLEAN NOT NULL DEFAULT false,
    "toilet" BOOLEAN NOT NULL DEFAULT false,
    "catatan" VARCHAR(500),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "prasarana_posyandu_pkey" PRIMARY KEY ("posyandu_id")
);

CREATE TABLE "percontohan" (
    "id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "desa_id" UUID NOT NULL,
    "puskesmas_id" UUID,
    "kabupaten_id" UUID NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "nomor_sk" VARCHAR(120),
    "tanggal_sk" DATE,
    "angkatan" SMALLINT NOT NULL DEFAULT 1,
    "tanggal_mulai" DATE,
    "tanggal_target" DATE,
    "catatan" VARCHAR(1000),
    "tahap" "TahapPercontohan" NOT NULL DEFAULT 'DIUSULKAN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "percontohan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "percontohan_angkatan_positive" CHECK ("angkatan" >= 1),
    CONSTRAINT "percontohan_target_after_start" CHECK ("tanggal_target" IS NULL OR "tanggal_mulai" IS NULL OR "tanggal_target" >= "tanggal_mulai")
);
CREATE UNIQUE INDEX "percontohan_posyandu_id_key" ON "percontohan"("posyandu_id");
CREATE INDEX "percontohan_kabupaten_id_tahun_idx" ON "percontohan"("kabupaten_id", "tahun");
CREATE INDEX "percontohan_desa_id_tahun_idx" ON "percontohan"("desa_id", "tahun");
CREATE INDEX "percontohan_puskesmas_id_tahun_idx" ON "percontohan"("puskesmas_id", "tahun");

CREATE TABLE "riwayat_tahap" (
    "id" UUID NOT NULL,
    "percontohan_id" UUID NOT NULL,
    "dari" "TahapPercontohan",
    "ke" "TahapPercontohan" NOT NULL,
    "tanggal" DATE NOT NULL,
    "alasan" VARCHAR(500),
    "oleh_id" UUID,
    "oleh_nama" VARCHAR(120) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "riwayat_tahap_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "riwayat_tahap_percontohan_id_created_at_idx" ON "riwayat_tahap"("percontohan_id", "created_at");

CREATE TABLE "replikasi_percontohan" (
    "id" UUID NOT NULL,
    "percontohan_id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "tanggal_target" DATE,
    "tahap" "TahapPercontohan" NOT NULL DEFAULT 'DIUSULKAN',
    "catatan" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "replikasi_percontohan_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "replikasi_percontohan_posyandu_id_key" ON "replikasi_percontohan"("posyandu_id");
CREATE INDEX "replikasi_percontohan_percontohan_id_idx" ON "replikasi_percontohan"("percontohan_id");

CREATE TABLE "studi_banding" (
    "id" UUID NOT NULL,
    "percontohan_id" UUID NOT NULL,
    "kabupaten_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "asal" VARCHAR(160) NOT NULL,
    "jumlah_peserta" SMALLINT NOT NULL,
    "tujuan" VARCHAR(500),
    "catatan" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "studi_banding_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "studi_banding_asal_not_blank" CHECK (btrim("asal") <> ''),
    CONSTRAINT "studi_banding_peserta_positive" CHECK ("jumlah_peserta" >= 1)
);
CREATE INDEX "studi_banding_kabupaten_id_tanggal_idx" ON "studi_banding"("kabupaten_id", "tanggal");
CREATE INDEX "studi_banding_percontohan_id_idx" ON "studi_banding"("percontohan_id");

CREATE TABLE "kesiapan_bulanan" (
    "id" UUID NOT NULL,
    "posyandu_id" UUID NOT NULL,
    "bulan" DATE NOT NULL,
    "skor" SMALLINT NOT NULL,
    "kategori" VARCHAR(20) NOT NULL,
    "rincian" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "kesiapan_bulanan_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "kesiapan_bulanan_skor_range" CHECK ("skor" BETWEEN 0 AND 100),
    CONSTRAINT "kesiapan_bulanan_bulan_first_day" CHECK (extract(day FROM "bulan") = 1)
);
CREATE UNIQUE INDEX "kesiapan_bulanan_posyandu_id_bulan_key" ON "kesiapan_bulanan"("posyandu_id", "bulan");
CREATE INDEX "kesiapan_bulanan_bulan_idx" ON "kesiapan_bulanan"("bulan");

ALTER TABLE "pengaturan" ADD CONSTRAINT "pengaturan_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "paket_keterampilan" ADD CONSTRAINT "paket_keterampilan_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "keterampilan" ADD CONSTRAINT "keterampilan_paket_id_fkey" FOREIGN KEY ("paket_id") REFERENCES "paket_keterampilan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "kader" ADD CONSTRAINT "kader_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "kader" ADD CONSTRAINT "kader_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "penilaian_keterampilan" ADD CONSTRAINT "penilaian_keterampilan_kader_id_fkey" FOREIGN KEY ("kader_id") REFERENCES "kader"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "penilaian_keterampilan" ADD CONSTRAINT "penilaian_keterampilan_keterampilan_id_fkey" FOREIGN KEY ("keterampilan_id") REFERENCES "keterampilan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "penilaian_keterampilan" ADD CONSTRAINT "penilaian_keterampilan_penilai_id_fkey" FOREIGN KEY ("penilai_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "jenis_sarana" ADD CONSTRAINT "jenis_sarana_kabupaten_id_fkey" FOREIGN KEY ("kabupaten_id") REFERENCES "kabupaten"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sarana_posyandu" ADD CONSTRAINT "sarana_posyandu_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "sarana_posyandu" ADD CONSTRAINT "sarana_posyandu_jenis_sarana_id_fkey" FOREIGN KEY ("jenis_sarana_id") REFERENCES "jenis_sarana"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "prasarana_posyandu" ADD CONSTRAINT "prasarana_posyandu_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "percontohan" ADD CONSTRAINT "percontohan_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "percontohan" ADD CONSTRAINT "percontohan_desa_id_fkey" FOREIGN KEY ("desa_id") REFERENCES "desa"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "percontohan" ADD CONSTRAINT "percontohan_puskesmas_id_fkey" FOREIGN KEY ("puskesmas_id") REFERENCES "puskesmas"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "riwayat_tahap" ADD CONSTRAINT "riwayat_tahap_percontohan_id_fkey" FOREIGN KEY ("percontohan_id") REFERENCES "percontohan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "replikasi_percontohan" ADD CONSTRAINT "replikasi_percontohan_percontohan_id_fkey" FOREIGN KEY ("percontohan_id") REFERENCES "percontohan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "replikasi_percontohan" ADD CONSTRAINT "replikasi_percontohan_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "studi_banding" ADD CONSTRAINT "studi_banding_percontohan_id_fkey" FOREIGN KEY ("percontohan_id") REFERENCES "percontohan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "kesiapan_bulanan" ADD CONSTRAINT "kesiapan_bulanan_posyandu_id_fkey" FOREIGN KEY ("posyandu_id") REFERENCES "posyandu"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
