/**
 * Schema evolution: Avro schema resolution and Confluent Schema Registry compatibility modes.
 *
 * It serves Lesson 5 (schema evolution without breaking consumers). A reader can decode data
 * written with another schema when (Avro specification, "Schema Resolution"): every reader field
 * either exists in the writer (matched by name or by one of the reader field's aliases) with a
 * readable type, or has a default; a reader field that matches more than one writer field (its name
 * and an alias both present) is ambiguous and rejected, as avsc rejects it; writer fields the
 * reader lacks are skipped. Readable types: equal, or a promotion int → long → float → double,
 * string ↔ bytes; a writer union needs every branch readable, a reader union needs one branch that
 * reads the writer type. Confluent modes: BACKWARD = the new schema reads data written with the
 * previous one (upgrade consumers first); FORWARD = the previous schema reads new data (upgrade
 * producers first); FULL = both (either order); *_TRANSITIVE = against every earlier version, not
 * only the latest; NONE = no check. Supported types: the Avro primitives and unions of them.
 */

import { validateRecordSchema } from "./avro-schema";
import type { AvroPrimitive, AvroType, RecordSchema } from "./avro-schema";
import { LabError } from "../core/errors";

/** Confluent Schema Registry compatibility modes. */
export type CompatibilityMode =
  | "BACKWARD"
  | "BACKWARD_TRANSITIVE"
  | "FORWARD"
  | "FORWARD_TRANSITIVE"
  | "FULL"
  | "FULL_TRANSITIVE"
  | "NONE";

/** Why a reader cannot read a writer's data. */
export interface ReadIssue {
  field: string;
  rule: "missing-default" | "type-mismatch" | "name-mismatch" | "ambiguous-alias";
  message: string;
}

/** A compatibility violation against one earlier version (1-based, oldest first). */
export interface CompatibilityViolation extends ReadIssue {
  againstVersion: number;
  /** "backward": the new schema failed to read old data; "forward": the old schema failed to read new data. */
  direction: "backward" | "forward";
}

const promotions: Record<string, string[]> = {
  int: ["long", "float", "double"],
  long: ["float", "double"],
  float: ["double"],
  string: ["bytes"],
  bytes: ["string"],
};
const modes = new Set([
  "BACKWARD",
  "BACKWARD_TRANSITIVE",
  "FORWARD",
  "FORWARD_TRANSITIVE",
  "FULL",
  "FULL_TRANSITIVE",
  "NONE",
]);

const typeText = (type: AvroType) => (Array.isArray(type) ? `[${type.join(", ")}]` : type);
const primitiveReads = (reader: AvroPrimitive, writer: AvroPrimitive) =>
  reader === writer || (promotions[writer] ?? []).includes(reader);

function typeReads(reader: AvroType, writer: AvroType): boolean {
  const writerBranches = Array.isArray(writer) ? writer : [writer];
  const readerBranches = Array.isArray(reader) ? reader : [reader];
  // Every value the writer can produce must land in some reader branch.
  return writerBranches.every((branch) =>
    readerBranches.some((candidate) => primitiveReads(candidate, branch)),
  );
}

/**
 * Avro schema resolution: can `reader` decode data written with `writer`?
 *
 * @param reader - the schema the consumer decodes with
 * @param writer - the schema the producer encoded with
 * @returns `readable` and the issues (empty when readable)
 * @throws {LabError} when either schema is malformed
 * @example
 * canRead({ name: "U", fields: [{ name: "id", type: "long" }] },
 *         { name: "U", fields: [{ name: "id", type: "int" }] }); // { readable: true, issues: [] }
 */
export function canRead(
  reader: RecordSchema,
  writer: RecordSchema,
): { readable: boolean; issues: ReadIssue[] } {
  validateRecordSchema("canRead", reader);
  validateRecordSchema("canRead", writer);
  const issues: ReadIssue[] = [];
  if (reader.name !== writer.name) {
    issues.push({
      field: "",
      rule: "name-mismatch",
      message: `record name ${reader.name} does not match writer record ${writer.name}`,
    });
  }
  const writerFields = new Map(writer.fields.map((field) => [field.name, field]));
  for (const field of reader.fields) {
    const matches = [field.name, ...(field.aliases ?? [])].filter((name) => writerFields.has(name));
    if (matches.length > 1) {
      // As avsc does: two writer fields could fill this reader field, so neither is chosen.
      issues.push({
        field: field.name,
        rule: "ambiguous-alias",
        message: `reader field "${field.name}" matches several writer fields by name or alias (${matches.join(", ")})`,
      });
      continue;
    }
    const source = matches[0] === undefined ? undefined : writerFields.get(matches[0]);
    if (!source) {
      if (field.default === undefined) {
        issues.push({
          field: field.name,
          rule: "missing-default",
          message: `reader field "${field.name}" is absent from the writer schema and has no default`,
        });
      }
    } else if (!typeReads(field.type, source.type)) {
      issues.push({
        field: field.name,
        rule: "type-mismatch",
        message: `reader field "${field.name}" of type ${typeText(field.type)} cannot read writer type ${typeText(source.type)}`,
      });
    }
  }
  return { readable: issues.length === 0, issues };
}

/**
 * Confluent Schema Registry compatibility check of a new schema against the registered ones.
 *
 * @param newSchema - the schema being registered
 * @param previousSchemas - registered versions, oldest first (version 1 = index 0)
 * @param mode - compatibility mode (Confluent's default is "BACKWARD")
 * @returns `compatible` and every violation with the version it was found against
 * @throws {LabError} on an unknown mode or a malformed schema
 * @example
 * checkCompatibility(v3, [v1, v2], "FULL_TRANSITIVE").compatible;
 */
export function checkCompatibility(
  newSchema: RecordSchema,
  previousSchemas: RecordSchema[],
  mode: CompatibilityMode = "BACKWARD",
): { compatible: boolean; violations: CompatibilityViolation[] } {
  if (!modes.has(mode)) throw new LabError(`checkCompatibility does not know mode "${mode}"`);
  if (!Array.isArray(previousSchemas))
    throw new LabError("checkCompatibility requires an array of previous schemas");
  validateRecordSchema("checkCompatibility", newSchema);
  previousSchemas.forEach((schema) => validateRecordSchema("checkCompatibility", schema));
  if (mode === "NONE" || previousSchemas.length === 0) return { compatible: true, violations: [] };
  // Non-transitive modes compare with the latest version only.
  const versions = mode.endsWith("_TRANSITIVE")
    ? previousSchemas.map((_, index) => index)
    : [previousSchemas.length - 1];
  const violations: CompatibilityViolation[] = [];
  for (const index of versions) {
    const previous = previousSchemas[index]!;
    if (!mode.startsWith("FORWARD")) {
      for (const issue of canRead(newSchema, previous).issues)
        violations.push({ ...issue, againstVersion: index + 1, direction: "backward" });
    }
    if (!mode.startsWith("BACKWARD")) {
      for (const issue of canRead(previous, newSchema).issues)
        violations.push({ ...issue, againstVersion: index + 1, direction: "forward" });
    }
  }
  return { compatible: violations.length === 0, violations };
}

/**
 * Which side to upgrade first under a mode (Confluent documentation).
 *
 * @param mode - compatibility mode
 * @returns "consumers first" (BACKWARD), "producers first" (FORWARD), "either order" (FULL),
 *   or "no guarantee" (NONE: coordinate both sides)
 * @throws {LabError} on an unknown mode
 * @example
 * upgradeOrder("BACKWARD_TRANSITIVE"); // "consumers first"
 */
export function upgradeOrder(
  mode: CompatibilityMode,
): "consumers first" | "producers first" | "either order" | "no guarantee" {
  if (!modes.has(mode)) throw new LabError(`upgradeOrder does not know mode "${mode}"`);
  if (mode === "NONE") return "no guarantee";
  if (mode.startsWith("BACKWARD")) return "consumers first";
  return mode.startsWith("FORWARD") ? "producers first" : "either order";
}
