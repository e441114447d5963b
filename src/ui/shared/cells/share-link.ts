import { hrefs } from "../../../content/model/routes";

type Value = number | string | boolean;

/** The link to a cell, with its parameter values (never its code) in the query. */
export function cellShareHref(
  notebookId: string,
  cellId: string,
  params: Record<string, Value>,
  seed: number,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  if (seed !== 1) query.set("seed", String(seed));
  return hrefs.notebook(notebookId, cellId, query);
}

/**
 * Reads shared parameter values back, keeping only declared names with values of the declared
 * kind, so a link can never inject anything a control could not have produced. `adjusted` says,
 * for the reader, each value that was clamped to its control's range or could not be used.
 */
export function parseSharedParams(
  query: URLSearchParams,
  declared: Record<string, { kind: string; min?: number; max?: number; options?: string[] }>,
): { params: Record<string, Value>; seed: number | undefined; adjusted: string[] } {
  const params: Record<string, Value> = {};
  const adjusted: string[] = [];
  for (const [name, param] of Object.entries(declared)) {
    const raw = query.get(name);
    if (raw === null) continue;
    if (param.kind === "toggle") params[name] = raw === "true";
    else if (param.kind === "select") {
      if (param.options?.includes(raw)) params[name] = raw;
      else adjusted.push(`${name}="${raw}" is not one of its options: left at its default`);
    } else {
      const value = Number(raw);
      if (Number.isFinite(value)) {
        const clamped = Math.min(param.max ?? value, Math.max(param.min ?? value, value));
        params[name] = clamped;
        if (clamped !== value)
          adjusted.push(
            `${name}=${raw} is outside ${param.min ?? "-∞"} to ${param.max ?? "∞"}: set to ${clamped}`,
          );
      } else adjusted.push(`${name}="${raw}" is not a number: left at its default`);
    }
  }
  const seed = Number(query.get("seed"));
  return { params, seed: Number.isInteger(seed) && seed > 0 ? seed : undefined, adjusted };
}
