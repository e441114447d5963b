import { describe, expect, it } from "vitest";
import { parseContract, validateContract } from "./contract";
import { exampleTransactionsContract } from "./contract-batch";

describe("validateContract (ODCS v3.1 required fields, bitol-io/open-data-contract-standard)", () => {
  it("accepts the example contract", () => {
    expect(validateContract(exampleTransactionsContract())).toEqual([]);
    expect(parseContract(exampleTransactionsContract()).id).toBe(
      "urn:datacontract:payments:transactions",
    );
  });

  it("requires version, apiVersion, kind, id and status", () => {
    expect(validateContract({ schema: [] }).map((issue) => issue.path)).toEqual([
      "$.version",
      "$.apiVersion",
      "$.id",
      "$.status",
      "$.kind",
    ]);
    expect(validateContract({ ...exampleTransactionsContract(), apiVersion: "2.0" })).toEqual([
      { path: "$.apiVersion", message: 'must be an ODCS v3 version such as "v3.1.0"' },
    ]);
  });

  it("checks properties, logical types and quality rules", () => {
    const contract = exampleTransactionsContract();
    const properties = contract.schema[0]!.properties;
    properties.push({ name: "amount" });
    properties[0]!.logicalType = "money" as "number";
    properties[2]!.quality = [
      { metric: "nullValues", mustBe: 0, mustBeLessThan: 3 },
      { metric: "rowCount", mustBeBetween: [5, 1] },
      { metric: "outliers" as "rowCount", mustBe: 0, unit: "share" as "rows" },
    ];
    expect(validateContract(contract)).toEqual([
      { path: "$.schema[0].properties[0].logicalType", message: "is not an ODCS logical type" },
      {
        path: "$.schema[0].properties[2].quality[0]",
        message: "must set exactly one operator (found 2)",
      },
      {
        path: "$.schema[0].properties[2].quality[1].mustBeBetween",
        message: "must be [low, high] with low <= high",
      },
      {
        path: "$.schema[0].properties[2].quality[2].metric",
        message:
          "must be one of nullValues, missingValues, invalidValues, duplicateValues, rowCount",
      },
      { path: "$.schema[0].properties[2].quality[2].unit", message: 'must be "rows" or "percent"' },
      { path: "$.schema[0].properties[6].name", message: 'duplicates "amount"' },
    ]);
  });

  it("checks across fields after a bad field, and names wrongly typed fields where they are", () => {
    const contract = exampleTransactionsContract();
    contract.schema[0]!.quality = [{ metric: "rowCount", mustBeBetween: [5, 1], mustBe: 3 }];
    const loose = { ...contract, slaProperties: "daily", description: 7 };
    expect(validateContract(loose)).toEqual([
      { path: "$.description", message: "must be a string" },
      {
        path: "$.schema[0].quality[0].mustBeBetween",
        message: "must be [low, high] with low <= high",
      },
      { path: "$.schema[0].quality[0]", message: "must set exactly one operator (found 2)" },
      { path: "$.slaProperties", message: "must be an array" },
    ]);
  });

  it("parseContract throws one LabError listing every issue", () => {
    expect(() =>
      parseContract({
        apiVersion: "v3.1.0",
        kind: "DataContract",
        version: "1",
        status: "draft",
        schema: [],
      }),
    ).toThrow("parseContract found 1 issue: $.id is required (non-empty string)");
    expect(() => parseContract(null)).toThrow("parseContract found 6 issues");
  });
});
