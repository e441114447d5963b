import { describe, expect, it } from "vitest";
import type { DataContract } from "./contract";
import { exampleTransactionsContract, generateContractBatch } from "./contract-batch";
import { buildContractChecks, normalizeSeverity } from "./contract-checks";
import { actionForFailure, evaluateContract } from "./contract-evaluation";
import { compareWithOperator } from "./contract-metrics";
import type { ContractRow } from "./contract-evaluation";
import { createRng } from "../random/rng";

const now = 1_700_000_000;

function contract(overrides: Partial<DataContract> = {}): DataContract {
  return {
    apiVersion: "v3.1.0",
    kind: "DataContract",
    id: "orders",
    version: "1.0.0",
    status: "active",
    schema: [
      {
        name: "orders",
        properties: [
          { name: "id", logicalType: "integer", required: true, unique: true },
          {
            name: "price",
            logicalType: "number",
            quality: [{ metric: "nullValues", mustBeLessOrEqualTo: 25, unit: "percent" }],
          },
          { name: "ts", logicalType: "timestamp" },
        ],
      },
    ],
    slaProperties: [{ property: "freshness", value: 1, unit: "h", element: "orders.ts" }],
    ...overrides,
  };
}

const resultOf = (rows: ContractRow[], ruleId: string, data: DataContract = contract(), at = now) =>
  evaluateContract(data, rows, { now: at }).results.find((result) => result.ruleId === ruleId)!;

describe("buildContractChecks (datacontract-cli check list)", () => {
  it("lists presence, type, required, unique, quality and freshness checks in CLI order", () => {
    expect(buildContractChecks(contract()).map((check) => check.ruleId)).toEqual([
      "orders__id__field_is_present",
      "orders__id__field_type",
      "orders__id__field_required",
      "orders__id__field_unique",
      "orders__price__field_is_present",
      "orders__price__field_type",
      "orders__price__quality_nullValues_0",
      "orders__ts__field_is_present",
      "orders__ts__field_type",
      "servicelevel_freshness",
    ]);
  });

  it("a single primary key is required and unique; a composite key is unique as a tuple", () => {
    const single = contract({
      schema: [{ name: "t", properties: [{ name: "k", primaryKey: true }] }],
      slaProperties: [],
    });
    expect(buildContractChecks(single).map((check) => check.ruleId)).toEqual([
      "t__k__field_is_present",
      "t__k__field_primary_key_required",
      "t__k__field_primary_key_unique",
    ]);
    const composite = contract({
      schema: [
        {
          name: "t",
          properties: [
            { name: "b", primaryKey: true, primaryKeyPosition: 2 },
            { name: "a", primaryKey: true, primaryKeyPosition: 1 },
          ],
        },
      ],
      slaProperties: [],
    });
    const key = buildContractChecks(composite).find(
      (check) => check.ruleId === "t__primary_key_unique",
    );
    expect(key?.columns).toEqual(["a", "b"]);
  });

  it("converts freshness units as the CLI does (d, h, m; value truncated)", () => {
    const minutes = contract({
      slaProperties: [
        { property: "freshness", value: 90.7, unit: "minutes", element: "orders.ts" },
      ],
    });
    expect(buildContractChecks(minutes).at(-1)?.threshold).toBe(90 * 60);
    const seconds = contract({
      slaProperties: [{ property: "freshness", value: 5, unit: "s", element: "orders.ts" }],
    });
    expect(() => buildContractChecks(seconds)).toThrow(
      'buildContractChecks does not support freshness unit "s"',
    );
  });

  it("maps severities as datacontract-cli (warning words warn, the rest fail)", () => {
    expect(["info", "Warning", "warn", "low", "minor", "trivial"].map(normalizeSeverity)).toEqual(
      Array(6).fill("warning"),
    );
    expect([undefined, "error", "major"].map(normalizeSeverity)).toEqual([
      "error",
      "error",
      "error",
    ]);
    expect(normalizeSeverity("critical")).toBe("critical");
  });
});

describe("evaluateContract (datacontract-cli semantics)", () => {
  const cleanRows: ContractRow[] = [
    { id: 1, price: 9.5, ts: now - 100 },
    { id: 2, price: 3, ts: now - 50 },
    { id: 3, price: 4, ts: now - 10 },
  ];

  it("passes a clean batch", () => {
    const evaluation = evaluateContract(contract(), cleanRows, { now });
    expect(evaluation.action).toBe("pass");
    expect(evaluation.failedCount).toBe(0);
    expect(evaluation.passedCount).toBe(10);
  });

  it("required means null count = 0; an absent key counts as null", () => {
    const rows = [...cleanRows, { id: null, price: 1, ts: now }, { price: 1, ts: now }];
    const result = resultOf(rows, "orders__id__field_required");
    expect(result).toMatchObject({
      observed: 2,
      passed: false,
      severity: "error",
      failingRowIndexes: [3, 4],
    });
    expect(result.message).toBe("nullValues(id) was 2, expected mustBe 0");
  });

  it("unique means duplicate count = 0, counting distinct repeated values (nulls grouped)", () => {
    const rows = [1, 1, 1, 2, 2, 3, null, null].map((id) => ({ id, price: 1, ts: now }));
    const result = resultOf(rows, "orders__id__field_unique");
    expect(result.observed).toBe(3); // the groups 1, 2 and null
    expect(result.failingRowIndexes).toEqual([1, 2, 4, 7]);
  });

  it("percent unit compares round(100 · count / rows, 6)", () => {
    const rows = [...cleanRows.slice(0, 2), { id: 3, price: null, ts: now }];
    const result = resultOf(rows, "orders__price__quality_nullValues_0");
    expect(result.observed).toBe(33.333333);
    expect(result.passed).toBe(false);
    expect(resultOf([...cleanRows, { id: 4, price: null, ts: now }], result.ruleId).observed).toBe(
      25,
    );
    expect(resultOf([...cleanRows, { id: 4, price: null, ts: now }], result.ruleId).passed).toBe(
      true,
    );
  });

  it("freshness passes only when now − max(ts) < threshold (strict)", () => {
    const rows = [{ id: 1, price: 1, ts: now - 3600 }];
    expect(resultOf(rows, "servicelevel_freshness")).toMatchObject({
      observed: 3600,
      passed: false,
    });
    expect(resultOf(rows, "servicelevel_freshness", contract(), now - 1).passed).toBe(true);
    const iso = [{ id: 1, price: 1, ts: new Date((now - 60) * 1000).toISOString() }];
    expect(resultOf(iso, "servicelevel_freshness").observed).toBe(60);
    const none = resultOf([{ id: 1, price: 1, ts: null }], "servicelevel_freshness");
    expect(none).toMatchObject({
      observed: null,
      passed: false,
      message: 'no timestamp value found in "ts"',
    });
    expect(() => evaluateContract(contract(), rows)).toThrow(
      "evaluateContract requires a finite now for the freshness SLA",
    );
  });

  it("a renamed column fails presence (critical: block) and every check on it", () => {
    const rows = cleanRows.map(({ price, ...rest }) => ({ ...rest, unit_price: price }));
    const evaluation = evaluateContract(contract(), rows, { now });
    expect(evaluation.action).toBe("block");
    const failed = evaluation.results.filter((result) => !result.passed);
    expect(failed.map((result) => [result.ruleId, result.observed, result.message])).toEqual([
      ["orders__price__field_is_present", 0, 'column "price" not found'],
      ["orders__price__field_type", null, 'column "price" not found'],
      ["orders__price__quality_nullValues_0", null, 'column "price" not found'],
    ]);
  });

  it("a number turned into text fails the type check and blocks", () => {
    const rows = cleanRows.map((row) => ({ ...row, price: String(row.price) }));
    const evaluation = evaluateContract(contract(), rows, { now });
    expect(evaluation.action).toBe("block");
    expect(resultOf(rows, "orders__price__field_type")).toMatchObject({
      observed: 3,
      severity: "critical",
    });
  });

  it("row-level errors quarantine the batch and list the bad rows; warnings only warn", () => {
    const warnOnly = contract();
    warnOnly.schema[0]!.properties[1]!.quality![0]!.severity = "warning";
    const rows = [...cleanRows, { id: 4, price: null, ts: now }, { id: 5, price: null, ts: now }];
    expect(evaluateContract(warnOnly, rows, { now }).action).toBe("warn");
    const evaluation = evaluateContract(contract(), [...rows, { id: 1, price: 2, ts: now }], {
      now,
    });
    expect(evaluation.action).toBe("quarantine");
    expect(evaluation.quarantinedRowIndexes).toEqual([3, 4, 5]);
    expect(evaluation.publishedRowCount).toBe(3);
  });

  it("a failed batch-level error (freshness, row count) holds the whole batch", () => {
    // Every row is an hour old: freshness (severity error) fails, and no row can be set aside.
    const stale = cleanRows.map((row) => ({ ...row, ts: now - 7200 }));
    const evaluation = evaluateContract(contract(), stale, { now });
    expect(evaluation.results.filter((result) => !result.passed).map((r) => r.ruleId)).toEqual([
      "servicelevel_freshness",
    ]);
    expect(evaluation.action).toBe("hold");
    expect(evaluation.quarantinedRowIndexes).toEqual([]);
    expect(evaluation.publishedRowCount).toBe(0);
    // a hold outranks a quarantine: stale rows, two of five with a null price (40% > 25%)
    const nulls = [3, 4].map((id) => ({ id: id + 1, price: null, ts: now - 7200 }));
    const both = evaluateContract(contract(), [...stale, ...nulls], { now });
    expect(both.action).toBe("hold");
    expect(both.quarantinedRowIndexes).toEqual([3, 4]);
    expect(both.publishedRowCount).toBe(0);
  });

  it("maps each failure to its action: warn, quarantine (row-level), hold (batch-level), block", () => {
    expect(actionForFailure("warning", "rowCount")).toBe("warn");
    expect(actionForFailure("error", "nullValues")).toBe("quarantine");
    expect(actionForFailure("error", "duplicateValues")).toBe("quarantine");
    expect(actionForFailure("error", "rowCount")).toBe("hold");
    expect(actionForFailure("error", "freshness")).toBe("hold");
    expect(actionForFailure("critical", "invalidValues")).toBe("block");
  });

  it("logical-type options count invalid values: minimum, maximum, enum, pattern, lengths", () => {
    const data = contract({
      schema: [
        {
          name: "orders",
          properties: [
            {
              name: "qty",
              logicalType: "integer",
              logicalTypeOptions: { minimum: 1, exclusiveMaximum: 10 },
            },
            {
              name: "code",
              logicalType: "string",
              logicalTypeOptions: { enum: ["A", "B"], maxLength: 1 },
            },
            { name: "sku", logicalType: "string", logicalTypeOptions: { pattern: "^[0-9]{3}$" } },
          ],
        },
      ],
      slaProperties: [],
    });
    const rows = [
      { qty: 0, code: "A", sku: "123" },
      { qty: 10, code: "C", sku: "12a" },
      { qty: 1, code: "AB", sku: null },
      { qty: 9, code: null, sku: "999" },
    ];
    const observed = Object.fromEntries(
      evaluateContract(data, rows).results.map((result) => [result.ruleId, result.observed]),
    );
    expect(observed).toMatchObject({
      orders__qty__field_minimum: 1,
      orders__qty__field_exclusive_maximum: 1,
      orders__code__field_enum: 2,
      orders__code__field_max_length: 1,
      orders__sku__field_regex: 1,
    });
  });

  it("missingValues adds the listed values to nulls; invalidValues ignores nulls", () => {
    const data = contract({
      schema: [
        {
          name: "orders",
          properties: [
            {
              name: "country",
              quality: [
                {
                  metric: "missingValues",
                  arguments: { missingValues: ["", "N/A", null] },
                  mustBe: 0,
                },
                {
                  metric: "invalidValues",
                  arguments: { validValues: ["US", "DE"] },
                  mustBeLessThan: 2,
                },
              ],
            },
          ],
          quality: [{ metric: "rowCount", mustBeBetween: [1, 5] }],
        },
      ],
      slaProperties: [],
    });
    const rows = ["US", "", "N/A", null, "FR", "DE"].map((country) => ({ country }));
    const [, missing, invalid, rowCount] = evaluateContract(data, rows).results;
    expect(missing).toMatchObject({ observed: 3, passed: false }); // "", "N/A", null
    expect(invalid).toMatchObject({ observed: 3, passed: false }); // "", "N/A", "FR"
    expect(rowCount).toMatchObject({ observed: 6, passed: false });
  });
});

describe("evaluateContract type checks and edge cases", () => {
  const typed = (
    logicalType: NonNullable<DataContract["schema"][0]["properties"][0]["logicalType"]>,
  ) =>
    contract({
      schema: [{ name: "t", properties: [{ name: "v", logicalType }] }],
      slaProperties: [],
    });
  const wrongTypes = (logicalType: Parameters<typeof typed>[0], values: unknown[]) =>
    evaluateContract(
      typed(logicalType),
      values.map((v) => ({ v })),
    ).results[1]!.observed;

  it("counts non-null values of the wrong logical type", () => {
    expect(wrongTypes("integer", [1, 2.5, "3", null])).toBe(2);
    expect(wrongTypes("number", [1, 2.5, NaN, "3"])).toBe(2);
    expect(wrongTypes("string", ["a", 1, true])).toBe(2);
    expect(wrongTypes("boolean", [true, "true", 0])).toBe(2);
    expect(wrongTypes("timestamp", [now, "2024-01-01T00:00:00Z", "yesterday"])).toBe(1);
    expect(wrongTypes("time", ["12:30", "12:30:15.5", 3600, "noon", 90_000])).toBe(2);
    expect(wrongTypes("array", [[1], {}, "x"])).toBe(2);
    expect(wrongTypes("object", [{}, [], null])).toBe(1);
  });

  it("a composite key is unique as a tuple; an empty batch has 0 percent nulls", () => {
    const data = contract({
      schema: [
        {
          name: "t",
          properties: [
            { name: "a", primaryKey: true, primaryKeyPosition: 1 },
            {
              name: "b",
              primaryKey: true,
              primaryKeyPosition: 2,
              quality: [{ metric: "nullValues", mustBe: 0, unit: "percent" }],
            },
          ],
        },
      ],
      slaProperties: [],
    });
    const rows = [
      { a: 1, b: "x" },
      { a: 1, b: "y" },
      { a: 1, b: "x" },
    ];
    const key = evaluateContract(data, rows).results.find(
      (result) => result.ruleId === "t__primary_key_unique",
    );
    expect(key).toMatchObject({ observed: 1, failingRowIndexes: [2] });
    const empty = evaluateContract(data, []).results.find(
      (result) => result.metric === "nullValues" && result.unit === "percent",
    );
    expect(empty).toMatchObject({ observed: 0, passed: true });
  });

  it("rejects a table-level duplicate rule without columns and an unknown table", () => {
    const data = contract({
      schema: [{ name: "t", properties: [], quality: [{ metric: "duplicateValues", mustBe: 0 }] }],
    });
    expect(() => evaluateContract(data, [], { now })).toThrow(
      "buildContractChecks requires arguments.properties on a table-level duplicateValues rule",
    );
    expect(() => evaluateContract(contract(), [], { now, schemaName: "nope" })).toThrow(
      'buildContractChecks found no schema object "nope"',
    );
  });
});

describe("compareWithOperator", () => {
  it("implements the eight ODCS operators; between is inclusive", () => {
    expect(compareWithOperator("mustBe", 0, 0)).toBe(true);
    expect(compareWithOperator("mustNotBe", 0, 0)).toBe(false);
    expect(compareWithOperator("mustBeGreaterThan", 5, 5)).toBe(false);
    expect(compareWithOperator("mustBeGreaterOrEqualTo", 5, 5)).toBe(true);
    expect(compareWithOperator("mustBeLessThan", 5, 5)).toBe(false);
    expect(compareWithOperator("mustBeLessOrEqualTo", 5, 5)).toBe(true);
    expect(compareWithOperator("mustBeBetween", 5, [0, 5])).toBe(true);
    expect(compareWithOperator("mustNotBeBetween", 5, [0, 5])).toBe(false);
    expect(compareWithOperator("mustNotBeBetween", 6, [0, 5])).toBe(true);
  });
});

describe("generateContractBatch with the example contract", () => {
  const evaluate = (faults: Parameters<typeof generateContractBatch>[1]) => {
    const { rows } = generateContractBatch(createRng("contract-batch"), { now, ...faults });
    return evaluateContract(exampleTransactionsContract(), rows, { now });
  };
  const failedIds = (evaluation: ReturnType<typeof evaluateContract>) =>
    evaluation.results.filter((result) => !result.passed).map((result) => result.ruleId);

  it("a clean batch passes every check", () => {
    const evaluation = evaluate({});
    expect(failedIds(evaluation)).toEqual([]);
    expect(evaluation.action).toBe("pass");
  });

  it("each injected fault trips the check written for it", () => {
    expect(
      failedIds(evaluate({ faults: [{ kind: "null-spike", column: "amount", share: 0.2 }] })),
    ).toEqual(["amount_nulls"]);
    expect(
      failedIds(evaluate({ faults: [{ kind: "out-of-range", column: "amount", share: 0.05 }] })),
    ).toEqual(["transactions__amount__field_minimum"]);
    expect(failedIds(evaluate({ faults: [{ kind: "duplicates", share: 0.01 }] }))).toEqual([
      "transactions__transaction_id__field_unique",
    ]);
    expect(
      evaluate({ faults: [{ kind: "rename-column", from: "amount", to: "amount_usd" }] }).action,
    ).toBe("block");
    expect(evaluate({ faults: [{ kind: "drop-column", column: "currency" }] }).action).toBe(
      "block",
    );
    expect(
      failedIds(evaluate({ faults: [{ kind: "type-change", column: "customer_id" }] })),
    ).toEqual(["transactions__customer_id__field_type"]);
    expect(
      failedIds(evaluate({ faults: [{ kind: "stale-timestamps", lagSeconds: 86_400 }] })),
    ).toEqual(["servicelevel_freshness"]);
    const short = evaluate({ faults: [{ kind: "row-count-drop", keepShare: 0.3 }] });
    expect(failedIds(short)).toEqual(["row_count"]);
    expect(short.action).toBe("hold");
    expect(evaluate({ faults: [{ kind: "stale-timestamps", lagSeconds: 86_400 }] }).action).toBe(
      "hold",
    );
  });

  it("reports the rows each fault touched and rejects bad shares", () => {
    const { injected } = generateContractBatch(createRng(3), {
      rows: 100,
      faults: [{ kind: "null-spike", column: "amount", share: 0.1 }],
    });
    expect(injected[0]!.rowIndexes).toHaveLength(10);
    expect(() =>
      generateContractBatch(createRng(3), {
        faults: [{ kind: "null-spike", column: "amount", share: 2 }],
      }),
    ).toThrow("generateContractBatch requires a fault share in [0, 1]");
  });

  it("is reproducible from its seed", () => {
    const first = generateContractBatch(createRng(42), { rows: 50 });
    const second = generateContractBatch(createRng(42), { rows: 50 });
    expect(first).toEqual(second);
  });
});
