/**
 * Exercise: join logged serving features with the training pipeline's features on the trip id,
 * count mismatches per feature as TFDV's skew detector does, and name the skew's cause.
 * It practises Lesson 3.
 */
import { createRng, featureSkew } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { roundTo } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";

// A type alias (not an interface) so a trip is assignable to the lab's ExampleRow record.
type Trip = {
  trip_id: string;
  distance_km: number;
  pickup_hour: number;
  rating: number;
};

interface SkewParams {
  bug: "units" | "time-zone" | "stale" | "default";
  training: Trip[];
  serving: Trip[];
}

const featureNames = ["distance_km", "pickup_hour", "rating"];
const bugs = [
  { id: "units", label: "Units: the serving path computes distance in miles" },
  { id: "time-zone", label: "Time zone: the serving path reads the hour in another zone" },
  {
    id: "stale",
    label: "Staleness: the serving path reads an older value of a slowly updated feature",
  },
  { id: "default", label: "Default: the serving path fills a missing value with 0" },
] as const;

const skew = (p: SkewParams) =>
  featureSkew(p.training, p.serving, { identifierFeatures: "trip_id" });

/**
 * TFDV-style per-example feature skew: matching pairs, mismatch counts per feature, and the
 * cause the pattern of differences points to.
 *
 * @example featureSkewDiagnosis.solve(featureSkewDiagnosis.generate(1)).mismatches; // counts per feature
 */
export const featureSkewDiagnosis = defineExercise<SkewParams>({
  id: "feature-skew-diagnosis",
  title: "Feature skew per example: count and diagnose",
  objectives: ["diagnose-drift-skew"],
  topic: "skew",
  lesson: "training-serving-skew",
  difficulty: 2,
  generate(seed: number): Instance<SkewParams> {
    const rng = createRng(seed);
    const bug = rng.choice(bugs).id;
    const offset = rng.choice([-5, -1, 1, 2]);
    const count = 10 + rng.int(3);
    const training: Trip[] = Array.from({ length: count }, (_, i) => ({
      trip_id: `T-${101 + i}`,
      distance_km: roundTo(0.8 + 20 * rng.uniform(), 1),
      pickup_hour: rng.int(24),
      rating: roundTo(3.6 + 1.4 * rng.uniform(), 1),
    }));
    // Redraw the serving side until the bug shows in at least two pairs (dropped logs can hide it).
    for (;;) {
      const affected = new Set(rng.shuffle(training.map((_, i) => i)).slice(0, 2 + rng.int(3)));
      const serving = training.map((trip, i) => {
        const copy = { ...trip };
        if (bug === "units") copy.distance_km = roundTo(trip.distance_km * 0.621371, 1);
        if (bug === "time-zone") copy.pickup_hour = (trip.pickup_hour + offset + 24) % 24;
        if (bug === "stale" && affected.has(i))
          copy.rating = roundTo(Math.min(5, trip.rating + rng.choice([-0.2, -0.1, 0.1, 0.2])), 1);
        if (bug === "default" && affected.has(i)) copy.rating = 0;
        return copy;
      });
      // Logging loses some requests, and some served trips never reach the training table.
      const dropped = 1 + rng.int(2);
      const servingKept = rng.shuffle(serving).slice(dropped);
      servingKept.push({
        trip_id: `T-${201 + rng.int(9)}`,
        distance_km: 3.4,
        pickup_hour: 8,
        rating: 4.5,
      });
      servingKept.sort((a, b) => a.trip_id.localeCompare(b.trip_id));
      const table = (name: string, rows: Trip[]) => ({
        name,
        columns: ["trip_id", ...featureNames],
        rows: rows.map((t) => [t.trip_id, t.distance_km, t.pickup_hour, t.rating]),
      });
      const params = { bug, training, serving: servingKept };
      const feature =
        bug === "units" ? "distance_km" : bug === "time-zone" ? "pickup_hour" : "rating";
      const shown =
        skew(params).features.find((f) => f.featureName === feature)?.mismatchCount ?? 0;
      if (shown < 2) continue;
      return {
        seed,
        params,
        tables: [
          table("training features (offline pipeline)", training),
          table("logged serving features", servingKept),
        ],
      };
    }
  },
  prompt() {
    return [
      "The model underperforms online. Serving requests were logged with their features; the training",
      "pipeline recomputed the same features offline (tables). Join the two on `trip_id` as TFDV's feature",
      "skew detector does (Lesson 3, measuring feature skew per example and a diagnostic order).",
      "",
      "1. How many trips are in both tables (matching pairs)?",
      "2. For each feature, how many matching pairs have different values (mismatch count)?",
      "3. Which cause does the pattern point to?",
    ].join("\n");
  },
  answer: {
    pairs: {
      kind: "number",
      label: "Matching pairs",
      tolerance: { rule: "absolute", atol: 0.5 },
      weight: 0.2,
    },
    mismatches: {
      kind: "table",
      label: "Mismatch count per feature",
      rowLabels: featureNames,
      valueKind: "number",
      tolerance: { rule: "absolute", atol: 0.5 },
      allowNull: false,
      weight: 0.4,
    },
    cause: {
      kind: "choice",
      label: "Cause",
      options: bugs.map(({ id, label }) => ({ id, label })),
      weight: 0.4,
    },
  },
  solve({ params }) {
    const result = skew(params);
    return {
      pairs: result.matchStats.matchingPairsCount,
      mismatches: featureNames.map(
        (name) => result.features.find((f) => f.featureName === name)?.mismatchCount ?? 0,
      ),
      cause: params.bug,
    };
  },
  mistakes(instance) {
    const { params } = instance;
    const result = skew(params);
    const unmatched =
      result.matchStats.idsMissingInBaseCount + result.matchStats.idsMissingInTestCount;
    const reference = this.solve(instance);
    const mismatches = reference.mismatches as number[];
    return distinctMistakesForSpec(this.answer, reference, [
      {
        part: "pairs",
        value: params.training.length,
        id: "training-rows",
        message:
          "Only trips present in both tables form pairs: some serving requests were not logged, and one logged trip is not in training.",
      },
      {
        part: "pairs",
        value: params.serving.length,
        id: "serving-rows",
        message: "One logged trip has no training row, so it forms no pair.",
      },
      {
        part: "mismatches",
        value: mismatches.map((m) => m + unmatched),
        id: "unjoined-as-mismatch",
        message:
          "Trips present on one side only are counted as base_only or test_only, not as mismatches.",
      },
    ]);
  },
  hints: [
    "First join: keep only trip ids that appear in both tables.",
    "Compare each feature value by value within the pairs; count the differences per feature.",
    "Look at how the differing values differ: a constant ratio, a constant shift modulo 24, small changes in a few rows, or zeros.",
  ],
  solution({ params }) {
    const result = skew(params);
    const lines = featureNames.map((name) => {
      const f = result.features.find((x) => x.featureName === name)!;
      return `- \`${name}\`: ${f.mismatchCount} mismatches (base_only ${f.baseOnly}, test_only ${f.testOnly})`;
    });
    const label = bugs.find((b) => b.id === params.bug)!.label;
    return [
      `The join keeps $${result.matchStats.matchingPairsCount}$ pairs; ${result.matchStats.idsMissingInTestCount} training trip(s) were not logged and ${result.matchStats.idsMissingInBaseCount} logged trip(s) have no training row.`,
      "",
      ...lines,
      "",
      `The pattern of the differing values points to: **${label}**.`,
    ].join("\n");
  },
});
