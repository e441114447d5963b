/**
 * Distribution of the two-sided one-sample KS statistic Dₙ for finite n, ported from scipy's
 * `scipy/stats/_ksstats.py` (`_kolmogn`, Simard & L'Ecuyer 2011), so that
 * {@link kolmogorovSmirnovSurvival} equals `scipy.stats.kstwo.sf(x, n)`. `ks_2samp` uses it for
 * its asymptotic p-value with n = round(n₁n₂/(n₁+n₂)).
 */
import { durbinMatrixCdf, pomeranzCdf } from "./ks-exact-methods";
import { smirnovSurvival } from "./smirnov";

const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const LOG_TWO_PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const PI_SQUARED = Math.PI ** 2;
const PI_FOURTH = Math.PI ** 4;
const PI_SIXTH = Math.PI ** 6;
const STIRLING_COEFFICIENTS = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
  8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
  -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];

/** ln(n!/nⁿ) by Stirling's series with n·ln n removed up front (scipy helper). */
function logFactorialOverPower(n: number): number {
  const inverse = 1 / n;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * (inverse / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_TWO_PI / 2 + inverse * series;
}

/** Pelz-Good asymptotic approximation of P(Dₙ ≤ x) (scipy `_kolmogn_PelzGood`, cdf=True). */
function pelzGoodCdf(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z3 = z2 * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qLog = -PI_SQUARED / 8 / z2;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOURTH * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIXTH * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOURTH * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxK = Math.ceil((16 * z) / Math.PI);
  // Horner scheme over odd integers m = 2k − 1 of Σ c_m q^(m²).
  for (let k = maxK; k > 0; k -= 1) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = Math.pow(q, 8 * k);
    const coefficients = [
      1,
      k1a + k1b * m2,
      k2a + k2b * m2 + k2c * m4,
      k3a + k3b * m2 + k3c * m4 + k3d * m6,
    ];
    for (let i = 0; i < 4; i += 1) {
      terms[i] = (terms[i] as number) * qPower + (coefficients[i] as number);
    }
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i += 1) {
    terms[i] = ((terms[i] as number) * q * SQRT_TWO_PI) / (divisors[i] as number);
  }
  // The second sum over all integers k for K₂ and K₃.
  q = Math.exp(-PI_SQUARED / 2 / z2);
  let k2Extra = 0;
  let k3Extra = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxK; k > 0; k -= 1) {
    const k2 = k * k;
    const qPowers = Math.pow(q, k2);
    k2Extra += k2 * qPowers;
    const kPi = Math.PI * k;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qPowers;
  }
  terms[2] = (terms[2] as number) + (k2Extra * PI_SQUARED * SQRT_TWO_PI) / (-36 * z3);
  terms[3] = (terms[3] as number) + (k3Extra * PI_SQUARED * SQRT_TWO_PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i += 1) sum += (terms[i] as number) / Math.pow(n, i / 2);
  return sum;
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Survival function P(Dₙ ≥ x) of the two-sided KS statistic for sample size n, as
 * `scipy.stats.kstwo.sf(x, n)`: Ruben-Gambino closed forms at the ends, the Durbin matrix or
 * Pomeranz recursion for small n, 2·smirnov(n, x) in the upper tail, Pelz-Good for large n.
 *
 * @param n sample size, an integer ≥ 1 (NaN otherwise, as scipy)
 * @param x statistic value in [0, 1]
 * @example kolmogorovSmirnovSurvival(4, 0.5); // 0.1875
 */
export function kolmogorovSmirnovSurvival(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let probability: number;
    if (n <= 140) {
      probability = 1;
      for (let i = 1; i <= n; i += 1) probability *= i * (1 / n) * (2 * t - 1);
    } else {
      probability = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clamp(1 - probability);
  }
  if (t >= n - 1) return clamp(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clamp(2 * smirnovSurvival(n, x));
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return clamp(1 - durbinMatrixCdf(n, x));
    if (nxSquared <= 4) return clamp(1 - pomeranzCdf(n, x));
    return clamp(2 * smirnovSurvival(n, x));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clamp(2 * smirnovSurvival(n, x));
  const cdf =
    n <= 100000 && n * Math.pow(x, 1.5) <= 1.4 ? durbinMatrixCdf(n, x) : pelzGoodCdf(n, x);
  return clamp(1 - cdf);
}
