/**
 * The world of the drift scenarios: a labelled two-feature dataset, the reference logistic concept
 * P(y | x), and a model's probabilities and accuracy on a dataset (Lessons 7 and 8).
 */
import { LabError } from "../core/errors";

/**
 * A labelled sample of the scenario world: two numeric features and a 0/1 label, stored as
 * plain columns so a dataset can go straight into `datasetDrift` or a chart.
 */
export interface LabelledDataset {
  x1: number[];
  x2: number[];
  y: number[];
}

/** A logistic model P(y = 1 | x) = σ(weights · x + bias) over the two scenario features. */
export interface LogisticModel {
  weights: readonly [number, number];
  bias: number;
}

/**
 * The concept of the reference period, P(y = 1 | x) = σ(2·x1 − x2), which is also the fixed model
 * that was deployed. Because the deployed model equals the true reference concept it is
 * Bayes-optimal on reference data, so any accuracy change is caused by the shift alone.
 *
 * @example
 * logisticProbability(referenceConcept, 0, 0); // 0.5
 */
export const referenceConcept: Readonly<LogisticModel> = Object.freeze({
  weights: Object.freeze([2, -1] as const),
  bias: 0,
});

/**
 * The model's probability of the positive class at one point.
 *
 * @param model the logistic model
 * @param x1 first feature value
 * @param x2 second feature value
 * @returns P(y = 1 | x) in (0, 1)
 * @example
 * logisticProbability({ weights: [1, 0], bias: 0 }, 0, 5); // 0.5
 */
export function logisticProbability(model: LogisticModel, x1: number, x2: number): number {
  const score = model.weights[0] * x1 + model.weights[1] * x2 + model.bias;
  // Written with exp(−|score|) so that large scores never overflow to Infinity / Infinity.
  if (score >= 0) return 1 / (1 + Math.exp(-score));
  const expScore = Math.exp(score);
  return expScore / (1 + expScore);
}

function requireDataset(fnName: string, dataset: LabelledDataset, needsLabels: boolean): void {
  const size = dataset.x1.length;
  if (size === 0) throw new LabError(`${fnName} requires at least one row`);
  if (dataset.x2.length !== size || (needsLabels && dataset.y.length !== size)) {
    throw new LabError(`${fnName} requires x1, x2 and y columns of equal length`);
  }
}

/**
 * The model's predicted probabilities of the positive class for every row, e.g. to feed
 * confidence-based performance estimation.
 *
 * @param dataset rows to score (labels are not used)
 * @param model the deployed model (default: `referenceConcept`)
 * @returns one probability per row
 * @throws LabError when the dataset is empty or its columns differ in length
 * @example
 * predictProbabilities({ x1: [0], x2: [0], y: [1] }); // [0.5]
 */
export function predictProbabilities(
  dataset: LabelledDataset,
  model: LogisticModel = referenceConcept,
): number[] {
  requireDataset("predictProbabilities", dataset, false);
  return dataset.x1.map((x1, index) => logisticProbability(model, x1, dataset.x2[index] ?? NaN));
}

/**
 * Accuracy of the fixed model on a labelled dataset: the share of rows where the predicted class
 * (probability ≥ 0.5) equals the label. Notebooks use it to show the accuracy drop under drift.
 *
 * @param dataset labelled rows
 * @param model the deployed model (default: `referenceConcept`)
 * @returns accuracy in [0, 1]
 * @throws LabError when the dataset is empty or its columns differ in length
 * @example
 * modelAccuracy({ x1: [1, -1], x2: [0, 0], y: [1, 1] }); // 0.5
 */
export function modelAccuracy(
  dataset: LabelledDataset,
  model: LogisticModel = referenceConcept,
): number {
  requireDataset("modelAccuracy", dataset, true);
  let correct = 0;
  for (let index = 0; index < dataset.x1.length; index += 1) {
    const probability = logisticProbability(
      model,
      dataset.x1[index] ?? NaN,
      dataset.x2[index] ?? NaN,
    );
    const predicted = probability >= 0.5 ? 1 : 0;
    if (predicted === dataset.y[index]) correct += 1;
  }
  return correct / dataset.x1.length;
}
