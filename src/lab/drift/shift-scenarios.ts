/**
 * Seeded dataset-shift scenarios (Lessons 7 and 8) and the world they are drawn from: a labelled
 * two-feature dataset, the reference logistic concept P(y | x), and a model's probabilities and
 * accuracy on a dataset. The generator produces covariate shift (in mean, scale or by a new
 * segment), prior shift and concept shift (by rotation or intercept), to show which shifts a drift
 * detector sees and which ones cost accuracy.
 */
import { LabError } from "../core/errors";
import type { Rng } from "../random/rng";

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

/**
 * The kinds of dataset shift the scenario generator can produce.
 * - `reference`: x ~ N(0, I), y ~ Bernoulli(σ(2·x1 − x2)) (positive share 0.5).
 * - `covariate-mean`: both feature means move by `magnitude` standard deviations; P(y | x) kept.
 * - `covariate-scale`: feature standard deviations are multiplied by `magnitude`; P(y | x) kept.
 * - `covariate-mixture`: a share `magnitude` of rows comes from a new segment N((1, 2), 0.5²·I)
 *   that sits on the decision boundary; P(y | x) kept.
 * - `prior`: the positive share becomes `magnitude` while P(x | y) is kept (label shift).
 * - `concept-rotation`: P(y | x) changes: the concept's weight vector turns by `magnitude` degrees.
 * - `concept-intercept`: P(y | x) changes: `magnitude` is added to the concept's bias.
 */
export type ScenarioKind =
  | "reference"
  | "covariate-mean"
  | "covariate-scale"
  | "covariate-mixture"
  | "prior"
  | "concept-rotation"
  | "concept-intercept";

/** Options of `generateScenario`; `magnitude` defaults per kind (see `defaultMagnitudes`). */
export interface ScenarioOptions {
  kind: ScenarioKind;
  size: number;
  magnitude?: number;
}

/**
 * Default `magnitude` per scenario kind (units as described on `ScenarioKind`).
 *
 * @example
 * defaultMagnitudes["concept-rotation"]; // 90 (degrees)
 */
export const defaultMagnitudes: Readonly<Record<ScenarioKind, number>> = Object.freeze({
  reference: 0,
  "covariate-mean": 1,
  "covariate-scale": 2,
  "covariate-mixture": 0.3,
  prior: 0.8,
  "concept-rotation": 90,
  "concept-intercept": 2,
});

const mixtureCentre = [1, 2] as const;
const mixtureSpread = 0.5;

function drawLabel(rng: Rng, concept: LogisticModel, x1: number, x2: number): number {
  return rng.uniform() < logisticProbability(concept, x1, x2) ? 1 : 0;
}

function pushRow(
  rng: Rng,
  dataset: LabelledDataset,
  concept: LogisticModel,
  x1: number,
  x2: number,
) {
  dataset.x1.push(x1);
  dataset.x2.push(x2);
  dataset.y.push(drawLabel(rng, concept, x1, x2));
}

function rotatedConcept(degrees: number): LogisticModel {
  const angle = (degrees * Math.PI) / 180;
  const [first, second] = referenceConcept.weights;
  return {
    weights: [
      first * Math.cos(angle) - second * Math.sin(angle),
      first * Math.sin(angle) + second * Math.cos(angle),
    ],
    bias: referenceConcept.bias,
  };
}

function priorShifted(rng: Rng, size: number, positiveShare: number): LabelledDataset {
  // Rejection by class keeps P(x | y) exactly as in the reference period: rows are drawn from the
  // reference joint distribution and a row is kept only while its class still has room.
  const positivesWanted = Math.round(size * positiveShare);
  const dataset: LabelledDataset = { x1: [], x2: [], y: [] };
  let positives = 0;
  let negatives = 0;
  while (positives + negatives < size) {
    const x1 = rng.normal();
    const x2 = rng.normal();
    const label = drawLabel(rng, referenceConcept, x1, x2);
    if (label === 1 ? positives >= positivesWanted : negatives >= size - positivesWanted) continue;
    if (label === 1) positives += 1;
    else negatives += 1;
    dataset.x1.push(x1);
    dataset.x2.push(x2);
    dataset.y.push(label);
  }
  return dataset;
}

/**
 * Draws a seeded labelled dataset from the reference world or from one kind of shift, so that
 * notebooks can contrast covariate shift, prior (label) shift and concept drift with a model whose
 * true concept is known (`referenceConcept`).
 *
 * @param rng seeded random stream
 * @param options kind of shift, number of rows and the shift's magnitude
 * @returns plain columns `{ x1, x2, y }`
 * @throws LabError when size is not a positive integer or the magnitude is out of range
 * @example
 * const rng = createRng(7);
 * const drifted = generateScenario(rng, { kind: "concept-rotation", size: 1000 });
 * modelAccuracy(drifted); // about 0.5, against about 0.795 on reference data
 */
export function generateScenario(rng: Rng, options: ScenarioOptions): LabelledDataset {
  const { kind, size } = options;
  const magnitude = options.magnitude ?? defaultMagnitudes[kind];
  if (!Number.isInteger(size) || size < 1) {
    throw new LabError(`generateScenario requires size to be a positive integer (got ${size})`);
  }
  if (!Number.isFinite(magnitude)) {
    throw new LabError(`generateScenario requires a finite magnitude (got ${magnitude})`);
  }
  if ((kind === "prior" || kind === "covariate-mixture") && (magnitude < 0 || magnitude > 1)) {
    throw new LabError(
      `generateScenario requires a ${kind} magnitude in [0, 1] (got ${magnitude})`,
    );
  }
  if (kind === "covariate-scale" && magnitude <= 0) {
    throw new LabError(
      `generateScenario requires a positive covariate-scale magnitude (got ${magnitude})`,
    );
  }
  if (kind === "prior") return priorShifted(rng, size, magnitude);

  const dataset: LabelledDataset = { x1: [], x2: [], y: [] };
  let concept: LogisticModel = referenceConcept;
  if (kind === "concept-rotation") concept = rotatedConcept(magnitude);
  if (kind === "concept-intercept") concept = { ...referenceConcept, bias: magnitude };
  for (let row = 0; row < size; row += 1) {
    if (kind === "covariate-mean") {
      pushRow(rng, dataset, concept, rng.normal(magnitude), rng.normal(magnitude));
    } else if (kind === "covariate-scale") {
      pushRow(rng, dataset, concept, rng.normal(0, magnitude), rng.normal(0, magnitude));
    } else if (kind === "covariate-mixture" && rng.uniform() < magnitude) {
      const x1 = rng.normal(mixtureCentre[0], mixtureSpread);
      pushRow(rng, dataset, concept, x1, rng.normal(mixtureCentre[1], mixtureSpread));
    } else {
      pushRow(rng, dataset, concept, rng.normal(), rng.normal());
    }
  }
  return dataset;
}
