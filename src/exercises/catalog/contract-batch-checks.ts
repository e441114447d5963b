/**
 * Exercise: evaluate a data contract's rules on one batch (completeness, a `mostly` range rule,
 * a value set and uniqueness) and say which rules fail.
 * It practises Lesson 4.
 */
import {
  createRng,
  expectColumnValuesToBeBetween,
  expectColumnValuesToBeInSet,
  expectColumnValuesToNotBeNull,
} from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, distinctMistakes, formatNumber, roundTo } from "./exercise-helpers";

/** Parameters of one instance: the batch and the rules' `mostly` tolerances. */
export interface ContractBatchParams {
  transactionIds: string[];
  amounts: (number | null)[];
  currencies: string[];
  notNullMostly: number;
  rangeMostly: number;
  currencyMostly: number;
}

const minimumAmount = 0.01;
const maximumAmount = 5000;
const currencySet = ["USD", "EUR", "GBP"];

const ruleOptions = [
  { id: "unique-id", label: "transaction_id is unique (datacontract-cli)" },
  { id: "amount-not-null", label: "amount_usd not null, mostly" },
  { id: "amount-range", label: "amount_usd between 0.01 and 5000, mostly" },
  { id: "currency-set", label: "currency in {USD, EUR, GBP}, mostly" },
  { id: "none", label: "No rule fails" },
];

function evaluate(params: ContractBatchParams, nullsCountAsFailures = false) {
  const notNull = expectColumnValuesToNotBeNull(params.amounts, { mostly: params.notNullMostly });
  const range = expectColumnValuesToBeBetween(params.amounts, {
    minValue: minimumAmount,
    maxValue: maximumAmount,
    mostly: params.rangeMostly,
  });
  const currency = expectColumnValuesToBeInSet(params.currencies, {
    valueSet: currencySet,
    mostly: params.currencyMostly,
  });
  const rows = params.amounts.length;
  // The slip: nulls counted as out-of-range values and divided by all rows.
  const rangeShare = nullsCountAsFailures
    ? (rows - range.missingCount - range.unexpectedCount) / rows
    : (range.observedShare ?? 1);
  const failing: string[] = [];
  if (new Set(params.transactionIds).size !== params.transactionIds.length)
    failing.push("unique-id");
  if (!notNull.success) failing.push("amount-not-null");
  if (rangeShare < params.rangeMostly) failing.push("amount-range");
  if (!currency.success) failing.push("currency-set");
  return {
    completeness: notNull.observedShare ?? 1,
    rangeShare,
    failing: failing.length === 0 ? ["none"] : failing,
  };
}

/**
 * Completeness of `amount_usd`, the share Great Expectations compares with `mostly` for the range
 * rule (nulls excluded), and the rules that fail on the batch.
 *
 * @example contractBatchChecks.solve(contractBatchChecks.generate(1)).failing; // e.g. ["amount-range"]
 */
export const contractBatchChecks = defineExercise<ContractBatchParams>({
  id: "contract-batch-checks",
  title: "Which contract rules does this batch break?",
  objectives: ["dependency-graphs", "production-statistics"],
  topic: "contracts",
  lesson: "data-contracts",
  difficulty: 2,
  generate(seed: number): Instance<ContractBatchParams> {
    const rng = createRng(seed);
    const rows = 20 + rng.int(11);
    const transactionIds = Array.from(
      { length: rows },
      (_, index) => `T-${4100 + index * 3 + rng.int(3)}`,
    );
    if (rng.uniform() < 0.4) transactionIds[rows - 1] = transactionIds[rng.int(rows - 1)]!;
    const amounts: (number | null)[] = Array.from({ length: rows }, () =>
      roundTo(Math.exp(rng.normal(4, 1)), 2),
    );
    const currencies = Array.from({ length: rows }, () => currencySet[rng.int(3)]!);
    const positions = rng.shuffle(Array.from({ length: rows }, (_, index) => index));
    let cursor = 0;
    for (let count = rng.int(4); count > 0; count -= 1) amounts[positions[cursor++]!] = null;
    for (let count = rng.int(4); count > 0; count -= 1) {
      amounts[positions[cursor++]!] =
        rng.uniform() < 0.5
          ? -roundTo(5 + rng.uniform() * 50, 2)
          : roundTo(5000 + rng.uniform() * 4000, 2);
    }
    for (let count = rng.int(3); count > 0; count -= 1) {
      currencies[positions[cursor++]!] = rng.uniform() < 0.5 ? "usd" : "XXX";
    }
    const params: ContractBatchParams = {
      transactionIds,
      amounts,
      currencies,
      notNullMostly: rng.choice([0.9, 0.95]),
      rangeMostly: rng.choice([0.9, 0.95]),
      currencyMostly: rng.choice([0.9, 0.95, 1]),
    };
    return {
      seed,
      params,
      tables: [
        {
          name: "transactions batch",
          columns: ["transaction_id", "amount_usd", "currency"],
          rows: transactionIds.map((id, index) => [id, amounts[index]!, currencies[index]!]),
          note: "One row per transaction; amount_usd in US dollars, NULL when missing.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      `The contract of the \`transactions\` dataset has four rules (Lesson 4, evaluation semantics of the tools):`,
      "(1) `transaction_id` is `unique` (datacontract-cli: the duplicate count must be 0);",
      `(2) Great Expectations' \`expect_column_values_to_not_be_null(amount_usd, mostly=${params.notNullMostly})\`;`,
      `(3) \`expect_column_values_to_be_between(amount_usd, ${minimumAmount}, ${maximumAmount}, mostly=${params.rangeMostly})\`;`,
      `(4) \`expect_column_values_to_be_in_set(currency, [USD, EUR, GBP], mostly=${params.currencyMostly})\`.`,
      "Compute (a) the completeness of `amount_usd` (share of non-null rows), (b) the share that rule (3)",
      "compares with its `mostly`, both as decimals between 0 and 1 (1% relative tolerance), and (c) select",
      'every rule that fails (or "No rule fails").',
    ].join("\n");
  },
  answer: {
    completeness: {
      kind: "number",
      label: "Completeness of amount_usd",
      tolerance: defaultTolerance,
      weight: 0.3,
    },
    rangeShare: {
      kind: "number",
      label: "Share compared by rule (3)",
      tolerance: defaultTolerance,
      weight: 0.3,
    },
    failing: { kind: "multiple", label: "Failing rules", options: ruleOptions, weight: 0.4 },
  },
  solve({ params }) {
    return evaluate(params);
  },
  mistakes({ params }) {
    const reference = evaluate(params);
    const slipped = evaluate(params, true);
    return distinctMistakes(
      [
        {
          part: "rangeShare",
          value: slipped.rangeShare,
          id: "nulls-in-denominator",
          message:
            "Great Expectations excludes nulls from a column-map expectation: divide the in-range count by the non-null rows, not by all rows.",
        },
        {
          part: "completeness",
          value: 1 - reference.completeness,
          id: "null-share",
          message:
            "That is the share of missing values; completeness is the share of non-null rows.",
        },
        {
          part: "failing",
          value: slipped.failing,
          id: "failing-with-nulls-in-denominator",
          message:
            "With nulls excluded from rule (3)'s denominator (as Great Expectations does), the range rule's verdict changes.",
        },
      ],
      reference,
      ["failing"],
    );
  },
  hints: [
    "Count the rows, the NULL amounts, the non-null amounts outside [0.01, 5000], the currencies outside the set and the repeated ids.",
    "Rule (2) divides the non-null count by all rows; rules (3) and (4) divide by the non-null rows of their column only.",
    "A `mostly` rule passes when its share is at least `mostly` (inclusive); `unique` fails on a single duplicate.",
  ],
  solution({ params }) {
    const { completeness, rangeShare, failing } = evaluate(params);
    const rows = params.amounts.length;
    const nulls = params.amounts.filter((amount) => amount === null).length;
    const outside = params.amounts.filter(
      (amount) => amount !== null && (amount < minimumAmount || amount > maximumAmount),
    ).length;
    const badCurrencies = params.currencies.filter(
      (currency) => !currencySet.includes(currency),
    ).length;
    const duplicates = params.transactionIds.length - new Set(params.transactionIds).size;
    return [
      `${rows} rows, ${nulls} NULL amounts, ${outside} non-null amounts outside the range, ${badCurrencies} unknown currencies, ${duplicates} duplicated ids.`,
      "",
      `- (1) unique: ${duplicates === 0 ? "no duplicate, passes" : `${duplicates} duplicate, fails`}.`,
      `- (2) completeness $= ${rows - nulls}/${rows} = ${formatNumber(completeness)}$ vs mostly ${params.notNullMostly}.`,
      `- (3) share $= ${rows - nulls - outside}/${rows - nulls} = ${formatNumber(rangeShare)}$ vs mostly ${params.rangeMostly}.`,
      `- (4) share $= ${rows - badCurrencies}/${rows} = ${formatNumber((rows - badCurrencies) / rows)}$ vs mostly ${params.currencyMostly}.`,
      "",
      `Failing: ${failing.map((id) => ruleOptions.find((option) => option.id === id)?.label).join("; ")}.`,
    ].join("\n");
  },
});
