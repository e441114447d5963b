import { describe, expect, it } from "vitest";
import { validateRecordSchema } from "./avro-schema";
import type { RecordSchema, SchemaField } from "./avro-schema";
import { canRead, checkCompatibility, upgradeOrder } from "./schema-compatibility";
import type { CompatibilityMode } from "./schema-compatibility";

const user = (...fields: SchemaField[]): RecordSchema => ({ name: "User", fields });
const id: SchemaField = { name: "id", type: "long" };
const name: SchemaField = { name: "name", type: "string" };
const v1 = user(id, name);
const modes: CompatibilityMode[] = ["BACKWARD", "FORWARD", "FULL", "NONE"];
const verdicts = (next: RecordSchema, previous: RecordSchema[]) =>
  Object.fromEntries(
    modes.map((mode) => [mode, checkCompatibility(next, previous, mode).compatible]),
  );

// Confluent Schema Registry semantics (docs, "Schema Evolution and Compatibility"): BACKWARD may delete fields and add
// optional fields; FORWARD may add fields and delete optional fields; FULL only optional changes.
describe("checkCompatibility (Confluent semantics)", () => {
  it("adding an optional field (with a default) is FULL compatible", () => {
    const next = user(id, name, { name: "email", type: ["null", "string"], default: null });
    expect(verdicts(next, [v1])).toEqual({ BACKWARD: true, FORWARD: true, FULL: true, NONE: true });
  });

  it("adding a required field breaks BACKWARD only (the new reader has no default)", () => {
    const next = user(id, name, { name: "age", type: "int" });
    expect(verdicts(next, [v1])).toEqual({
      BACKWARD: false,
      FORWARD: true,
      FULL: false,
      NONE: true,
    });
    expect(checkCompatibility(next, [v1]).violations).toEqual([
      {
        againstVersion: 1,
        direction: "backward",
        field: "age",
        rule: "missing-default",
        message: 'reader field "age" is absent from the writer schema and has no default',
      },
    ]);
  });

  it("deleting a required field breaks FORWARD only (the old reader has no default)", () => {
    expect(verdicts(user(id), [v1])).toEqual({
      BACKWARD: true,
      FORWARD: false,
      FULL: false,
      NONE: true,
    });
  });

  it("deleting an optional field is FULL compatible", () => {
    const withDefault = user(id, { ...name, default: "" });
    expect(verdicts(user(id), [withDefault])).toEqual({
      BACKWARD: true,
      FORWARD: true,
      FULL: true,
      NONE: true,
    });
  });

  it("promoting int to long is BACKWARD but not FORWARD", () => {
    const old = user({ name: "id", type: "int" });
    expect(verdicts(user(id), [old])).toEqual({
      BACKWARD: true,
      FORWARD: false,
      FULL: false,
      NONE: true,
    });
    expect(checkCompatibility(user(id), [old], "FORWARD").violations[0]?.message).toBe(
      'reader field "id" of type int cannot read writer type long',
    );
  });

  it("non-transitive modes check the latest version only; transitive modes check all", () => {
    const first = user(id, { name: "x", type: "string" });
    const second = user(id);
    const third = user(id, { name: "x", type: "int", default: 0 });
    expect(checkCompatibility(third, [first, second], "BACKWARD").compatible).toBe(true);
    const transitive = checkCompatibility(third, [first, second], "BACKWARD_TRANSITIVE");
    expect(transitive.compatible).toBe(false);
    expect(
      transitive.violations.map((violation) => [violation.againstVersion, violation.rule]),
    ).toEqual([[1, "type-mismatch"]]);
    // FULL_TRANSITIVE also checks that version 1 reads the new data: x is still int vs string.
    expect(
      checkCompatibility(third, [first, second], "FULL_TRANSITIVE").violations.map((violation) => [
        violation.againstVersion,
        violation.direction,
      ]),
    ).toEqual([
      [1, "backward"],
      [1, "forward"],
    ]);
  });

  it("the first version, and NONE, are always compatible", () => {
    expect(checkCompatibility(v1, [], "FULL_TRANSITIVE")).toEqual({
      compatible: true,
      violations: [],
    });
    expect(checkCompatibility(user(), [v1], "NONE").compatible).toBe(true);
  });

  it("rejects unknown modes and malformed schemas", () => {
    expect(() => checkCompatibility(v1, [], "STRICT" as CompatibilityMode)).toThrow(
      'checkCompatibility does not know mode "STRICT"',
    );
    expect(() => checkCompatibility(user(id, id), [])).toThrow(
      "checkCompatibility requires unique non-empty field names in User",
    );
  });
});

describe("canRead (Avro schema resolution)", () => {
  it("applies the Avro promotions and string/bytes interchange", () => {
    const read = (readerType: SchemaField["type"], writerType: SchemaField["type"]) =>
      canRead(user({ name: "f", type: readerType }), user({ name: "f", type: writerType }))
        .readable;
    expect(read("long", "int")).toBe(true);
    expect(read("double", "int")).toBe(true);
    expect(read("double", "float")).toBe(true);
    expect(read("float", "double")).toBe(false);
    expect(read("int", "long")).toBe(false);
    expect(read("bytes", "string")).toBe(true);
    expect(read("string", "bytes")).toBe(true);
    expect(read("boolean", "int")).toBe(false);
  });

  it("resolves unions: every writer branch must be readable", () => {
    const read = (readerType: SchemaField["type"], writerType: SchemaField["type"]) =>
      canRead(user({ name: "f", type: readerType }), user({ name: "f", type: writerType }))
        .readable;
    expect(read(["null", "string"], "string")).toBe(true);
    expect(read("string", ["null", "string"])).toBe(false);
    expect(read(["null", "long"], ["null", "int"])).toBe(true);
  });

  it("matches a renamed field through the reader's aliases (reader side only)", () => {
    const renamed = user(id, { name: "fullName", type: "string", aliases: ["name"] });
    expect(canRead(renamed, v1).readable).toBe(true);
    expect(canRead(v1, renamed).issues.map((issue) => issue.rule)).toEqual(["missing-default"]);
  });

  it("requires matching record names", () => {
    expect(canRead({ name: "Customer", fields: [id] }, user(id)).issues[0]?.rule).toBe(
      "name-mismatch",
    );
  });
});

describe("validateRecordSchema", () => {
  it("requires a default to match the first branch of a union (Avro)", () => {
    expect(() =>
      validateRecordSchema(
        "canRead",
        user({ name: "email", type: ["null", "string"], default: "x" }),
      ),
    ).toThrow('canRead found a default of field "email" that does not match its type null');
    expect(() =>
      validateRecordSchema("canRead", user({ name: "n", type: "decimal" as "int" })),
    ).toThrow('canRead found an unsupported type in field "n" of User');
  });
});

describe("upgradeOrder", () => {
  it("BACKWARD: consumers first; FORWARD: producers first; FULL: either order", () => {
    expect(upgradeOrder("BACKWARD")).toBe("consumers first");
    expect(upgradeOrder("BACKWARD_TRANSITIVE")).toBe("consumers first");
    expect(upgradeOrder("FORWARD_TRANSITIVE")).toBe("producers first");
    expect(upgradeOrder("FULL")).toBe("either order");
    expect(upgradeOrder("NONE")).toBe("no guarantee");
  });
});
