/**
 * Pearson chi-square tests with scipy's conventions (`scipy.stats.chisquare`,
 * `scipy.stats.chi2_contingency`).
 */
import {
  LabError,
  requireNonEmpty,
  requireNonNegativeCounts,
  requirePositiveSum,
  requireSameLength,
} from "../core/errors";
import { chiSquareSurvival } from "../special/gamma-functions";

/** Result of {@link chiSquare}. */
export interface ChiSquareResult {
  /** Σ (o − e)²/e. Infinite when some expected count is 0 but its observed count is not. */
  statistic: number;
  /** P(χ²_dof ≥ statistic). Evidently flags drift when p < 0.05. */
  pvalue: number;
  /** Degrees of freedom, k − 1. */
  dof: number;
}

/** Result of {@link chi2Contingency}. */
export interface ChiSquareContingencyResult extends ChiSquareResult {
  /** Expected counts under independence, row total × column total / grand total. */
  expected: number[][];
}

// scipy: rtol = sqrt(float64 eps), "to pass existing tests".
const SUM_TOLERANCE = Math.sqrt(2.220446049250313e-16);

function pearsonSum(observed: readonly number[], expected: readonly number[]): number {
  let statistic = 0;
  for (let i = 0; i < observed.length; i += 1) {
    const o = observed[i] as number;
    const e = expected[i] as number;
    // A category with expected 0 and observed 0 carries no information (scipy: NaN).
    if (e === 0 && o === 0) continue;
    statistic += ((o - e) * (o - e)) / e;
  }
  return statistic;
}

/**
 * Pearson's chi-square goodness-of-fit test, as `scipy.stats.chisquare(observed, expected)`:
 * statistic Σ (o − e)²/e, dof k − 1, p = P(χ²_dof ≥ statistic). Without `expected` every
 * category expects the mean count. Like scipy, the two totals must agree to a relative
 * tolerance of √ε ≈ 1.5e-8. An expected 0 with an observed count > 0 gives an infinite
 * statistic and p = 0 (Evidently's "category unseen in reference"); 0 expected and 0 observed
 * is skipped (scipy would return NaN).
 *
 * @param observed counts per category (non-negative, at least two categories)
 * @param expected expected counts, same length, same total
 * @throws {LabError} on fewer than two categories, negative/non-finite counts, mismatched
 *   lengths, or totals that disagree
 * @example chiSquare([18, 22, 35, 25], [25, 25, 25, 25]); // { statistic: 6.32, pvalue: 0.09703806460956206, dof: 3 }
 */
export function chiSquare(
  observed: readonly number[],
  expected?: readonly number[],
): ChiSquareResult {
  requireNonEmpty("chiSquare", "observed", observed);
  requirePositiveSum("chiSquare", "observed", observed);
  if (observed.length < 2) throw new LabError("chiSquare requires at least two categories");
  let observedTotal = 0;
  for (const count of observed) observedTotal += count;
  let expectedCounts: readonly number[];
  if (expected === undefined) {
    expectedCounts = observed.map(() => observedTotal / observed.length);
  } else {
    requireSameLength("chiSquare", "observed", observed, "expected", expected);
    requireNonNegativeCounts("chiSquare", "expected", expected);
    let expectedTotal = 0;
    for (const count of expected) expectedTotal += count;
    const relativeDifference =
      Math.abs(observedTotal - expectedTotal) / Math.min(observedTotal, expectedTotal);
    if (relativeDifference > SUM_TOLERANCE) {
      throw new LabError(
        `chiSquare requires observed and expected to have the same total within relative tolerance 1.5e-8 (found ${observedTotal} and ${expectedTotal})`,
      );
    }
    expectedCounts = expected;
  }
  const statistic = pearsonSum(observed, expectedCounts);
  const dof = observed.length - 1;
  return { statistic, pvalue: chiSquareSurvival(statistic, dof), dof };
}

/**
 * Chi-square test of independence on a contingency table, as
 * `scipy.stats.chi2_contingency(table, correction)`: expected = row total × column total /
 * grand total, dof = (rows − 1)(columns − 1); when dof = 1 and `correction` (default true),
 * Yates' correction moves each observed count toward its expected count by
 * min(0.5, |e − o|) (scipy's clipping rule). dof 0 gives statistic 0 and p = 1.
 *
 * @param table rows of non-negative counts, all rows the same length
 * @param options `correction`: apply Yates' correction when dof = 1 (default true)
 * @throws {LabError} on an empty or ragged table, negative/non-finite counts, or a zero
 *   expected count (a row or column summing to 0)
 * @example chi2Contingency([[20, 30], [35, 15]]).statistic; // 7.919191919191919
 */
export function chi2Contingency(
  table: readonly (readonly number[])[],
  options: { correction?: boolean } = {},
): ChiSquareContingencyResult {
  requireNonEmpty("chi2Contingency", "table", table);
  const columns = (table[0] as readonly number[]).length;
  if (columns === 0) throw new LabError("chi2Contingency requires at least one value in table");
  const rowTotals: number[] = [];
  const columnTotals = new Array<number>(columns).fill(0);
  table.forEach((row, index) => {
    if (row.length !== columns) {
      throw new LabError(
        `chi2Contingency requires rows of equal length (found ${row.length} and ${columns} at row ${index})`,
      );
    }
    requireNonNegativeCounts("chi2Contingency", `table row ${index}`, row);
    let total = 0;
    row.forEach((count, column) => {
      total += count;
      columnTotals[column] = (columnTotals[column] as number) + count;
    });
    rowTotals.push(total);
  });
  let grandTotal = 0;
  for (const total of rowTotals) grandTotal += total;
  const expected = rowTotals.map((rowTotal) =>
    columnTotals.map((columnTotal) => (rowTotal * columnTotal) / grandTotal),
  );
  expected.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      if (value === 0) {
        throw new LabError(
          `chi2Contingency requires non-zero expected counts (found 0 at row ${rowIndex}, column ${columnIndex})`,
        );
      }
    }),
  );
  const dof = (table.length - 1) * (columns - 1);
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expected };
  const flatObserved: number[] = [];
  const flatExpected: number[] = [];
  table.forEach((row, rowIndex) =>
    row.forEach((count, columnIndex) => {
      const e = (expected[rowIndex] as number[])[columnIndex] as number;
      let o = count;
      if (dof === 1 && (options.correction ?? true)) {
        const difference = e - o;
        o += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
      }
      flatObserved.push(o);
      flatExpected.push(e);
    }),
  );
  const statistic = pearsonSum(flatObserved, flatExpected);
  return { statistic, pvalue: chiSquareSurvival(statistic, dof), dof, expected };
}
