/**
 * Turns a data contract into the list of checks datacontract-cli would run on one table.
 *
 * Data contracts are executable (Lesson 4). Each promise becomes a check: a property is
 * present and has its logical type; `required` means null count = 0; `unique` means duplicate
 * count = 0; a primary key is both (a composite key is unique as a tuple); logical-type options
 * (minimum, maximum, length, pattern, enum) mean invalid count = 0; quality rules compare a
 * metric with their operator; the freshness SLA bounds the age of the newest timestamp.
 */

import type {
  DataContract,
  LogicalType,
  QualityOperator,
  QualityRule,
  SchemaObject,
} from "./contract";
import { qualityOperators } from "./contract";
import { LabError } from "../core/errors";

/** What a check measures. */
export type CheckMetric =
  | "presence"
  | "type"
  | "nullValues"
  | "missingValues"
  | "invalidValues"
  | "duplicateValues"
  | "rowCount"
  | "freshness";

/**
 * How bad a failure is: `critical` (the batch cannot be read: missing column, wrong type),
 * `error` (bad rows: datacontract-cli fails the run), `warning` (reported, not failing).
 */
export type CheckSeverity = "critical" | "error" | "warning";

/** What makes a value valid for an invalidValues check. */
export interface Validity {
  validValues?: (string | number | boolean)[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** One executable check. */
export interface ContractCheck {
  ruleId: string;
  category: "schema" | "quality" | "servicelevel";
  /** Column checked, or null for table-level checks. */
  property: string | null;
  metric: CheckMetric;
  operator: QualityOperator;
  threshold: number | [number, number];
  unit: "rows" | "percent" | "seconds" | "flag";
  severity: CheckSeverity;
  logicalType?: LogicalType;
  missingValues?: (string | number)[];
  validity?: Validity;
  /** Columns of a duplicate check (one column, or a composite key). */
  columns?: string[];
}

const warningSeverities = new Set(["info", "warning", "warn", "low", "minor", "trivial"]);
const criticalSeverities = new Set(["critical", "blocker", "fatal"]);

/**
 * Maps ODCS free-text severity to a {@link CheckSeverity}: datacontract-cli's warning words
 * (info, warning, warn, low, minor, trivial) warn; critical, blocker and fatal block; anything
 * else, including no severity, is an error.
 *
 * @param severity - ODCS `severity` text
 * @returns the normalised severity
 * @example
 * normalizeSeverity("Minor"); // "warning"
 */
export function normalizeSeverity(severity: string | undefined): CheckSeverity {
  const text = (severity ?? "").trim().toLowerCase();
  if (warningSeverities.has(text)) return "warning";
  return criticalSeverities.has(text) ? "critical" : "error";
}

function thresholdOf(rule: QualityRule): {
  operator: QualityOperator;
  threshold: number | [number, number];
} {
  for (const operator of qualityOperators) {
    const threshold = rule[operator];
    if (threshold !== undefined) return { operator, threshold };
  }
  throw new LabError(`buildContractChecks requires an operator on the ${rule.metric} rule`);
}

function qualityChecks(
  table: string,
  property: string | null,
  rules: QualityRule[],
): ContractCheck[] {
  return rules.map((rule, index) => {
    const { operator, threshold } = thresholdOf(rule);
    const isBadRowMetric = ["nullValues", "missingValues", "invalidValues"].includes(rule.metric);
    // datacontract-cli compares a percent only for bad-row metrics; otherwise the count.
    const unit = rule.unit === "percent" && isBadRowMetric ? "percent" : "rows";
    const check: ContractCheck = {
      ruleId: rule.id ?? `${table}__${property ?? "model"}__quality_${rule.metric}_${index}`,
      category: "quality",
      property,
      metric: rule.metric,
      operator,
      threshold,
      unit,
      severity: normalizeSeverity(rule.severity),
    };
    if (rule.metric === "missingValues") {
      check.missingValues = (rule.arguments?.missingValues ?? []).filter((value) => value !== null);
    }
    if (rule.metric === "invalidValues") {
      const { validValues, pattern } = rule.arguments ?? {};
      if (validValues === undefined && pattern === undefined) {
        throw new LabError(
          `buildContractChecks requires validValues or pattern on invalidValues of ${property}`,
        );
      }
      check.validity = { validValues, pattern };
    }
    if (rule.metric === "duplicateValues") {
      check.columns = property === null ? (rule.arguments?.properties ?? []) : [property];
      if (check.columns.length === 0) {
        throw new LabError(
          "buildContractChecks requires arguments.properties on a table-level duplicateValues rule",
        );
      }
    }
    if (property === null && isBadRowMetric) {
      throw new LabError(`buildContractChecks requires ${rule.metric} rules at property level`);
    }
    return check;
  });
}

const secondsPerUnit: Record<string, number> = {
  d: 86_400,
  day: 86_400,
  days: 86_400,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  minute: 60,
  minutes: 60,
};

/**
 * Builds the checks for one table of a contract, in datacontract-cli's order: per property
 * presence, type, required, unique, primary key, logical-type options, quality rules; then the
 * composite primary key, table quality rules, and the freshness SLA (`element` "table.column";
 * units d, h, m and their long forms; the value is truncated to an integer as the CLI does).
 *
 * @param contract - the data contract
 * @param schemaName - which table (default: the first schema object)
 * @returns the checks
 * @throws {LabError} when the table is unknown, a rule has no operator, or a freshness unit is
 *   not supported
 * @example
 * buildContractChecks(contract).map((check) => check.ruleId);
 */
export function buildContractChecks(contract: DataContract, schemaName?: string): ContractCheck[] {
  const table: SchemaObject | undefined =
    schemaName === undefined
      ? contract.schema[0]
      : contract.schema.find((item) => item.name === schemaName);
  if (!table)
    throw new LabError(`buildContractChecks found no schema object "${schemaName ?? ""}"`);
  const model = table.name;
  const checks: ContractCheck[] = [];
  const base = (property: string, type: string) => `${model}__${property}__${type}`;
  const rowsCheck = (
    property: string,
    type: string,
    metric: CheckMetric,
    severity: CheckSeverity,
  ) =>
    ({
      ruleId: base(property, type),
      category: "schema",
      property,
      metric,
      operator: "mustBe",
      threshold: 0,
      unit: "rows",
      severity,
    }) as ContractCheck;
  const keys = table.properties.filter((property) => property.primaryKey);
  for (const property of table.properties) {
    const name = property.name;
    checks.push({
      ...rowsCheck(name, "field_is_present", "presence", "critical"),
      threshold: 1,
      unit: "flag",
    });
    if (property.logicalType) {
      checks.push({
        ...rowsCheck(name, "field_type", "type", "critical"),
        logicalType: property.logicalType,
      });
    }
    if (property.required) checks.push(rowsCheck(name, "field_required", "nullValues", "error"));
    if (property.unique)
      checks.push({
        ...rowsCheck(name, "field_unique", "duplicateValues", "error"),
        columns: [name],
      });
    if (property.primaryKey && !property.required) {
      checks.push(rowsCheck(name, "field_primary_key_required", "nullValues", "error"));
    }
    if (property.primaryKey && keys.length === 1 && !property.unique) {
      checks.push({
        ...rowsCheck(name, "field_primary_key_unique", "duplicateValues", "error"),
        columns: [name],
      });
    }
    const options = property.logicalTypeOptions ?? {};
    const optionChecks: [keyof typeof options, string][] = [
      ["minLength", "field_min_length"],
      ["maxLength", "field_max_length"],
      ["minimum", "field_minimum"],
      ["maximum", "field_maximum"],
      ["exclusiveMinimum", "field_exclusive_minimum"],
      ["exclusiveMaximum", "field_exclusive_maximum"],
      ["pattern", "field_regex"],
      ["enum", "field_enum"],
    ];
    for (const [option, type] of optionChecks) {
      const value = options[option];
      if (value === undefined) continue;
      const validity: Validity =
        option === "enum" ? { validValues: value as (string | number)[] } : { [option]: value };
      checks.push({ ...rowsCheck(name, type, "invalidValues", "error"), validity });
    }
    checks.push(...qualityChecks(model, name, property.quality ?? []));
  }
  if (keys.length > 1) {
    const columns = [...keys]
      .sort((a, b) => (a.primaryKeyPosition ?? 0) - (b.primaryKeyPosition ?? 0))
      .map((key) => key.name);
    checks.push({
      ...rowsCheck("model", "primary_key_unique", "duplicateValues", "error"),
      ruleId: `${model}__primary_key_unique`,
      property: null,
      columns,
    });
  }
  checks.push(...qualityChecks(model, null, table.quality ?? []));
  for (const sla of contract.slaProperties ?? []) {
    const [slaModel, field, extra] = (sla.element ?? "").split(".");
    if (sla.property !== "freshness" || slaModel !== model || !field || extra !== undefined)
      continue;
    const perUnit = secondsPerUnit[(sla.unit ?? "d").toLowerCase()];
    if (perUnit === undefined)
      throw new LabError(`buildContractChecks does not support freshness unit "${sla.unit}"`);
    checks.push({
      ruleId: sla.id ?? "servicelevel_freshness",
      category: "servicelevel",
      property: field,
      metric: "freshness",
      operator: "mustBeLessThan",
      threshold: Math.trunc(Number(sla.value)) * perUnit,
      unit: "seconds",
      severity: "error",
    });
  }
  return checks;
}
