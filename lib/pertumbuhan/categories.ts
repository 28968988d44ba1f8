/**
 * Nutritional-status categories of Permenkes RI No. 2 Tahun 2020 (Standar Antropometri Anak), as
 * DATA: an administrator-editable table could replace CATEGORY_RULES later.
 *
 * Boundaries apply to the z-score ROUNDED to 2 decimals (as WHO reports it). A bound at −2 belongs
 * to the normal side (−3 ≤ z < −2 is "kurang", z = −2.00 is normal) and +1.00 is still normal
 * (> +1 is "risiko/berisiko"): every interval is [min, max) below the normal band, [min, max] for
 * the normal band, and (min, max] above it.
 */
import type { CategoryColour, CategoryResult, IndexKey, Reference } from "./types.ts";

export interface CategoryRule {
  index: IndexKey;
  /** WHO2006 = umur 0–60 bulan; WHO2007 = di atas 60 bulan (5–19 tahun). */
  ageGroup: Reference;
  /** Lower bound (null = no bound) and whether z equal to it belongs here. */
  min: number | null;
  minInclusive: boolean;
  /** Upper bound (null = no bound) and whether z equal to it belongs here. */
  max: number | null;
  maxInclusive: boolean;
  code: string;
  label: string;
  colour: CategoryColour;
  /** Where the rule comes from. */
  source: "Permenkes 2/2020" | "reconstructed";
}

type RuleSpec = [
  min: number | null,
  minInclusive: boolean,
  max: number | null,
  maxInclusive: boolean,
  code: string,
  label: string,
  colour: CategoryColour,
];

function rules(index: IndexKey, ageGroup: Reference, source: CategoryRule["source"], specs: RuleSpec[]): CategoryRule[] {
  return specs.map(([min, minInclusive, max, maxInclusive, code, label, colour]) => ({
    index,
    ageGroup,
    min,
    minInclusive,
    max,
    maxInclusive,
    code: `${index}.${code}`,
    label,
    colour,
    source,
  }));
}

const BBU: RuleSpec[] = [
  [null, false, -3, false, "sangat_kurang", "Berat badan sangat kurang", "danger"],
  [-3, true, -2, false, "kurang", "Berat badan kurang", "warning"],
  [-2, true, 1, true, "normal", "Berat badan normal", "ok"],
  [1, false, null, false, "risiko_lebih", "Risiko berat badan lebih", "info"],
];

const TBU: RuleSpec[] = [
  [null, false, -3, false, "sangat_pendek", "Sangat pendek", "danger"],
  [-3, true, -2, false, "pendek", "Pendek", "warning"],
  [-2, true, 3, true, "normal", "Normal", "ok"],
  [3, false, null, false, "tinggi", "Tinggi", "info"],
];

const GIZI_BALITA: RuleSpec[] = [
  [null, false, -3, false, "gizi_buruk", "Gizi buruk", "danger"],
  [-3, true, -2, false, "gizi_kurang", "Gizi kurang", "warning"],
  [-2, true, 1, true, "gizi_baik", "Gizi baik", "ok"],
  [1, false, 2, true, "berisiko_gizi_lebih", "Berisiko gizi lebih", "info"],
  [2, false, 3, true, "gizi_lebih", "Gizi lebih", "warning"],
  [3, false, null, false, "obesitas", "Obesitas", "danger"],
];

const IMTU_ANAK: RuleSpec[] = [
  [null, false, -3, false, "gizi_buruk", "Gizi buruk", "danger"],
  [-3, true, -2, false, "gizi_kurang", "Gizi kurang", "warning"],
  [-2, true, 1, true, "gizi_baik", "Gizi baik", "ok"],
  [1, false, 2, true, "gizi_lebih", "Gizi lebih", "warning"],
  [2, false, null, false, "obesitas", "Obesitas", "danger"],
];

// [reconstructed] Permenkes 2/2020 has no LK/U categories: ±2 SD as in the KIA book's head chart.
const LKU: RuleSpec[] = [
  [null, false, -2, false, "mikrosefali", "Mikrosefali", "warning"],
  [-2, true, 2, true, "normal", "Normal", "ok"],
  [2, false, null, false, "makrosefali", "Makrosefali", "warning"],
];

// [reconstructed] Permenkes 2/2020 has no LiLA/U categories: the wasting cut-offs below −2 SD.
const LILAU: RuleSpec[] = [
  [null, false, -3, false, "gizi_buruk", "Gizi buruk", "danger"],
  [-3, true, -2, false, "gizi_kurang", "Gizi kurang", "warning"],
  [-2, true, null, false, "normal", "Normal", "ok"],
];

/**
 * All rules. Choices beyond the Permenkes table, documented:
 * - TB/U over 5 years uses the PB/U-TB/U labels (Sangat pendek / Pendek / Normal / Tinggi).
 * - BB/U over 5 years (WHO 2007, to 10 years) uses the BB/U 0–60 month labels.
 * - IMT/U over 5 years follows Permenkes' 5–18 year table, applied up to 19 years (the WHO 2007 range).
 * - LK/U and LiLA/U are [reconstructed] (see above).
 */
export const CATEGORY_RULES: readonly CategoryRule[] = [
  ...rules("bbu", "WHO2006", "Permenkes 2/2020", BBU),
  ...rules("tbu", "WHO2006", "Permenkes 2/2020", TBU),
  ...rules("bbtb", "WHO2006", "Permenkes 2/2020", GIZI_BALITA),
  ...rules("imtu", "WHO2006", "Permenkes 2/2020", GIZI_BALITA),
  ...rules("lku", "WHO2006", "reconstructed", LKU),
  ...rules("lilau", "WHO2006", "reconstructed", LILAU),
  ...rules("bbu", "WHO2007", "reconstructed", BBU),
  ...rules("tbu", "WHO2007", "reconstructed", TBU),
  ...rules("imtu", "WHO2007", "Permenkes 2/2020", IMTU_ANAK),
];

function inRule(rule: CategoryRule, z: number): boolean {
  if (rule.min !== null && (rule.minInclusive ? z < rule.min : z <= rule.min)) return false;
  if (rule.max !== null && (rule.maxInclusive ? z > rule.max : z >= rule.max)) return false;
  return true;
}

// Rules of the default table grouped by age group and index, each with its (shared, frozen) result.
type Group = { rule: CategoryRule; result: CategoryResult }[];
const DEFAULT_GROUPS: Record<Reference, Partial<Record<IndexKey, Group>>> = { WHO2006: {}, WHO2007: {} };
for (const rule of CATEGORY_RULES) {
  const byIndex = DEFAULT_GROUPS[rule.ageGroup];
  const group = byIndex[rule.index] ?? (byIndex[rule.index] = []);
  group.push({ rule, result: Object.freeze({ code: rule.code, label: rule.label, colour: rule.colour }) });
}

/**
 * The category of a z-score (already rounded to 2 decimals, as computeGrowth returns it), or null
 * when no rule covers it. `rulesTable` lets a caller pass an edited table.
 */
export function categorize(
  index: IndexKey,
  ageGroup: Reference,
  z: number | null,
  rulesTable: readonly CategoryRule[] = CATEGORY_RULES,
): CategoryResult | null {
  if (z === null || !Number.isFinite(z)) return null;
  if (rulesTable === CATEGORY_RULES) {
    const group = DEFAULT_GROUPS[ageGroup][index];
    if (!group) return null;
    for (const g of group) if (inRule(g.rule, z)) return g.result;
    return null;
  }
  for (const rule of rulesTable) {
    if (rule.index === index && rule.ageGroup === ageGroup && inRule(rule, z)) {
      return { code: rule.code, label: rule.label, colour: rule.colour };
    }
  }
  return null;
}
