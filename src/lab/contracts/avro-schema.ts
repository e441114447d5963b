/**
 * Avro-like record schemas: primitive types, unions of them, defaults and aliases.
 *
 * It serves Lesson 5 (schema evolution). A field is "optional" in Confluent's sense when it has a
 * default; Avro requires the default of a union field to match the union's FIRST branch, which is
 * why optional fields are written ["null", "string"] with default null.
 */

import type { JsonValue } from "../lineage/canonical-json";
import { LabError } from "../core/errors";

/** An Avro primitive type name. */
export type AvroPrimitive =
  "null" | "boolean" | "int" | "long" | "float" | "double" | "bytes" | "string";

/** A primitive, or a union of primitives such as ["null", "string"]. */
export type AvroType = AvroPrimitive | AvroPrimitive[];

/** A record field; it is optional (in Confluent's sense) when it has a default. */
export interface SchemaField {
  name: string;
  type: AvroType;
  default?: JsonValue;
  aliases?: string[];
}

/** An Avro record schema. */
export interface RecordSchema {
  name: string;
  fields: SchemaField[];
}

const primitives = new Set<string>([
  "null",
  "boolean",
  "int",
  "long",
  "float",
  "double",
  "bytes",
  "string",
]);

function defaultMatches(type: AvroPrimitive, value: JsonValue): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "int":
    case "long":
      return Number.isInteger(value);
    case "float":
    case "double":
      return typeof value === "number";
    default:
      return typeof value === "string";
  }
}

/**
 * Checks that a schema is well formed: a name, unique non-empty field names, known types, and
 * defaults matching the type (for a union, its FIRST branch, as Avro requires).
 *
 * @param fnName - caller name for error messages
 * @param schema - the schema to check
 * @throws {LabError} naming the first problem
 * @example
 * validateRecordSchema("checkCompatibility", { name: "User", fields: [{ name: "id", type: "long" }] });
 */
export function validateRecordSchema(fnName: string, schema: RecordSchema): void {
  if (typeof schema?.name !== "string" || schema.name === "" || !Array.isArray(schema.fields)) {
    throw new LabError(`${fnName} requires a record schema with a name and a fields array`);
  }
  const names = new Set<string>();
  for (const field of schema.fields) {
    if (typeof field?.name !== "string" || field.name === "" || names.has(field.name)) {
      throw new LabError(`${fnName} requires unique non-empty field names in ${schema.name}`);
    }
    names.add(field.name);
    const branches = Array.isArray(field.type) ? field.type : [field.type];
    if (branches.length === 0 || branches.some((branch) => !primitives.has(branch))) {
      throw new LabError(
        `${fnName} found an unsupported type in field "${field.name}" of ${schema.name}`,
      );
    }
    if (field.default !== undefined && !defaultMatches(branches[0]!, field.default)) {
      throw new LabError(
        `${fnName} found a default of field "${field.name}" that does not match its type ${branches[0]}`,
      );
    }
  }
}
