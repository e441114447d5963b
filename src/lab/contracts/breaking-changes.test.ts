import { describe, expect, it } from "vitest";
import { classifyContractChanges } from "./breaking-changes";
import { exampleTransactionsContract } from "./contract-batch";

// Rules and severities from datacontract-cli's BreakingRules (datacontract/datacontract-cli: field removed,
// type/required/unique changed -> breaking; field added -> informational).
describe("classifyContractChanges", () => {
  it("finds no change between equal contracts", () => {
    expect(
      classifyContractChanges(exampleTransactionsContract(), exampleTransactionsContract()),
    ).toEqual({
      breaking: false,
      changes: [],
    });
  });

  it("a field added is informational", () => {
    const next = exampleTransactionsContract();
    next.schema[0]!.properties.push({ name: "channel", logicalType: "string" });
    const { breaking, changes } = classifyContractChanges(exampleTransactionsContract(), next);
    expect(breaking).toBe(false);
    expect(changes.map((change) => [change.rule, change.severity])).toEqual([
      ["field_added", "info"],
    ]);
    expect(changes[0]!.message).toBe('info [field_added] at transactions.channel: added "channel"');
  });

  it("removing a field, or changing its type, required or unique, is breaking", () => {
    const next = exampleTransactionsContract();
    const properties = next.schema[0]!.properties;
    next.schema[0]!.properties = properties.filter((property) => property.name !== "country");
    properties[1]!.logicalType = "string"; // customer_id
    const currency = next.schema[0]!.properties.find((property) => property.name === "currency")!;
    currency.required = true;
    next.schema[0]!.properties.find((property) => property.name === "transaction_id")!.unique =
      false;
    const { breaking, changes } = classifyContractChanges(exampleTransactionsContract(), next);
    expect(breaking).toBe(true);
    expect(changes.map((change) => [change.rule, change.field, change.severity])).toEqual([
      ["field_unique_updated", "transaction_id", "error"],
      ["field_type_updated", "customer_id", "error"],
      ["field_required_updated", "currency", "error"],
      ["field_removed", "country", "error"],
    ]);
  });

  it("constraint changes: added warns, tightened value breaks, enum removal is info", () => {
    const next = exampleTransactionsContract();
    const [, , amount, currency] = next.schema[0]!.properties;
    amount!.logicalTypeOptions = { minimum: 0, maximum: 5000, exclusiveMinimum: 0 };
    currency!.logicalTypeOptions = {};
    const { changes } = classifyContractChanges(exampleTransactionsContract(), next);
    expect(changes.map((change) => [change.rule, change.severity])).toEqual([
      ["field_exclusive_minimum_added", "warning"],
      ["field_maximum_updated", "error"],
      ["field_enum_removed", "info"],
    ]);
  });

  it("quality rules: added is info, removed warns; tables added or removed", () => {
    const next = exampleTransactionsContract();
    next.schema[0]!.properties[2]!.quality = [];
    next.schema[0]!.properties[0]!.quality = [{ metric: "nullValues", mustBe: 0 }];
    next.schema.push({ name: "refunds", properties: [] });
    const renamed = exampleTransactionsContract();
    renamed.schema[0]!.name = "payments";
    expect(
      classifyContractChanges(exampleTransactionsContract(), next).changes.map(
        (change) => change.rule,
      ),
    ).toEqual(["quality_added", "quality_removed", "model_added"]);
    expect(
      classifyContractChanges(exampleTransactionsContract(), renamed).changes.map((change) => [
        change.rule,
        change.breaking,
      ]),
    ).toEqual([
      ["model_removed", true],
      ["model_added", false],
    ]);
  });

  it("rejects values that are not contracts", () => {
    expect(() => classifyContractChanges({} as never, exampleTransactionsContract())).toThrow(
      "classifyContractChanges requires two contracts with a schema array",
    );
  });
});
