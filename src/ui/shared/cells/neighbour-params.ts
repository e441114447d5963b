import type { CellParam } from "../../../content/model/notebook-types";
import type { ParamValues } from "../../../kernel/contract";

/** Digits after the decimal point in a number's shortest form (0.05 → 2, 1e-7 → 7). */
function decimals(value: number): number {
  const [mantissa = "", exponent] = String(value).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/**
 * The parameter values the control `name` reaches next from `current`: one step down and one
 * step up, within its bounds, as the browser writes them (min + k × step, in decimals, so
 * 0.1 + 0.2 is 0.3). Empty for a select or a switch.
 */
export function stepsAround(
  specs: Record<string, CellParam>,
  current: ParamValues,
  name: string,
): ParamValues[] {
  const spec = specs[name];
  const value = current[name];
  if (!spec || (spec.kind !== "range" && spec.kind !== "number")) return [];
  if (typeof value !== "number" || !(spec.step > 0)) return [];
  const digits = Math.max(decimals(spec.step), decimals(spec.min));
  const index = Math.round((value - spec.min) / spec.step);
  const neighbours: ParamValues[] = [];
  for (const k of [index - 1, index + 1]) {
    const next = Number((spec.min + k * spec.step).toFixed(Math.min(digits, 20)));
    if (next < spec.min || next > spec.max || next === value) continue;
    neighbours.push({ ...current, [name]: next });
  }
  return neighbours;
}

/**
 * The steps either side of the one control that changed since `previous` (see `stepsAround`);
 * empty unless exactly one value changed. The kernel computes these ahead, so the next step of a
 * drag or of the arrow keys is drawn at once.
 */
export function neighbourParams(
  specs: Record<string, CellParam>,
  previous: ParamValues | undefined,
  current: ParamValues,
): ParamValues[] {
  if (!previous) return [];
  const changed = Object.keys(current).filter((name) => current[name] !== previous[name]);
  return changed.length === 1 && changed[0] !== undefined
    ? stepsAround(specs, current, changed[0])
    : [];
}
