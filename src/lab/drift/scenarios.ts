/**
 * Seeded dataset-shift scenarios (covariate shift in mean, scale or by a new segment, prior shift,
 * concept shift by rotation or intercept) drawn from the world of `scenario-model.ts`, to show
 * which shifts a drift detector sees and which ones cost accuracy (Lessons 7 and 8).
 */
import { LabError } from "../core/errors";
import type { Rng } from "../random/rng";
import {
  logisticProbability,
  referenceConcept,
  type LabelledDataset,
  type LogisticModel,
} from "./scenario-model";

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
