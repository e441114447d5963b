/**
 * Seeded candidate releases with a known truth, and repeated gate trials over them: how often a
 * gate ships a release that should be held and holds one that should ship (Lesson 9).
 */
import { LabError } from "../core/errors";
import { normalQuantile } from "../special/special-functions";
import { evaluateGate, type GateSpec, type ReleaseData } from "./release-gate";
import type { Rng } from "../random/rng";

/** The true (unobservable) parameters of a candidate release and of its baseline. */
export interface ReleaseTruth {
  /** baseline's true pass rate per evaluation item, in [0, 1] */
  baselineQuality: number;
  /** candidate's true pass rate per evaluation item, in [0, 1] */
  candidateQuality: number;
  /** candidate's true probability that a request violates a safety policy */
  violationRate: number;
  /** median latency (ms) of the candidate; latency is log-normal */
  latencyMedianMs: number;
  /** log-normal shape σ of latency (default 0.5) */
  latencySigma?: number;
  /** true mean cost per request (currency units); cost is log-normal with σ = 0.3 */
  costPerRequest: number;
  /**
   * Pairing of the quality items, in [0, 1] (default 0: the two arms score independent items).
   * Both arms then score the same items: on a share `itemCoupling` of them one latent difficulty
   * decides both outcomes (a uniform u, correct when u < the arm's pass rate), on the rest each
   * arm draws its own. The pass rates are unchanged; the discordant share is
   * itemCoupling·|q_c − q_b| + (1 − itemCoupling)·(q_c(1 − q_b) + q_b(1 − q_c)).
   */
  itemCoupling?: number;
}

/** Sample sizes of one simulated evaluation. */
export interface EvaluationSizes {
  /** evaluation items per arm for quality */
  evalItems: number;
  /** production-like requests for safety, latency and cost */
  requests: number;
}

const costSigma = 0.3;

function validate(truth: ReleaseTruth, sizes: EvaluationSizes): void {
  const rates = [
    truth.baselineQuality,
    truth.candidateQuality,
    truth.violationRate,
    truth.itemCoupling ?? 0,
  ];
  if (!rates.every((rate) => rate >= 0 && rate <= 1)) {
    throw new LabError(
      "generateReleaseCandidate requires quality and violation rates and itemCoupling in [0, 1]",
    );
  }
  if (
    !(truth.latencyMedianMs > 0) ||
    !(truth.costPerRequest > 0) ||
    !((truth.latencySigma ?? 0.5) > 0)
  ) {
    throw new LabError(
      "generateReleaseCandidate requires positive latency median, latency sigma and cost",
    );
  }
  if (![sizes.evalItems, sizes.requests].every((size) => Number.isInteger(size) && size >= 1)) {
    throw new LabError(
      "generateReleaseCandidate requires evalItems and requests to be positive integers",
    );
  }
}

/**
 * Simulates one evaluation of a candidate against its baseline from known true parameters:
 * quality as 0/1 pass per item (Bernoulli; paired through `truth.itemCoupling`: item i of both
 * arms is the same item), safety violations as 0/1 per request, latency log-normal with the given
 * median, cost log-normal (σ 0.3) with the given mean.
 *
 * @param rng seeded random stream
 * @param truth true parameters of both releases
 * @param sizes evaluation items per arm and number of requests
 * @returns candidate and baseline evaluation data
 * @throws LabError when rates are outside [0, 1] or sizes are not positive integers
 * @example
 * generateReleaseCandidate(createRng(3), { baselineQuality: 0.8, candidateQuality: 0.82,
 *   violationRate: 0.002, latencyMedianMs: 300, costPerRequest: 0.004 }, { evalItems: 500, requests: 2000 });
 */
export function generateReleaseCandidate(
  rng: Rng,
  truth: ReleaseTruth,
  sizes: EvaluationSizes,
): { candidate: ReleaseData; baseline: ReleaseData } {
  validate(truth, sizes);
  const bernoulli = (rate: number, count: number) =>
    Array.from({ length: count }, () => (rng.uniform() < rate ? 1 : 0));
  const coupling = truth.itemCoupling ?? 0;
  // Each candidate item's latent difficulty, reused by the baseline on coupled items.
  const difficulty = Array.from({ length: sizes.evalItems }, () => rng.uniform());
  const latencySigma = truth.latencySigma ?? 0.5;
  // A log-normal with parameters (μ, σ) has mean exp(μ + σ²/2); μ is set so the mean is the cost.
  const costMu = Math.log(truth.costPerRequest) - (costSigma * costSigma) / 2;
  const candidate: ReleaseData = {
    quality: difficulty.map((u) => (u < truth.candidateQuality ? 1 : 0)),
    safetyViolations: bernoulli(truth.violationRate, sizes.requests),
    latencyMs: Array.from({ length: sizes.requests }, () =>
      rng.lognormal(Math.log(truth.latencyMedianMs), latencySigma),
    ),
    costPerRequest: Array.from({ length: sizes.requests }, () => rng.lognormal(costMu, costSigma)),
  };
  // Without coupling no coin is drawn, so the stream is that of independent arms.
  const baselineQuality = difficulty.map((u) => {
    const shared = coupling > 0 && rng.uniform() < coupling;
    return (shared ? u : rng.uniform()) < truth.baselineQuality ? 1 : 0;
  });
  const baseline: ReleaseData = { quality: baselineQuality };
  return { candidate, baseline };
}

/**
 * Whether the candidate truly meets the gate, judged on its true parameters rather than on data
 * (true latency quantile = median · exp(σ · Φ⁻¹(q))).
 *
 * @param spec the gate
 * @param truth the true parameters
 * @returns true when every configured check holds for the true parameters
 * @example
 * truthShouldShip({ safety: { maxViolationRate: 0.01 } }, { ...truth, violationRate: 0.02 }); // false
 */
export function truthShouldShip(spec: GateSpec, truth: ReleaseTruth): boolean {
  if (spec.quality && !(truth.candidateQuality - truth.baselineQuality > -spec.quality.margin))
    return false;
  if (spec.safety && !(truth.violationRate <= spec.safety.maxViolationRate)) return false;
  if (spec.latency) {
    const level = spec.latency.quantile ?? 0.95;
    const trueQuantile =
      truth.latencyMedianMs * Math.exp((truth.latencySigma ?? 0.5) * normalQuantile(level));
    if (!(trueQuantile <= spec.latency.sloMs)) return false;
  }
  if (spec.cost && !(truth.costPerRequest <= spec.cost.budgetPerRequest)) return false;
  return true;
}

/** Outcome of many simulated gate decisions on the same truth. */
export interface GateTrialSummary {
  trials: number;
  shipRate: number;
  truthShouldShip: boolean;
  /** share of trials that shipped a candidate that should not ship (null when it should ship) */
  falseShipRate: number | null;
  /** share of trials that held a candidate that should ship (null when it should not ship) */
  falseBlockRate: number | null;
  /** share of trials in which each configured check passed */
  checkPassRates: Record<string, number>;
}

/**
 * Repeats "simulate an evaluation, run the gate" many times on one truth, to measure how often
 * the gate ships a bad candidate (false ship) or blocks a good one (false block).
 *
 * @param spec the gate
 * @param truth true parameters of candidate and baseline
 * @param options number of trials, evaluation sizes and the Rng
 * @returns ship rate, false-ship or false-block rate and per-check pass rates
 * @throws LabError when trials is not a positive integer, or as `generateReleaseCandidate`
 * @example
 * repeatedGateTrials(spec, truth, { trials: 200, sizes: { evalItems: 400, requests: 2000 }, rng: createRng(9) });
 */
export function repeatedGateTrials(
  spec: GateSpec,
  truth: ReleaseTruth,
  options: { trials: number; sizes: EvaluationSizes; rng: Rng },
): GateTrialSummary {
  const { trials, sizes, rng } = options;
  if (!Number.isInteger(trials) || trials < 1) {
    throw new LabError(
      `repeatedGateTrials requires trials to be a positive integer (got ${trials})`,
    );
  }
  const shouldShip = truthShouldShip(spec, truth);
  let ships = 0;
  const passes: Record<string, number> = {};
  for (let trial = 0; trial < trials; trial += 1) {
    const { candidate, baseline } = generateReleaseCandidate(rng, truth, sizes);
    const outcome = evaluateGate(spec, candidate, baseline, rng);
    if (outcome.decision === "ship") ships += 1;
    for (const check of outcome.checks)
      passes[check.name] = (passes[check.name] ?? 0) + (check.passed ? 1 : 0);
  }
  const shipRate = ships / trials;
  const checkPassRates: Record<string, number> = {};
  for (const [name, count] of Object.entries(passes)) checkPassRates[name] = count / trials;
  return {
    trials,
    shipRate,
    truthShouldShip: shouldShip,
    falseShipRate: shouldShip ? null : shipRate,
    falseBlockRate: shouldShip ? 1 - shipRate : null,
    checkPassRates,
  };
}
