import { describe, expect, it } from "vitest";
import {
  canRead,
  checkCompatibility,
  classifyContractChanges,
  mean,
  upgradeOrder,
} from "../../../lab/index";
import type { CompatibilityMode, DataContract, RecordSchema } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("05-schema-evolution.md");
// Phrases may wrap across source lines; compare them with whitespace collapsed.
const prose = text.replace(/\s+/g, " ");

// The version history of the `driver_stats` topic in the worked example.
const version1: RecordSchema = {
  name: "DriverStats",
  fields: [
    { name: "driver_id", type: "long" },
    { name: "conv_rate", type: "float" },
    { name: "city", type: "string" },
  ],
};
const version2: RecordSchema = {
  name: "DriverStats",
  fields: [...version1.fields, { name: "acc_rate", type: "float", default: 0.0 }],
};
const version3: RecordSchema = {
  name: "DriverStats",
  fields: version2.fields.filter((field) => field.name !== "conv_rate"),
};
const version4: RecordSchema = {
  name: "DriverStats",
  fields: [...version3.fields, { name: "conv_rate", type: "string", default: "" }],
};

const allModes: CompatibilityMode[] = [
  "BACKWARD",
  "BACKWARD_TRANSITIVE",
  "FORWARD",
  "FORWARD_TRANSITIVE",
  "FULL",
  "FULL_TRANSITIVE",
];

describe("lesson 5 worked examples: schema evolution", () => {
  it("accepts version 2 under every mode, FULL_TRANSITIVE included", () => {
    // Confluent Schema Registry docs ("Schema Evolution and Compatibility"): adding an optional field is FULL compatible.
    for (const mode of allModes) {
      expect(checkCompatibility(version2, [version1], mode).compatible).toBe(true);
    }
    expect(prose).toContain("Registering $S_2$ passes every mode, FULL_TRANSITIVE included");
  });

  it("accepts version 3 under BACKWARD and BACKWARD_TRANSITIVE but not FORWARD", () => {
    expect(checkCompatibility(version3, [version1, version2], "BACKWARD").compatible).toBe(true);
    expect(
      checkCompatibility(version3, [version1, version2], "BACKWARD_TRANSITIVE").compatible,
    ).toBe(true);
    const forward = checkCompatibility(version3, [version1, version2], "FORWARD");
    expect(forward.compatible).toBe(false);
    expect(forward.violations).toEqual([
      expect.objectContaining({
        field: "conv_rate",
        rule: "missing-default",
        againstVersion: 2,
        direction: "forward",
      }),
    ]);
    expect(prose).toContain("passes BACKWARD and BACKWARD_TRANSITIVE");
    expect(prose).toContain("but fails FORWARD");
  });

  it("accepts version 4 against version 3 but finds two transitive violations", () => {
    const history = [version1, version2, version3];
    for (const mode of ["BACKWARD", "FORWARD", "FULL"] as const) {
      expect(checkCompatibility(version4, history, mode).compatible).toBe(true);
    }
    const transitive = checkCompatibility(version4, history, "BACKWARD_TRANSITIVE");
    expect(transitive.compatible).toBe(false);
    expect(transitive.violations).toHaveLength(2);
    expect(transitive.violations.map((violation) => violation.againstVersion)).toEqual([1, 2]);
    expect(
      transitive.violations.every(
        (violation) => violation.field === "conv_rate" && violation.rule === "type-mismatch",
      ),
    ).toBe(true);
    expect(prose).toContain("passes BACKWARD, FORWARD and FULL against $S_3$");
    expect(prose).toContain(`BACKWARD_TRANSITIVE with ${transitive.violations.length} violations`);
  });

  it("reproduces the non-transitivity counterexample with canRead", () => {
    const first: RecordSchema = {
      name: "DriverStats",
      fields: [
        { name: "driver_id", type: "long" },
        { name: "conv_rate", type: "float" },
      ],
    };
    const second: RecordSchema = {
      name: "DriverStats",
      fields: [{ name: "driver_id", type: "long" }],
    };
    const third: RecordSchema = {
      name: "DriverStats",
      fields: [...second.fields, { name: "conv_rate", type: "string", default: "" }],
    };
    expect(canRead(second, first).readable).toBe(true);
    expect(canRead(third, second).readable).toBe(true);
    expect(canRead(third, first).readable).toBe(false);
    expect(canRead(third, first).issues[0]?.rule).toBe("type-mismatch");
  });

  it("widens int to long backward but not forward", () => {
    const narrow: RecordSchema = { name: "Trip", fields: [{ name: "duration_s", type: "int" }] };
    const wide: RecordSchema = { name: "Trip", fields: [{ name: "duration_s", type: "long" }] };
    expect(checkCompatibility(wide, [narrow], "BACKWARD").compatible).toBe(true);
    expect(checkCompatibility(wide, [narrow], "FORWARD").compatible).toBe(false);
    expect(prose).toContain("widening `int` to `long` is BACKWARD");
  });

  it("classifies a removed column as breaking for a table contract though BACKWARD allows it", () => {
    // datacontract-cli's breaking-change rules: field removed -> breaking, field added -> info.
    const tableContract = (schema: RecordSchema): DataContract => ({
      apiVersion: "v3.1.0",
      kind: "DataContract",
      id: "driver-stats",
      version: "1.0.0",
      status: "active",
      schema: [
        {
          name: "driver_stats",
          properties: schema.fields.map((field) => ({
            name: field.name,
            logicalType: field.type === "string" ? "string" : "number",
          })),
        },
      ],
    });
    const removal = classifyContractChanges(tableContract(version2), tableContract(version3));
    expect(removal.breaking).toBe(true);
    expect(removal.changes.map((change) => change.rule)).toEqual(["field_removed"]);
    expect(checkCompatibility(version3, [version2], "BACKWARD").compatible).toBe(true);
    const addition = classifyContractChanges(tableContract(version1), tableContract(version2));
    expect(addition.breaking).toBe(false);
    expect(addition.changes.map((change) => [change.rule, change.severity])).toEqual([
      ["field_added", "info"],
    ]);
    expect(prose).toContain("Deleting a column is therefore breaking for a table contract");
  });

  it("names the upgrade order of each mode", () => {
    // Confluent Schema Registry docs: BACKWARD consumers first, FORWARD producers first.
    expect(upgradeOrder("BACKWARD")).toBe("consumers first");
    expect(upgradeOrder("BACKWARD_TRANSITIVE")).toBe("consumers first");
    expect(upgradeOrder("FORWARD")).toBe("producers first");
    expect(upgradeOrder("FULL")).toBe("either order");
    expect(prose).toContain("upgrade consumers first");
    expect(prose).toContain("upgrade producers first");
  });

  it("computes the mean that the default imputes into the training column", () => {
    // 8000 rows written with version 1 read back with the default 0.0, 4000 rows with mean 0.82.
    const trainingColumn = [
      ...Array.from({ length: 8000 }, () => 0.0),
      ...Array.from({ length: 4000 }, () => 0.82),
    ];
    const servingColumn = Array.from({ length: 4000 }, () => 0.82);
    expectPrinted(passage(text, "so the training column has mean"), mean(trainingColumn), 4);
    expectPrinted(passage(text, "so the training column has mean"), mean(servingColumn), 4);
    // The closed form rho * mu + (1 - rho) * d of the lesson's equation.
    expect(mean(trainingColumn)).toBeCloseTo((1 / 3) * 0.82 + (2 / 3) * 0.0, 12);
  });

  it("shows the identifiers that collide when long is read as double", () => {
    // IEEE 754 binary64 has a 53-bit significand: 2^53 + 1 rounds to 2^53.
    expect(Number(9007199254740993n)).toBe(9007199254740992);
    expect(2 ** 53).toBe(9007199254740992);
    expect(prose).toContain("9007199254740993 and 9007199254740992 both read as 9007199254740992");
    // binary32 has a 24-bit significand: 2^24 + 1 rounds to 2^24.
    expect(Math.fround(2 ** 24 + 1)).toBe(2 ** 24);
  });
});
