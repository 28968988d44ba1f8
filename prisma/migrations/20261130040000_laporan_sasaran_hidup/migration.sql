-- Reports (issue 11, lib/laporan): counting the registered live people of every posyandu of a
-- kabupaten by age band (SKDN's K, the coverage denominators, "belum datang") reads only this index
-- (index-only scan: kabupaten, posyandu, birth date, sex), never the wide sasaran rows. Partial:
-- merged and inactive people are never counted. On Bogor-sized data it takes K from ~110 ms to ~50 ms
-- (docs/laporan-explain.md). Not expressible in schema.prisma (partial index with INCLUDE).
CREATE INDEX "sasaran_laporan_hidup" ON "sasaran" ("kabupaten_id", "posyandu_id", "tanggal_lahir") INCLUDE ("jenis_kelamin")
  WHERE "digabung_ke_id" IS NULL AND "is_active";
