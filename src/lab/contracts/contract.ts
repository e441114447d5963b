/**
 * Data contracts shaped like the Open Data Contract Standard (ODCS) v3.1: one zod schema from
 * which both the contract's TypeScript type and its validator come.
 *
 * It serves Lesson 4 (data contracts). A contract is the producer's promise about a dataset: its
 * schema (names, logical types, required, unique, primary key), its quality rules (metric +
 * operator + threshold, in rows or percent) and its service levels (e.g. freshness). Only the
 * parts the lab evaluates are described; unknown keys are allowed and ignored. Every rule carries
 * its own message (zod/mini has no message texts), and checks that span several fields (one
 * operator per rule, unique column names) run even when a field inside is wrong, so one pass
 * lists every problem.
 */

import * as z from "zod/mini";
import { LabError } from "../core/errors";

/**
 * ODCS comparison operators, in the order datacontract-cli reads them (the first one set wins).
 *
 * @example
 * qualityOperators.includes("mustBeBetween"); // true
 */
export const qualityOperators = [
  "mustBe",
  "mustNotBe",
  "mustBeGreaterThan",
  "mustBeGreaterOrEqualTo",
  "mustBeLessThan",
  "mustBeLessOrEqualTo",
  "mustBeBetween",
  "mustNotBeBetween",
] as const;

const logicalTypes = [
  "string",
  "date",
  "timestamp",
  "time",
  "number",
  "integer",
  "object",
  "array",
  "boolean",
] as const;
const qualityMetrics = [
  "nullValues",
  "missingValues",
  "invalidValues",
  "duplicateValues",
  "rowCount",
] as const;

// The building blocks, each with the message a reader of the contract sees.
const required = (message = "is required") =>
  z.string({ error: message }).check(z.minLength(1, message));
const text = () => z.optional(z.string({ error: "must be a string" }));
const count = () => z.optional(z.number({ error: "must be a number" }));
const arrayOf = <T extends z.core.SomeType>(item: T, message = "must be an array") =>
  z.array(item, { error: message });
const range = z.custom<[number, number]>(
  (value) =>
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "number" &&
    typeof value[1] === "number" &&
    value[0] <= value[1],
  // abort: false keeps the cross-field checks running after a bad range (z.custom aborts).
  { error: "must be [low, high] with low <= high", abort: false },
);
const scalar = z.union([z.string(), z.number(), z.boolean()], {
  error: "must be strings, numbers or booleans",
});
const missingMarker = z.union([z.string(), z.number(), z.null()], {
  error: "must be strings, numbers or null",
});
// Checks that look across fields run whatever else is wrong (`when`), on values that may not
// have the expected shape: they read them defensively.
const always = { when: () => true };

/** A quality rule (ODCS `quality[]` item of type "library"). */
const qualityRuleSchema = z
  .object({
    id: text(),
    name: text(),
    description: text(),
    type: z.optional(z.literal("library", { error: 'must be "library"' })),
    metric: z.enum(qualityMetrics, {
      error: `must be one of ${qualityMetrics.join(", ")}`,
    }),
    mustBe: count(),
    mustNotBe: count(),
    mustBeGreaterThan: count(),
    mustBeGreaterOrEqualTo: count(),
    mustBeLessThan: count(),
    mustBeLessOrEqualTo: count(),
    mustBeBetween: z.optional(range),
    mustNotBeBetween: z.optional(range),
    /** "rows" (default) compares the count; "percent" compares 100 · count / row count. */
    unit: z.optional(z.enum(["rows", "percent"], { error: 'must be "rows" or "percent"' })),
    arguments: z.optional(
      z.object(
        {
          validValues: z.optional(arrayOf(scalar)),
          pattern: text(),
          missingValues: z.optional(arrayOf(missingMarker)),
          /** Columns of a model-level duplicateValues rule. */
          properties: z.optional(arrayOf(z.string({ error: "must be a column name" }))),
        },
        { error: "must be an object" },
      ),
    ),
    /** Free text; "info", "warning", "warn", "low", "minor", "trivial" only warn (datacontract-cli). */
    severity: text(),
    dimension: text(),
  })
  .check(
    z.superRefine((rule, context) => {
      const set = qualityOperators.filter(
        (operator) => (rule as Record<string, unknown>)[operator] !== undefined,
      );
      if (set.length !== 1) {
        context.addIssue({
          code: "custom",
          message: `must set exactly one operator (found ${set.length})`,
          input: rule,
        });
      }
    }, always),
  );

/** Options of a logical type (ODCS `logicalTypeOptions`). */
const logicalTypeOptionsSchema = z.object(
  {
    minimum: count(),
    maximum: count(),
    exclusiveMinimum: count(),
    exclusiveMaximum: count(),
    minLength: count(),
    maxLength: count(),
    pattern: text(),
    enum: z.optional(
      arrayOf(z.union([z.string(), z.number()], { error: "must be strings or numbers" })),
    ),
  },
  { error: "must be an object" },
);

/** One column (ODCS `schema[].properties[]`). */
const schemaPropertySchema = z.object(
  {
    name: required(),
    logicalType: z.optional(z.enum(logicalTypes, { error: "is not an ODCS logical type" })),
    physicalType: text(),
    description: text(),
    required: z.optional(z.boolean({ error: "must be true or false" })),
    unique: z.optional(z.boolean({ error: "must be true or false" })),
    primaryKey: z.optional(z.boolean({ error: "must be true or false" })),
    primaryKeyPosition: count(),
    classification: text(),
    logicalTypeOptions: z.optional(logicalTypeOptionsSchema),
    quality: z.optional(arrayOf(qualityRuleSchema)),
  },
  { error: "must be an object" },
);

/** One table (ODCS `schema[]` object): its columns have distinct names. */
const schemaObjectSchema = z
  .object(
    {
      name: required(),
      physicalName: text(),
      description: text(),
      properties: arrayOf(schemaPropertySchema),
      quality: z.optional(arrayOf(qualityRuleSchema)),
    },
    { error: "must be an object" },
  )
  .check(
    z.superRefine((table, context) => {
      const properties: unknown = (table as { properties?: unknown } | undefined)?.properties;
      if (!Array.isArray(properties)) return;
      const seen = new Set<string>();
      properties.forEach((property: unknown, index) => {
        const name = (property as { name?: unknown } | null)?.name;
        if (typeof name !== "string" || name === "") return;
        if (seen.has(name)) {
          context.addIssue({
            code: "custom",
            message: `duplicates "${name}"`,
            path: ["properties", index, "name"],
            input: name,
          });
        } else seen.add(name);
      });
    }, always),
  );

/** A service-level property, e.g. `{ property: "freshness", value: 1, unit: "d", element: "transactions.event_time" }`. */
const slaPropertySchema = z.object(
  {
    id: text(),
    property: z.string({ error: "is required" }),
    value: z.union([z.number(), z.string()], { error: "is required (a number or a string)" }),
    unit: text(),
    element: text(),
  },
  { error: "must be an object" },
);

/** An ODCS v3.1-shaped data contract: the schema the type and the validator come from. */
export const dataContractSchema = z.object(
  {
    version: required("is required (non-empty string)"),
    apiVersion: required("is required (non-empty string)").check(
      z.regex(/^v3\.\d+\.\d+$/, 'must be an ODCS v3 version such as "v3.1.0"'),
    ),
    id: required("is required (non-empty string)"),
    status: required("is required (non-empty string)"),
    kind: z.literal("DataContract", { error: 'must be "DataContract"' }),
    name: text(),
    description: text(),
    schema: arrayOf(schemaObjectSchema, "must be an array of schema objects"),
    slaProperties: z.optional(arrayOf(slaPropertySchema)),
  },
  { error: "must be an object" },
);

/** ODCS logical types. */
export type LogicalType = (typeof logicalTypes)[number];
/** ODCS library quality metrics. */
export type QualityMetric = (typeof qualityMetrics)[number];
/** One ODCS comparison operator. */
export type QualityOperator = (typeof qualityOperators)[number];
/** A quality rule (ODCS `quality[]` item of type "library"). */
export type QualityRule = z.infer<typeof qualityRuleSchema>;
/** Options of a logical type (ODCS `logicalTypeOptions`). */
export type LogicalTypeOptions = z.infer<typeof logicalTypeOptionsSchema>;
/** One column (ODCS `schema[].properties[]`). */
export type SchemaProperty = z.infer<typeof schemaPropertySchema>;
/** One table (ODCS `schema[]` object). */
export type SchemaObject = z.infer<typeof schemaObjectSchema>;
/** A service-level property (ODCS `slaProperties[]`). */
export type SlaProperty = z.infer<typeof slaPropertySchema>;
/** An ODCS v3.1-shaped data contract. */
export type DataContract = z.infer<typeof dataContractSchema>;

/** One problem found by {@link validateContract}: where (a JSON path) and what. */
export interface ContractIssue {
  path: string;
  message: string;
}

/** A zod issue path as a JSON path: `["schema", 0, "name"]` → `$.schema[0].name`. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => (typeof key === "number" ? `${at}[${key}]` : `${at}.${String(key)}`),
    "$",
  );
}

/**
 * Lists everything wrong with a contract's structure (empty list: valid).
 *
 * @param contract - a value that should be a {@link DataContract}
 * @returns issues with JSON paths, e.g. `{ path: "$.schema[0].properties[2].logicalType", message }`
 * @example
 * validateContract({ kind: "DataContract" }); // [{ path: "$.version", message: "is required (non-empty string)" }, …]
 */
export function validateContract(contract: unknown): ContractIssue[] {
  // A missing contract reads as an empty one: every required field is then named.
  const result = dataContractSchema.safeParse(contract ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: jsonPath(issue.path),
    message: issue.message,
  }));
}

/**
 * Returns the contract typed as {@link DataContract}, or throws listing every issue.
 *
 * @param contract - a parsed YAML or JSON value
 * @returns the same value, typed
 * @throws {LabError} `parseContract found 2 issues: $.id is required …; $.kind must be …`
 * @example
 * const contract = parseContract(JSON.parse(text));
 */
export function parseContract(contract: unknown): DataContract {
  const issues = validateContract(contract);
  if (issues.length > 0) {
    const list = issues.map((issue) => `${issue.path} ${issue.message}`).join("; ");
    throw new LabError(
      `parseContract found ${issues.length} issue${issues.length === 1 ? "" : "s"}: ${list}`,
    );
  }
  return contract as DataContract;
}
