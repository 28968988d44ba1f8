-- The official list (Kepmendagri 300.2.2-2138/2025) is the truth for desa, and the code is a desa's
-- identity:
-- 1. Two villages of one kecamatan may share a name (16 pairs in the 2025 list, e.g. Kelurahan and
--    Desa Sorkam Kanan in 12.01.10): the unique (kecamatan_id, nama) becomes a plain index, kept for
--    look-ups by name. Screens tell same-name desa apart by code.
-- 2. The village part of a code is 1xxx (kelurahan), 2xxx (desa) or 3xxx (desa adat, e.g. the 14
--    "Desa Adat" of Kabupaten Jayapura 91.03). A desa adat is a desa, not a kelurahan.
DROP INDEX "desa_kecamatan_id_nama_key";
CREATE INDEX "desa_kecamatan_id_nama_idx" ON "desa"("kecamatan_id", "nama");

ALTER TABLE "desa" DROP CONSTRAINT "desa_kode_format";
ALTER TABLE "desa" ADD CONSTRAINT "desa_kode_format" CHECK ("kode" ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[123][0-9]{3}$');
-- desa_kelurahan_matches_kode stays: village part 1xxx = kelurahan, so 2xxx and 3xxx are desa.
