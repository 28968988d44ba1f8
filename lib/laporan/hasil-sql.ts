/**
 * Findings read from an entry's stored results (the `hasil` JSON written by nilaiPemeriksaan under
 * the rules in force when it was recorded), as SQL conditions on an entry aliased `e`. Reports never
 * re-apply today's thresholds to old entries.
 */
import { Prisma } from "../generated/prisma/client.ts";

export const HASIL_SQL = {
  /** hasil.kek: LiLA under the KEK cut-off of a pregnant woman. */
  kek: Prisma.sql`(e.hasil->>'kek') = 'true'`,
  /** hasil.tekananDarah: adult class hypertension grade 1 or higher (isolated systolic is ≥ grade 1 systolic). */
  hipertensi: Prisma.sql`(e.hasil->'tekananDarah'->>'kode') IN ('td.ht1', 'td.ht2', 'td.ht3')`,
  /** hasil.puma: score at or above the PUMA cut-off (referred). */
  pumaPositif: Prisma.sql`(e.hasil->'puma'->>'rujuk') = 'true'`,
} as const;
