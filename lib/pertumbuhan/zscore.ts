/**
 * The LMS formulas (WHO, "WHO Child Growth Standards: Methods and development", 2006, chapter 7),
 * written with the same operations in the same order as WHO's R code
 * (anthro R/z-score-helper.R: compute_zscore, compute_zscore_adjusted) so that results agree to
 * the last bit before rounding.
 */

/** Plain LMS z-score: ((y/M)^L − 1) / (S·L). Used for length/height-for-age and head circumference. */
export function zPlain(y: number, l: number, m: number, s: number): number {
  return (Math.pow(y / m, l) - 1) / (s * l);
}

/** The value at z SD: M·(1 + L·S·z)^(1/L). */
export function valueAtZ(z: number, l: number, m: number, s: number): number {
  return m * Math.pow(1 + l * s * z, 1 / l);
}

/**
 * Restricted z-score used by WHO for weight-for-age, weight-for-length/height, BMI-for-age and
 * arm circumference-for-age (and, in anthroplus, weight- and BMI-for-age): beyond ±3 SD the
 * distance is measured in units of the 2–3 SD band at that side:
 *   z > 3:  3 + (y − SD3pos) / (SD3pos − SD2pos)
 *   z < −3: −3 + (y − SD3neg) / (SD2neg − SD3neg)
 */
export function zRestricted(y: number, l: number, m: number, s: number): number {
  const z = zPlain(y, l, m, s);
  if (z > 3) {
    const sd3pos = valueAtZ(3, l, m, s);
    const sd23pos = sd3pos - valueAtZ(2, l, m, s);
    return 3 + (y - sd3pos) / sd23pos;
  }
  if (z < -3) {
    const sd3neg = valueAtZ(-3, l, m, s);
    const sd23neg = valueAtZ(-2, l, m, s) - sd3neg;
    return -3 + (y - sd3neg) / sd23neg;
  }
  return z;
}
