/**
 * computeGrowth with the embedded WHO tables (server, tests, batch). The computation itself lives in
 * compute-core.ts, which imports no table text: the browser calls computeGrowthWith with tables it
 * fetched as data (see app/api/pertumbuhan/tabel).
 */
import { computeGrowthWith } from "./compute-core.ts";
import { lmsTable } from "./lms.ts";
import type { GrowthInput, GrowthResult } from "./types.ts";

export * from "./compute-core.ts";

export function computeGrowth(input: GrowthInput): GrowthResult {
  return computeGrowthWith(lmsTable, input);
}
