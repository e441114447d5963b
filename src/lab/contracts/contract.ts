/**
 * Data contract types shaped like the Open Data Contract Standard (ODCS) v3.1, and a validator.
 *
 * It serves Lesson 4 (data contracts). A contract is the producer's promise about a dataset: its
 * schema (names, logical types, required, unique, primary key), its quality rules (metric +
 * operator + threshold, in rows or percent) and its service levels (e.g. freshness). Only the
 * parts the lab evaluates are typed here; unknown keys are allowed and ignored.
 */

import { LabError } from "../core/errors";

/** ODCS logical types. */
export type LogicalType =
  "string" | "date" | "timestamp" | "time" | "number" | "integer" | "object" | "array" | "boolean";

/** ODCS library quality metrics. */
export type QualityMetric =
  "nullValues" | "missingValues" | "invalidValues" | "duplicateValues" | "rowCount";

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

/** One ODCS comparison operator. */
export type QualityOperator = (typeof qualityOperators)[number];

/** A quality rule (ODCS `quality[]` item of type "library"). */
export interface QualityRule {
  id?: string;
  name?: string;
  description?: string;
  type?: "library";
  metric: QualityMetric;
  mustBe?: number;
  mustNotBe?: number;
  mustBeGreaterThan?: number;
  mustBeGreaterOrEqualTo?: number;
  mustBeLessThan?: number;
  mustBeLessOrEqualTo?: number;
  mustBeBetween?: [number, number];
  mustNotBeBetween?: [number, number];
  /** "rows" (default) compares the count; "percent" compares 100 · count / row count. */
  unit?: "rows" | "percent";
  arguments?: {
    validValues?: (string | number | boolean)[];
    pattern?: string;
    missingValues?: (string | number | null)[];
    /** Columns of a model-level duplicateValues rule. */
    properties?: string[];
  };
  /** Free text; "info", "warning", "warn", "low", "minor", "trivial" only warn (datacontract-cli). */
  severity?: string;
  dimension?: string;
}

/** Options of a logical type (ODCS `logicalTypeOptions`). */
export interface LogicalTypeOptions {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: (string | number)[];
}

/** One column (ODCS `schema[].properties[]`). */
export interface SchemaProperty {
  name: string;
  logicalType?: LogicalType;
  physicalType?: string;
  description?: string;
  required?: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  primaryKeyPosition?: number;
  classification?: string;
  logicalTypeOptions?: LogicalTypeOptions;
  quality?: QualityRule[];
}

/** One table (ODCS `schema[]` object). */
export interface SchemaObject {
  name: string;
  physicalName?: string;
  description?: string;
  properties: SchemaProperty[];
  quality?: QualityRule[];
}

/** A service-level property, e.g. `{ property: "freshness", value: 1, unit: "d", element: "transactions.event_time" }`. */
export interface SlaProperty {
  id?: string;
  property: string;
  value: number | string;
  unit?: string;
  element?: string;
}

/** An ODCS v3.1-shaped data contract. */
export interface DataContract {
  apiVersion: string;
  kind: "DataContract";
  id: string;
  version: string;
  status: string;
  name?: string;
  description?: string;
  schema: SchemaObject[];
  slaProperties?: SlaProperty[];
}

/** One problem found by {@link validateContract}: where (a JSON path) and what. */
export interface ContractIssue {
  path: string;
  message: string;
}

const logicalTypes = new Set([
  "string",
  "date",
  "timestamp",
  "time",
  "number",
  "integer",
  "object",
  "array",
  "boolean",
]);
const metrics = new Set([
  "nullValues",
  "missingValues",
  "invalidValues",
  "duplicateValues",
  "rowCount",
]);

function checkQuality(rules: unknown, path: string, issues: ContractIssue[]): void {
  if (rules === undefined) return;
  if (!Array.isArray(rules)) return void issues.push({ path, message: "must be an array" });
  rules.forEach((rule: Partial<QualityRule>, index) => {
    const at = `${path}[${index}]`;
    if (!metrics.has(rule?.metric as string)) {
      issues.push({
        path: `${at}.metric`,
        message:
          "must be one of nullValues, missingValues, invalidValues, duplicateValues, rowCount",
      });
    }
    const operators = qualityOperators.filter((operator) => rule?.[operator] !== undefined);
    if (operators.length !== 1) {
      issues.push({
        path: at,
        message: `must set exactly one operator (found ${operators.length})`,
      });
    }
    for (const between of ["mustBeBetween", "mustNotBeBetween"] as const) {
      const range = rule?.[between];
      if (
        range !== undefined &&
        (!Array.isArray(range) || range.length !== 2 || !(range[0] <= range[1]))
      ) {
        issues.push({ path: `${at}.${between}`, message: "must be [low, high] with low <= high" });
      }
    }
    if (rule?.unit !== undefined && rule.unit !== "rows" && rule.unit !== "percent") {
      issues.push({ path: `${at}.unit`, message: 'must be "rows" or "percent"' });
    }
  });
}

/**
 * Lists everything wrong with a contract's structure (empty list: valid).
 *
 * @param contract - a value that should be a {@link DataContract}
 * @returns issues with JSON paths, e.g. `{ path: "$.schema[0].properties[2].logicalType", message }`
 * @example
 * validateContract({ kind: "DataContract" }); // [{ path: "$.apiVersion", message: "is required" }, …]
 */
export function validateContract(contract: unknown): ContractIssue[] {
  const issues: ContractIssue[] = [];
  const value = (contract ?? {}) as Partial<DataContract>;
  for (const field of ["version", "apiVersion", "id", "status"] as const) {
    if (typeof value[field] !== "string" || value[field] === "") {
      issues.push({ path: `$.${field}`, message: "is required (non-empty string)" });
    }
  }
  if (typeof value.apiVersion === "string" && !/^v3\.\d+\.\d+$/.test(value.apiVersion)) {
    issues.push({ path: "$.apiVersion", message: 'must be an ODCS v3 version such as "v3.1.0"' });
  }
  if (value.kind !== "DataContract")
    issues.push({ path: "$.kind", message: 'must be "DataContract"' });
  if (!Array.isArray(value.schema)) {
    issues.push({ path: "$.schema", message: "must be an array of schema objects" });
    return issues;
  }
  value.schema.forEach((table, tableIndex) => {
    const at = `$.schema[${tableIndex}]`;
    if (typeof table?.name !== "string" || table.name === "")
      issues.push({ path: `${at}.name`, message: "is required" });
    if (!Array.isArray(table?.properties)) {
      return void issues.push({ path: `${at}.properties`, message: "must be an array" });
    }
    const seen = new Set<string>();
    table.properties.forEach((property, index) => {
      const propertyPath = `${at}.properties[${index}]`;
      if (typeof property?.name !== "string" || property.name === "") {
        issues.push({ path: `${propertyPath}.name`, message: "is required" });
      } else if (seen.has(property.name)) {
        issues.push({ path: `${propertyPath}.name`, message: `duplicates "${property.name}"` });
      } else seen.add(property.name);
      if (property?.logicalType !== undefined && !logicalTypes.has(property.logicalType)) {
        issues.push({
          path: `${propertyPath}.logicalType`,
          message: `is not an ODCS logical type`,
        });
      }
      checkQuality(property?.quality, `${propertyPath}.quality`, issues);
    });
    checkQuality(table.quality, `${at}.quality`, issues);
  });
  (value.slaProperties ?? []).forEach((sla, index) => {
    if (typeof sla?.property !== "string") {
      issues.push({ path: `$.slaProperties[${index}].property`, message: "is required" });
    }
  });
  return issues;
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
