/**
 * NannyML's standard-deviation thresholds for chunk statistics: limits from the reference chunks,
 * alerts for the chunks outside them, and a whole monitoring pass (Lesson 8).
 */
import { chunkRanges, type ChunkOptions } from "./chunking";
import { mean, standardDeviation } from "../core/descriptive";
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";

/** Thresholds for a chunk statistic: centre ± multiplier · standard deviation of reference chunks. */
export interface ControlLimits {
  center: number;
  /** population standard deviation (ddof 0) of the reference chunk statistics */
  standardDeviation: number;
  lower: number;
  upper: number;
}

/** Options of `controlLimits`. */
export interface ControlLimitOptions {
  /** width in standard deviations (NannyML default 3) */
  multiplier?: number;
  /** the statistic's smallest possible value: a lower limit below it is raised to it */
  lowerBound?: number;
  /** the statistic's largest possible value: an upper limit above it is lowered to it */
  upperBound?: number;
}

/**
 * NannyML's standard-deviation thresholds: the mean of the reference chunk statistics ± 3 times
 * their standard deviation (ddof 0), optionally clipped to the statistic's own range (NannyML's
 * lower/upper threshold value limits, e.g. 0 for a distance).
 *
 * @param referenceStatistics one statistic value per reference chunk
 * @param options multiplier (default 3) and optional clipping bounds
 * @returns centre, standard deviation and the lower/upper limits
 * @throws LabError when there are no reference statistics or one is not finite
 * @example
 * controlLimits([1, 2, 3]); // { center: 2, standardDeviation: 0.816…, lower: -0.449…, upper: 4.449… }
 */
export function controlLimits(
  referenceStatistics: ArrayLike<number>,
  options: ControlLimitOptions = {},
): ControlLimits {
  requireNonEmpty("controlLimits", "referenceStatistics", referenceStatistics);
  requireFinite("controlLimits", "referenceStatistics", referenceStatistics);
  const multiplier = options.multiplier ?? 3;
  if (!(multiplier >= 0) || !Number.isFinite(multiplier)) {
    throw new LabError(
      `controlLimits requires a non-negative finite multiplier (got ${multiplier})`,
    );
  }
  const center = mean(referenceStatistics);
  const spread = standardDeviation(referenceStatistics, 0);
  let lower = center - multiplier * spread;
  let upper = center + multiplier * spread;
  if (options.lowerBound !== undefined && lower < options.lowerBound) lower = options.lowerBound;
  if (options.upperBound !== undefined && upper > options.upperBound) upper = options.upperBound;
  return { center, standardDeviation: spread, lower, upper };
}

/**
 * Whether each statistic breaches the limits. As in NannyML the comparison is strict: a value
 * equal to a limit does not alert. A non-finite statistic (e.g. an empty chunk) does not alert.
 *
 * @param statistics one statistic per chunk
 * @param limits limits from `controlLimits`
 * @returns one alert flag per chunk
 * @example
 * chunkAlerts([0, 5, -5], { center: 0, standardDeviation: 1, lower: -3, upper: 3 }); // [false, true, true]
 */
export function chunkAlerts(statistics: ArrayLike<number>, limits: ControlLimits): boolean[] {
  return Array.from(statistics, (value) => value > limits.upper || value < limits.lower);
}

/** One chunk's row in a monitoring table. */
export interface MonitoredChunk {
  key: string;
  period: "reference" | "analysis";
  value: number;
  alert: boolean;
}

/**
 * Chunked monitoring end to end: chunk the reference and the analysis data separately (NannyML
 * chunks each period with the same chunker, 10 chunks by default), compute a statistic per chunk,
 * learn limits from the reference chunks and flag chunks outside them.
 *
 * @param reference reference-period values in time order
 * @param analysis analysis-period values in time order
 * @param statistic function from one chunk's values to a number (e.g. `mean`)
 * @param options chunking options plus control-limit options
 * @returns the limits and one row per chunk, reference chunks first (a reference chunk can alert
 *   too: with 3σ limits that is rare and shows how noisy the statistic is)
 * @throws LabError when either period is empty or too short to chunk
 * @example
 * monitorChunks(reference, production, mean, { chunkCount: 10 }).chunks.filter((c) => c.alert);
 */
export function monitorChunks(
  reference: readonly number[],
  analysis: readonly number[],
  statistic: (chunk: number[]) => number,
  options: ChunkOptions & ControlLimitOptions = {},
): { limits: ControlLimits; chunks: MonitoredChunk[] } {
  requireNonEmpty("monitorChunks", "reference", reference);
  requireNonEmpty("monitorChunks", "analysis", analysis);
  const summarise = (values: readonly number[], period: MonitoredChunk["period"]) =>
    chunkRanges(values.length, options).map((range) => ({
      key: range.key,
      period,
      value: statistic(values.slice(range.startIndex, range.endIndex + 1)),
      alert: false,
    }));
  const chunks = [...summarise(reference, "reference"), ...summarise(analysis, "analysis")];
  const limits = controlLimits(
    chunks.filter((chunk) => chunk.period === "reference").map((chunk) => chunk.value),
    options,
  );
  const alerts = chunkAlerts(
    chunks.map((chunk) => chunk.value),
    limits,
  );
  chunks.forEach((chunk, index) => (chunk.alert = alerts[index] ?? false));
  return { limits, chunks };
}
