/**
 * Rank sums of two samples without materialising ranks: the shared core of the Mann-Whitney
 * test and of Kayenta's Hodges-Lehmann interval. Internal helper.
 */

/**
 * Rank sum of x in the pooled sample x ∪ y (average ranks for ties) and the tie term
 * Σ(t³ − t) over tied blocks, from two ascending samples in one merged pass, O(n₁ + n₂).
 *
 * @param x sorted first sample
 * @param y sorted second sample
 * @example rankSumAndTies(new Float64Array([1, 3]), new Float64Array([2, 3])); // { rankSum: 4.5, tieTerm: 6, ties: true }
 */
export function rankSumAndTies(
  x: Float64Array,
  y: Float64Array,
): { rankSum: number; tieTerm: number; ties: boolean } {
  let i = 0;
  let j = 0;
  let position = 0;
  let rankSum = 0;
  let tieTerm = 0;
  let ties = false;
  while (i < x.length || j < y.length) {
    const value = Math.min(
      i < x.length ? (x[i] as number) : Infinity,
      j < y.length ? (y[j] as number) : Infinity,
    );
    const startX = i;
    const startY = j;
    while (i < x.length && (x[i] as number) === value) i += 1;
    while (j < y.length && (y[j] as number) === value) j += 1;
    const fromX = i - startX;
    const size = fromX + (j - startY);
    // The block takes ranks position+1 .. position+size; each member gets their average.
    rankSum += fromX * (position + (size + 1) / 2);
    if (size > 1) {
      ties = true;
      tieTerm += size * size * size - size;
    }
    position += size;
  }
  return { rankSum, tieTerm, ties };
}
