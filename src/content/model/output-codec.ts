/**
 * Cell outputs as JSON text and back. Outputs hold Float64Arrays and numbers JSON cannot write
 * (NaN marks a gap in a line, Infinity an open bound), so both are tagged: a Float64Array becomes
 * `{"f64": [...]}` and a non-finite number `{"num": "NaN" | "Infinity" | "-Infinity"}`. The build
 * writes the outputs it computed this way; the page reads them back into the same shapes the
 * worker sends, so the same views draw them. Pure: no DOM, no Node.
 */

type NonFinite = "NaN" | "Infinity" | "-Infinity";

const nonFinite = (value: number): NonFinite =>
  Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";

const fromNonFinite = (tag: unknown): number =>
  tag === "Infinity" ? Infinity : tag === "-Infinity" ? -Infinity : Number.NaN;

/**
 * A value made JSON-safe, or an error naming where (`path`) a value no output can hold sits
 * (a function, a symbol, a bigint, a typed array other than Float64Array, a class instance).
 */
function toJsonSafe(value: unknown, path: string): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { num: nonFinite(value) };
  if (value instanceof Float64Array)
    return { f64: Array.from(value, (item) => (Number.isFinite(item) ? item : nonFinite(item))) };
  if (Array.isArray(value))
    return value.map((item, index) => toJsonSafe(item, `${path}[${index}]`));
  if (typeof value === "object") {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null)
      throw new TypeError(`${path} is a ${describe(value)}, which an output cannot hold`);
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // An optional field left undefined is simply absent, as structured clone would keep it.
      if (item === undefined) continue;
      result[key] = toJsonSafe(item, `${path}.${key}`);
    }
    return result;
  }
  throw new TypeError(`${path} is a ${describe(value)}, which an output cannot hold`);
}

function describe(value: unknown): string {
  if (typeof value !== "object" || value === null) return typeof value;
  const name = (value as { constructor?: { name?: string } }).constructor?.name;
  return name ? `${name} object` : "object";
}

/**
 * A run's outputs as JSON text. Throws a TypeError naming the first value that cannot be
 * written (for example `outputs[0].series[1].y is a Int32Array object`).
 */
export function encodeOutputs(outputs: readonly unknown[]): string {
  return JSON.stringify(toJsonSafe(outputs, "outputs"));
}

/** A JSON value tagged by `encodeOutputs`, back in its own shape. */
function fromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === "f64" && Array.isArray(record["f64"]))
    return Float64Array.from(record["f64"] as unknown[], (item) =>
      typeof item === "number" ? item : fromNonFinite(item),
    );
  if (keys.length === 1 && keys[0] === "num" && typeof record["num"] === "string")
    return fromNonFinite(record["num"]);
  const result: Record<string, unknown> = {};
  for (const key of keys) result[key] = fromJson(record[key]);
  return result;
}

/** Outputs written by `encodeOutputs`, already parsed from JSON, in their run-time shapes. */
export function decodeOutputs(json: unknown): unknown[] {
  const value = fromJson(json);
  if (!Array.isArray(value)) throw new TypeError("cell outputs: expected a list of outputs");
  return value;
}

/** A cell run made at build time: what it was run with, and what it showed. */
export interface PrerenderedRun {
  params: Record<string, number | string | boolean>;
  seed: number;
  /** `sourceHash` of the code it ran: an edited cell does not match. */
  source: string;
  durationMs: number;
  outputs: unknown[];
}

/**
 * A short fingerprint of a cell's code (32-bit FNV-1a, hex), to tell whether the code a page
 * shows is the code the build ran. Not for security: an edit by the reader is what it detects.
 */
export function sourceHash(source: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < source.length; index += 1) {
    hash ^= source.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * A build-time run as JSON text that can sit inside an HTML `<script>` element as it is: `<` is
 * written `\u003c`, so no `</script>` or `<!--` can appear in it. Throws as `encodeOutputs` does.
 */
export function encodeRun(run: PrerenderedRun): string {
  const outputs = encodeOutputs(run.outputs);
  const head = JSON.stringify({
    params: run.params,
    seed: run.seed,
    source: run.source,
    durationMs: Math.round(run.durationMs * 10) / 10,
  });
  return `${head.slice(0, -1)},"outputs":${outputs}}`.replace(/</g, "\\u003c");
}

/** A run written by `encodeRun`, parsed from JSON; throws a TypeError when it is not one. */
export function decodeRun(json: unknown): PrerenderedRun {
  const value = json as Partial<Record<keyof PrerenderedRun, unknown>> | null;
  if (
    !value ||
    typeof value !== "object" ||
    typeof value.params !== "object" ||
    value.params === null ||
    typeof value.seed !== "number" ||
    typeof value.source !== "string" ||
    typeof value.durationMs !== "number"
  )
    throw new TypeError("a prerendered cell run needs params, seed, source and durationMs");
  return {
    params: value.params as PrerenderedRun["params"],
    seed: value.seed,
    source: value.source,
    durationMs: value.durationMs,
    outputs: decodeOutputs(value.outputs),
  };
}
