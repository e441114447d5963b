/**
 * Confidence intervals for a binomial proportion: Wilson score and Clopper-Pearson.
 */
import { LabError, requireInteger, requireProbability } from "../core/errors";
import { betaQuantile } from "../special/beta-functions";
import { normalQuantile } from "../special/normal-distribution";

function requireCounts(fnName: string, successes: number, total: number): void {
  requireInteger(fnName, "total", total, 1);
  requireInteger(fnName, "successes", successes, 0);
  if (successes > total) {
    throw new LabError(`${fnName} requires successes <= total (found ${successes} and ${total})`);
  }
}

/**
 * Wilson score interval for a proportion, with statsmodels' formula
 * (`proportion_confint(method="wilson")`): z = Φ⁻¹(1 − α/2),
 * centre (p̂ + z²/2n)/(1 + z²/n), half-width z·√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n).
 * 0 successes give a lower bound of exactly 0, n successes an upper bound of exactly 1.
 *
 * @param successes number of successes, integer 0..total
 * @param total number of trials, integer ≥ 1
 * @param confidence level in (0, 1), default 0.95
 * @returns [lower, upper]
 * @throws {LabError} on invalid counts or confidence
 * @example wilsonInterval(8, 10); // [0.4901624..., 0.9433178...]
 */
export function wilsonInterval(
  successes: number,
  total: number,
  confidence = 0.95,
): [number, number] {
  requireCounts("wilsonInterval", successes, total);
  requireProbability("wilsonInterval", "confidence", confidence);
  const z = -normalQuantile((1 - confidence) / 2);
  const zSquared = z * z;
  const share = successes / total;
  const denominator = 1 + zSquared / total;
  const center = (share + zSquared / (2 * total)) / denominator;
  const halfWidth =
    (z * Math.sqrt((share * (1 - share)) / total + zSquared / (4 * total * total))) / denominator;
  const lower = successes === 0 ? 0 : center - halfWidth;
  const upper = successes === total ? 1 : center + halfWidth;
  return [lower, upper];
}

/**
 * Clopper-Pearson ("exact") interval for a proportion from Beta quantiles:
 * lower = Beta⁻¹(α/2; s, n − s + 1) (0 when s = 0), upper = Beta⁻¹(1 − α/2; s + 1, n − s)
 * (1 when s = n), as `scipy.stats.beta.ppf` / `beta.isf` (statsmodels' `method="beta"`).
 *
 * @param successes number of successes, integer 0..total
 * @param total number of trials, integer ≥ 1
 * @param confidence level in (0, 1), default 0.95
 * @returns [lower, upper]
 * @throws {LabError} on invalid counts or confidence
 * @example clopperPearsonInterval(8, 10); // [0.4439045..., 0.9747892...]
 */
export function clopperPearsonInterval(
  successes: number,
  total: number,
  confidence = 0.95,
): [number, number] {
  requireCounts("clopperPearsonInterval", successes, total);
  requireProbability("clopperPearsonInterval", "confidence", confidence);
  const alpha = 1 - confidence;
  const lower = successes === 0 ? 0 : betaQuantile(alpha / 2, successes, total - successes + 1);
  // The upper bound is the isf of Beta(s + 1, n − s), i.e. 1 − the ppf of the mirrored Beta:
  // this keeps full relative precision near 1.
  const upper =
    successes === total ? 1 : 1 - betaQuantile(alpha / 2, total - successes, successes + 1);
  return [lower, upper];
}
