/**
 * Pertumbuhan: WHO child growth z-scores (WHO 2006 standards, 0–60 months; WHO 2007 reference,
 * 5–19 years) computed as WHO's R packages anthro and anthroplus do, with the Permenkes 2/2020
 * categories. Pure: no I/O (the WHO tables are embedded in data/tables.ts).
 */
export type {
  CategoryColour,
  CategoryResult,
  GrowthInput,
  GrowthResult,
  IndexKey,
  IndexResult,
  IndexStatus,
  Measure,
  Reference,
  Sex,
  ValidationIssue,
  ValidationResult,
} from "./types.ts";
export { INDEX_KEYS } from "./types.ts";
export {
  computeGrowth,
  computeGrowthWith,
  validateGrowthInput,
  monthsFromDays,
  FLAG_LIMITS,
  HEIGHT_FROM_DAY,
  MUAC_FROM_DAY,
  STANDING_FROM_MONTHS,
  WFL_RANGE_CM,
  WFH_RANGE_CM,
  WHO2006_END_MONTHS,
  WHO2007_START_MONTHS,
  WHO2007_END_MONTHS,
  WHO2007_WFA_END_MONTHS,
} from "./compute.ts";
export { CATEGORY_RULES, categorize, type CategoryRule } from "./categories.ts";
export { curvePoints, curveAxis, SD_LEVELS, type CurvePoint, type CurveAxis, type CurveOptions, type SdLevel } from "./curves.ts";
export { DAYS_PER_MONTH, ageInDays, parseIsoDate, resolveAge, type ResolvedAge } from "./age.ts";
export { roundR, roundUpHalf, formatZ } from "./round.ts";
export { zPlain, zRestricted, valueAtZ } from "./zscore.ts";
export { INDEX_LABEL, PESAN } from "./messages.ts";
export {
  HEADER_ALIASES,
  OUTPUT_COLUMNS,
  OUTPUT_INDEX_ORDER,
  formatSummary,
  mapHeader,
  normalizeHeaderName,
  outputCells,
  parseDateCell,
  parseMeasureCell,
  parseNumberCell,
  parseOedemaCell,
  parseRow,
  parseSexCell,
  processRows,
  rowNotes,
  type BatchField,
  type BatchOutput,
  type BatchRowResult,
  type BatchSummary,
  type HeaderMapping,
  type ParsedRow,
  type ProcessOptions,
} from "./batch.ts";
export { buildLmsTable, type LmsTable } from "./lms-build.ts";
