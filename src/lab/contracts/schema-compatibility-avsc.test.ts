// Cross-check of the lab's Avro schema resolution against avsc 5.7 (the reference JavaScript
// implementation), on hand-picked cases and on random reader/writer pairs.
import avsc from "avsc";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AvroPrimitive, AvroType, RecordSchema, SchemaField } from "./avro-schema";
import { canRead, checkCompatibility } from "./schema-compatibility";

/** avsc's verdict: can it build a resolver from the writer's type to the reader's? */
function avscReads(reader: RecordSchema, writer: RecordSchema): boolean {
  const toAvsc = (schema: RecordSchema) =>
    avsc.Type.forSchema({ type: "record", ...schema } as avsc.Schema, { wrapUnions: true });
  try {
    toAvsc(reader).createResolver(toAvsc(writer));
    return true;
  } catch {
    return false;
  }
}

describe("canRead follows avsc on aliases", () => {
  const writer: RecordSchema = {
    name: "Trip",
    fields: [
      { name: "distance", type: "double" },
      { name: "distance_km", type: "double" },
    ],
  };
  const reader: RecordSchema = {
    name: "Trip",
    fields: [{ name: "distance", type: "double", aliases: ["distance_km"] }],
  };

  it("rejects a reader field whose name and alias both exist in the writer as ambiguous", () => {
    expect(avscReads(reader, writer)).toBe(false);
    const result = canRead(reader, writer);
    expect(result.readable).toBe(false);
    expect(result.issues[0]).toMatchObject({ field: "distance", rule: "ambiguous-alias" });
  });

  it("still reads through an alias when only one name matches", () => {
    const renamed: RecordSchema = { name: "Trip", fields: [writer.fields[1]!] };
    expect(avscReads(reader, renamed)).toBe(true);
    expect(canRead(reader, renamed).readable).toBe(true);
  });
});

// Random schemas over a small pool of names, so that readers and writers share fields often.
const primitives: AvroPrimitive[] = [
  "null",
  "boolean",
  "int",
  "long",
  "float",
  "double",
  "bytes",
  "string",
];
const names = ["a", "b", "c", "d"];
const defaultFor = (type: AvroPrimitive) =>
  ({ null: null, boolean: false, int: 0, long: 0, float: 0, double: 0, bytes: "", string: "" })[
    type
  ];

const typeArbitrary: fc.Arbitrary<AvroType> = fc.oneof(
  fc.constantFrom(...primitives),
  fc.uniqueArray(fc.constantFrom(...primitives), { minLength: 1, maxLength: 3 }),
);

const fieldArbitrary = (name: string): fc.Arbitrary<SchemaField> =>
  fc
    .record({
      type: typeArbitrary,
      withDefault: fc.boolean(),
      aliases: fc.subarray(
        names.filter((other) => other !== name),
        { maxLength: 2 },
      ),
    })
    .map(({ type, withDefault, aliases }) => {
      const first = Array.isArray(type) ? type[0]! : type;
      return {
        name,
        type,
        ...(withDefault ? { default: defaultFor(first) } : {}),
        ...(aliases.length > 0 ? { aliases } : {}),
      };
    });

const schemaArbitrary: fc.Arbitrary<RecordSchema> = fc
  .subarray(names, { minLength: 1 })
  .chain((chosen) => fc.tuple(...chosen.map(fieldArbitrary)))
  .map((fields) => ({ name: "R", fields }));

describe("canRead agrees with avsc on random schema pairs", () => {
  it("gives the same verdict for 1,000 random reader/writer pairs", () => {
    fc.assert(
      fc.property(schemaArbitrary, schemaArbitrary, (reader, writer) => {
        expect(canRead(reader, writer).readable).toBe(avscReads(reader, writer));
      }),
      { numRuns: 1000, seed: 20260301 },
    );
  }, 120_000);

  it("registry modes agree too: BACKWARD, FORWARD and FULL against one earlier version", () => {
    fc.assert(
      fc.property(schemaArbitrary, schemaArbitrary, (next, previous) => {
        const backward = avscReads(next, previous);
        const forward = avscReads(previous, next);
        expect({
          backward: checkCompatibility(next, [previous], "BACKWARD").compatible,
          forward: checkCompatibility(next, [previous], "FORWARD").compatible,
          full: checkCompatibility(next, [previous], "FULL").compatible,
        }).toEqual({ backward, forward, full: backward && forward });
      }),
      { numRuns: 500, seed: 20260302 },
    );
  }, 120_000);
});
