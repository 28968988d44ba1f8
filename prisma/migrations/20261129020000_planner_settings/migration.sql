-- Planner settings for this application's database, measured on the national data of
-- `npm run demo:skala` (a kabupaten's scope is ≈ 500 of the country's ≈ 84,000 desa):
-- * random_page_cost 1.1 instead of 4: the default assumes spinning disks; on SSDs with the working
--   set in memory it made PostgreSQL read every desa of the country (sequential scan) instead of
--   the index on kabupaten_id (12.5 ms → 3.9 ms for the posyandu count of Kabupaten Bogor).
-- * no parallel workers per query: the app answers many small requests at once on few cores, where
--   a parallel plan only adds processes; it also picked the sequential scan above (16.9 ms → 8.2 ms
--   for the first page of Bogor's posyandu list).
-- They apply to new connections of this database; an operator can change them with ALTER DATABASE.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
  EXECUTE format('ALTER DATABASE %I SET max_parallel_workers_per_gather = 0', current_database());
END
$$;
