/**
 * Test helper: relative/absolute closeness with a readable failure message.
 */
import { expect } from "vitest";

/**
 * Asserts |actual − expected| ≤ atol + rtol·|expected| (numpy.isclose's rule); equal
 * infinities and two NaNs also pass.
 *
 * @example expectClose(0.1 + 0.2, 0.3); // passes with the default rtol 1e-9
 */
export function expectClose(
  actual: number,
  expected: number,
  rtol = 1e-9,
  atol = 0,
  label = "",
): void {
  if (Number.isNaN(expected)) {
    expect(actual, label).toBeNaN();
    return;
  }
  if (!Number.isFinite(expected)) {
    expect(actual, label).toBe(expected);
    return;
  }
  const tolerance = atol + rtol * Math.abs(expected);
  const error = Math.abs(actual - expected);
  if (!(error <= tolerance)) {
    expect.fail(
      `${label} expected ${expected}, got ${actual} (error ${error} > tolerance ${tolerance})`,
    );
  }
}

/** {@link expectClose} element by element, with the same length. */
export function expectAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  rtol = 1e-9,
  atol = 0,
  label = "",
): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i += 1) {
    expectClose(actual[i] as number, expected[i] as number, rtol, atol, `${label}[${i}]`);
  }
}
