/**
 * The limiting Kolmogorov distribution, ported from scipy's `xsf/cephes/kolmogorov.h`
 * (`_kolmogorov`), so {@link kolmogorovSurvival} equals `scipy.special.kolmogorov`.
 */

const CUTOVER = 0.82;
const MIN_EXPABLE = -708 - 38;
// Below this x the survival function is 1 to double precision.
const LOWER_LIMIT = Math.PI / Math.sqrt(-MIN_EXPABLE * 8);

/**
 * Survival function of the Kolmogorov distribution,
 * K̄(x) = P(√n·Dₙ ≥ x) as n → ∞ = 2 Σ_{k≥1} (−1)^(k−1) e^(−2k²x²), as
 * `scipy.special.kolmogorov(x)`. Uses the theta-function series for x ≤ 0.82 and the
 * alternating series above, each unrolled to full double precision.
 *
 * @param x scaled KS statistic √n·D (x ≤ 0 gives 1; NaN gives NaN)
 * @returns probability in [0, 1]
 * @example kolmogorovSurvival(1.0); // 0.26999967167735456
 */
export function kolmogorovSurvival(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x <= 0 || x <= LOWER_LIMIT) return 1;
  if (x <= CUTOVER) {
    // P = w·u·(1 + u⁸ + u²⁴ + u⁴⁸ + …) with u = e^(−π²/8x²), w = √(2π)/x, as the CDF.
    const w = Math.sqrt(2 * Math.PI) / x;
    const logU8 = (-Math.PI * Math.PI) / (x * x);
    const u = Math.exp(logU8 / 8);
    let cdf: number;
    if (u === 0) {
      cdf = Math.exp(logU8 / 8 + Math.log(w));
    } else {
      const u8 = Math.exp(logU8);
      const u8Cubed = Math.pow(u8, 3);
      let series = 1;
      series = 1 + u8Cubed * series;
      series = 1 + u8 * u8 * series;
      series = 1 + u8 * series;
      cdf = w * u * series;
    }
    return clampProbability(1 - cdf);
  }
  // P = 2v(1 − v³(1 − v⁵(1 − v⁷(…)))) with v = e^(−2x²), as the survival function.
  const v = Math.exp(-2 * x * x);
  const vSquared = v * v;
  const vCubed = Math.pow(v, 3);
  let series = 1;
  series = 1 - vCubed * vCubed * v * series;
  series = 1 - vCubed * vSquared * series;
  series = 1 - vCubed * series;
  return clampProbability(2 * v * series);
}

function clampProbability(value: number): number {
  return Math.min(1, Math.max(0, value));
}
