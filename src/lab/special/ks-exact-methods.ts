/**
 * Exact CDF algorithms of the two-sided one-sample KS statistic Dₙ, ported from scipy's
 * `scipy/stats/_ksstats.py`: the Durbin matrix method as evaluated by Marsaglia, Tsang & Wang
 * (2003) and the Pomeranz (1974) recursion. Internal helpers of `kolmogorovSmirnovSurvival`.
 */
import { scaleByPowerOfTwo } from "./double-double";

const SCALE_UP = 2 ** 128;
const SCALE_DOWN = 2 ** -128;

function multiplySquare(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const result = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    for (let inner = 0; inner < size; inner += 1) {
      const left = a[row * size + inner] as number;
      if (left === 0) continue;
      const rowOffset = row * size;
      const innerOffset = inner * size;
      for (let column = 0; column < size; column += 1) {
        result[rowOffset + column] =
          (result[rowOffset + column] as number) + left * (b[innerOffset + column] as number);
      }
    }
  }
  return result;
}

/**
 * P(Dₙ ≤ d) by the Durbin matrix method (scipy `_kolmogn_DMTW`): the k-th diagonal entry of
 * (n!/nⁿ)·Hⁿ, with intermediate rescaling by 2^128. O(m³ log n) with m = 2⌈nd⌉ − 1.
 */
export function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j += 1) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - Math.pow(h, j)) * factorial;
  }
  const tail = Math.pow(Math.max(2 * h - 1, 0), m) - 2 * Math.pow(h, m);
  v[m - 1] = (1 + tail) * factorial;
  let matrix: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i += 1) {
    for (let row = i - 1; row < m; row += 1) matrix[row * m + i] = w[row - (i - 1)] as number;
  }
  for (let row = 0; row < m; row += 1) matrix[row * m] = v[row] as number;
  for (let column = 0; column < m; column += 1) {
    matrix[(m - 1) * m + column] = v[m - 1 - column] as number;
  }
  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i += 1) power[i * m + i] = 1;
  let remaining = n;
  let exponent = 0;
  let matrixExponent = 0;
  // Square-and-multiply, rescaling so the entries stay inside the double range.
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiplySquare(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiplySquare(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)] as number) > SCALE_UP) {
      for (let i = 0; i < matrix.length; i += 1) matrix[i] = (matrix[i] as number) / SCALE_UP;
      matrixExponent += 128;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[(k - 1) * m + (k - 1)] as number;
  for (let i = 1; i <= n; i += 1) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= 128;
    }
  }
  if (exponent !== 0) p = scaleByPowerOfTwo(p, exponent);
  return Math.min(1, Math.max(0, p));
}

function pomeranzBounds(
  i: number,
  n: number,
  ll: number,
  ceilF: number,
  roundF: number,
): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * P(Dₙ ≤ x) by the Pomeranz recursion (scipy `_kolmogn_Pomeranz`): rows of Poisson-weighted
 * convolutions, two rows kept at a time, rescaled by 2^128 against underflow.
 *
 * @example pomeranzCdf(20, 0.3); // P(D₂₀ ≤ 0.3), as scipy's _kolmogn_Pomeranz
 */
export function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const fraction = t - ll;
  const g = Math.min(fraction, 1 - fraction);
  const ceilF = fraction > 0 ? 1 : 0;
  const roundF = fraction > 0.5 ? 1 : 0;
  const powerCount = 2 * (ll + 1);
  const gPower = new Float64Array(powerCount);
  const twoGPower = new Float64Array(powerCount);
  const oneMinusTwoGPower = new Float64Array(powerCount);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  for (let m = 1; m < powerCount; m += 1) {
    gPower[m] = ((gPower[m - 1] as number) * (g / n)) / m;
    twoGPower[m] = ((twoGPower[m - 1] as number) * ((2 * g) / n)) / m;
    oneMinusTwoGPower[m] = ((oneMinusTwoGPower[m - 1] as number) * ((1 - 2 * g) / n)) / m;
  }
  let previous = new Float64Array(powerCount);
  let current = new Float64Array(powerCount);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1] = pomeranzBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i += 1) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    const bounds = pomeranzBounds(i, n, ll, ceilF, roundF);
    j1 = bounds[0];
    const j2 = bounds[1];
    const weights =
      i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      // numpy slicing clips at the end of the row: mirror that length.
      const offset = k1 - previousStart;
      const inputLength = Math.max(0, Math.min(length, powerCount - offset));
      const convolutionStart = j1 - k1;
      const convolutionLength = j2 - j1 + 1;
      let largest = 0;
      for (let out = 0; out < convolutionLength; out += 1) {
        const position = convolutionStart + out;
        let total = 0;
        const low = Math.max(0, position - length + 1);
        const high = Math.min(position, inputLength - 1);
        for (let index = low; index <= high; index += 1) {
          total += (previous[offset + index] as number) * (weights[position - index] as number);
        }
        current[out] = total;
        if (total > largest) largest = total;
      }
      if (largest > 0 && largest < SCALE_DOWN) {
        for (let index = 0; index < powerCount; index += 1) {
          current[index] = (current[index] as number) * SCALE_UP;
        }
        exponent -= 128;
      }
      currentStart = previousStart + j1 - k1;
    }
  }
  let answer = current[n - currentStart] as number;
  for (let m = 1; m <= n; m += 1) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += 128;
    }
    answer *= m;
  }
  if (exponent !== 0) answer = scaleByPowerOfTwo(answer, exponent);
  return Math.min(1, Math.max(0, answer));
}
