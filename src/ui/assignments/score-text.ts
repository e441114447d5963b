/** A share from 0 to 1 as a whole percentage: 0.25 → "25%". */
export function percent(value: number): string {
  return `${(value * 100).toFixed(0)}%`;
}

/** Points as a whole number when they are one, else with two decimals. */
export function points(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
