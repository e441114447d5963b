/**
 * Two-proportion z-test with a pooled standard error, as Evidently's `z_stat_test`.
 */
import { LabError, requireInteger } from "../core/errors";
import { normalCdf } from "../special/normal-distribution";

/** Result of {@link zTestProportions}. */
export interface ZTestResult {
  /** (p_A − p_B) / √(p̂(1 − p̂)(1/n_A + 1/n_B)), p̂ the pooled share. */
  z: number;
  /** Two-sided p-value 2(1 − Φ(|z|)). Evidently flags drift when p < 0.05. */
  pvalue: number;
}

/**
 * Pooled two-proportion z-test, two-sided, with Evidently's formula and argument order:
 * z = (p_A − p_B)/√(P(1 − P)(1/n_A + 1/n_B)) with P = (s_A + s_B)/(n_A + n_B), and
 * p = 2(1 − Φ(|z|)). Pass the reference as A and the current sample as B. When both samples
 * are all successes or all failures the standard error is 0: the result is z = 0, p = 1
 * (no evidence of a difference; Evidently's numpy code would produce NaN).
 *
 * @param successesA successes in sample A (integer, 0 ≤ s ≤ n)
 * @param totalA size of sample A (integer ≥ 1)
 * @throws {LabError} on non-integer counts, empty samples, or successes above the total
 * @example zTestProportions(30, 100, 45, 100); // { z: -2.1908902300206647, pvalue: 0.02845973691631065 }
 */
export function zTestProportions(
  successesA: number,
  totalA: number,
  successesB: number,
  totalB: number,
): ZTestResult {
  requireInteger("zTestProportions", "totalA", totalA, 1);
  requireInteger("zTestProportions", "totalB", totalB, 1);
  requireInteger("zTestProportions", "successesA", successesA, 0);
  requireInteger("zTestProportions", "successesB", successesB, 0);
  if (successesA > totalA || successesB > totalB) {
    throw new LabError(
      "zTestProportions requires successes to be at most the total of their sample",
    );
  }
  const shareA = successesA / totalA;
  const shareB = successesB / totalB;
  const pooled = (shareA * totalA + shareB * totalB) / (totalA + totalB);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / totalA + 1 / totalB));
  if (standardError === 0) return { z: 0, pvalue: 1 };
  const z = (shareA - shareB) / standardError;
  return { z, pvalue: 2 * (1 - normalCdf(Math.abs(z))) };
}
