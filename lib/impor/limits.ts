/**
 * The import's limits, shared by the upload form (checked before sending) and the server (checked
 * again). No server imports: the client component reads this file too.
 */
import type { TableLimits } from "../table/limits.ts";

export const IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000 } as const satisfies TableLimits;
