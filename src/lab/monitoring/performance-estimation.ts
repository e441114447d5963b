/**
 * NannyML's confidence-based performance estimation (CBPE) of accuracy without labels, per chunk,
 * next to the realized accuracy once labels arrive; unbiased only while the probabilities stay
 * calibrated (Lesson 8).
 */
import { chunkRanges, type ChunkOptions } from "./chunking";
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";

function resolvePredictions(
  fnName: string,
  probabilities: ArrayLike<number>,
  predictions: ArrayLike<number> | undefined,
): ArrayLike<number> {
  requireNonEmpty(fnName, "probabilities", probabilities);
  requireFinite(fnName, "probabilities", probabilities);
  for (let index = 0; index < probabilities.length; index += 1) {
    const probability = probabilities[index] ?? NaN;
    if (probability < 0 || probability > 1) {
      throw new LabError(
        `${fnName} requires probabilities in [0, 1] (found ${probability} at index ${index})`,
      );
    }
  }
  if (predictions === undefined) {
    return Array.from(probabilities, (probability) => (probability >= 0.5 ? 1 : 0));
  }
  if (predictions.length !== probabilities.length) {
    throw new LabError(`${fnName} requires predictions and probabilities of equal length`);
  }
  for (let index = 0; index < predictions.length; index += 1) {
    const prediction = predictions[index];
    if (prediction !== 0 && prediction !== 1) {
      throw new LabError(
        `${fnName} requires 0/1 predictions (found ${prediction} at index ${index})`,
      );
    }
  }
  return predictions;
}

/**
 * Confidence-based performance estimation (NannyML CBPE) of accuracy without labels:
 * (Σ_{ŷ=1} p + Σ_{ŷ=0} (1 − p)) / n, where p is the calibrated probability of class 1. Each row
 * contributes the probability that its prediction is right. It is unbiased only while the
 * probabilities stay calibrated, i.e. under covariate shift but not under concept drift.
 *
 * @param probabilities calibrated probabilities of the positive class, in [0, 1]
 * @param predictions 0/1 predicted classes (default: probability ≥ 0.5)
 * @returns estimated accuracy in [0, 1]
 * @throws LabError when inputs are empty, of different lengths, or out of range
 * @example
 * estimateAccuracy([0.9, 0.2, 0.6]); // (0.9 + 0.8 + 0.6) / 3 = 0.7666…
 */
export function estimateAccuracy(
  probabilities: ArrayLike<number>,
  predictions?: ArrayLike<number>,
): number {
  const predicted = resolvePredictions("estimateAccuracy", probabilities, predictions);
  let expectedCorrect = 0;
  for (let index = 0; index < probabilities.length; index += 1) {
    const probability = probabilities[index] ?? NaN;
    expectedCorrect += predicted[index] === 1 ? probability : 1 - probability;
  }
  return expectedCorrect / probabilities.length;
}

/**
 * Realised accuracy: the share of predictions equal to their labels.
 *
 * @param predictions 0/1 predicted classes
 * @param labels 0/1 true classes
 * @returns accuracy in [0, 1]
 * @throws LabError when inputs are empty or of different lengths
 * @example
 * realizedAccuracy([1, 0, 1], [1, 1, 1]); // 0.666…
 */
export function realizedAccuracy(
  predictions: ArrayLike<number>,
  labels: ArrayLike<number>,
): number {
  requireNonEmpty("realizedAccuracy", "predictions", predictions);
  if (predictions.length !== labels.length) {
    throw new LabError("realizedAccuracy requires predictions and labels of equal length");
  }
  let correct = 0;
  for (let index = 0; index < predictions.length; index += 1) {
    if (predictions[index] === labels[index]) correct += 1;
  }
  return correct / predictions.length;
}

/** Estimated (and, when labels are given, realised) accuracy of one chunk. */
export interface AccuracyChunk {
  key: string;
  estimated: number;
  realized: number | null;
}

/**
 * CBPE per chunk (NannyML chunking, 10 chunks by default), with realised accuracy beside it when
 * labels are available, so a chart can show where the estimate and reality part ways.
 *
 * @param probabilities calibrated probabilities of the positive class
 * @param options predictions (default p ≥ 0.5), labels (optional) and chunking options
 * @returns one row per chunk
 * @throws LabError as `estimateAccuracy` and `chunkRanges`
 * @example
 * estimateAccuracyByChunk(probabilities, { labels, chunkCount: 5 });
 */
export function estimateAccuracyByChunk(
  probabilities: ArrayLike<number>,
  options: ChunkOptions & { predictions?: ArrayLike<number>; labels?: ArrayLike<number> } = {},
): AccuracyChunk[] {
  const predicted = resolvePredictions(
    "estimateAccuracyByChunk",
    probabilities,
    options.predictions,
  );
  const { labels } = options;
  if (labels !== undefined && labels.length !== probabilities.length) {
    throw new LabError("estimateAccuracyByChunk requires labels and probabilities of equal length");
  }
  const probabilityList = Array.from(probabilities);
  const predictionList = Array.from(predicted);
  return chunkRanges(probabilityList.length, options).map((range) => {
    const chunkPredictions = predictionList.slice(range.startIndex, range.endIndex + 1);
    return {
      key: range.key,
      estimated: estimateAccuracy(
        probabilityList.slice(range.startIndex, range.endIndex + 1),
        chunkPredictions,
      ),
      realized:
        labels === undefined
          ? null
          : realizedAccuracy(
              chunkPredictions,
              Array.from(labels).slice(range.startIndex, range.endIndex + 1),
            ),
    };
  });
}
