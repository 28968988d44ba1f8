-- Import jobs of different kinds (issue 11): the wilayah/posyandu import of the Dinkes admin, and the
-- import of the people a posyandu serves (sasaran) by kaders, bidan and puskesmas. Each history and
-- confirmation page reads only its own kind.
ALTER TABLE "import_job" ADD COLUMN "jenis" VARCHAR(20) NOT NULL DEFAULT 'WILAYAH';
