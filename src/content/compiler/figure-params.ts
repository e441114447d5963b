import type { CellParam } from "../model/notebook-types";

/** A parameter value a figure fixes for its cell. */
export type FigureParamValue = number | string | boolean;

/**
 * Reads a figure's `params="name=value,…"` against the cell's declared parameters: every name must
 * be declared, every value valid for its control (a number inside the range, one of the options,
 * true or false). Returns the values and a message per problem; nothing is guessed.
 */
export function parseFigureParams(
  text: string,
  cellId: string,
  declared: Record<string, CellParam>,
): { values: Record<string, FigureParamValue>; errors: string[] } {
  const values: Record<string, FigureParamValue> = {};
  const errors: string[] = [];
  const entries = text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const equals = entry.indexOf("=");
    if (equals <= 0) {
      errors.push(`figure params: "${entry}" is not name=value`);
      continue;
    }
    const name = entry.slice(0, equals).trim();
    const raw = entry.slice(equals + 1).trim();
    const param = declared[name];
    if (!param) {
      const known = Object.keys(declared);
      errors.push(
        `figure params: cell "${cellId}" has no parameter "${name}"` +
          (known.length > 0 ? ` (it has ${known.join(", ")})` : " (it has none)"),
      );
      continue;
    }
    if (Object.hasOwn(values, name)) {
      errors.push(`figure params: "${name}" is given twice`);
      continue;
    }
    if (param.kind === "range" || param.kind === "number") {
      const value = raw === "" ? Number.NaN : Number(raw);
      if (!Number.isFinite(value)) errors.push(`figure params: ${name}="${raw}" is not a number`);
      else if (value < param.min || value > param.max)
        errors.push(`figure params: ${name}=${raw} is outside [${param.min}, ${param.max}]`);
      else values[name] = value;
    } else if (param.kind === "select") {
      if (!param.options.includes(raw))
        errors.push(
          `figure params: ${name}="${raw}" is not one of its options (${param.options.join(", ")})`,
        );
      else values[name] = raw;
    } else if (raw === "true" || raw === "false") {
      values[name] = raw === "true";
    } else {
      errors.push(`figure params: ${name}="${raw}" must be true or false`);
    }
  }
  return { values, errors };
}
