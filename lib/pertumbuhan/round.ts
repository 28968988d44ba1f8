/**
 * Rounding exactly as WHO's R code does it.
 */

/**
 * R's `round(x, digits)` (R >= 4.0.0, src/nmath/fround.c): take the two candidates
 * floor(x·10^d)/10^d and ceil(x·10^d)/10^d, return the nearer one in double arithmetic, and on
 * an exact tie the one whose last digit is even. Symmetric for negative numbers.
 * anthro and anthroplus round every z-score with round(z, 2).
 */
export function roundR(x: number, digits = 2): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (digits === 0) return roundHalfEven(x);
  const sgn = x < 0 ? -1 : 1;
  const ax = sgn < 0 ? -x : x;
  // fround.c returns x unrounded when log10(2)·(0.5 + logb(x)) + digits > DBL_DIG (15), i.e. for
  // |x| >= 2^e with e the smallest exponent satisfying it (2^43 for 2 digits).
  if (ax >= noRoundingFrom(digits)) return x;
  const pow10 = 10 ** digits;
  const x10 = ax * pow10;
  const i10 = Math.floor(x10);
  const xd = i10 / pow10;
  const xu = Math.ceil(x10) / pow10;
  const du = xu - ax;
  const dd = ax - xd;
  const r = du < dd || (i10 % 2 === 1 && du === dd) ? xu : xd;
  return sgn * r;
}

const LOG10_2 = Math.log10(2);
const NO_ROUNDING_2 = 2 ** (Math.floor((15 - 2) / LOG10_2 - 0.5) + 1);

function noRoundingFrom(digits: number): number {
  return digits === 2 ? NO_ROUNDING_2 : 2 ** (Math.floor((15 - digits) / LOG10_2 - 0.5) + 1);
}

/** C nearbyint() in the default mode: half to even. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * anthro's `round_up()` (R/utils.R) for ages in days: x.5 and above go up, below .5 down.
 * Used for every age in days before the table lookup, so 730.5 days is day 731.
 */
export function roundUpHalf(x: number): number {
  const f = Math.floor(x);
  return x - f >= 0.5 ? f + 1 : f;
}

/**
 * A z-score as WHO prints it: two decimals ("-1.23", "0.00"), never "-0.00".
 * Expects a value already rounded to 2 decimals (as computeGrowth returns); others are rounded first.
 */
export function formatZ(z: number | null | undefined): string {
  if (z === null || z === undefined || !Number.isFinite(z)) return "";
  const hundredths = Math.round(roundR(z, 2) * 100);
  if (hundredths === 0) return "0.00";
  if (Math.abs(hundredths) >= 1e15) return z.toFixed(2);
  const neg = hundredths < 0;
  const a = neg ? -hundredths : hundredths;
  const whole = Math.floor(a / 100);
  const frac = a - whole * 100;
  return (neg ? "-" : "") + whole + (frac < 10 ? ".0" : ".") + frac;
}
