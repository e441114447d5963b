/**
 * Classifies the changes between two versions of a data contract, with datacontract-cli's
 * breaking-change rules (severity error = breaking, warning, info).
 *
 * It serves Lessons 4 and 5 (contract versioning, schema evolution). Removing a field or a table,
 * or changing a field's type, `required`, `unique`, or a constraint's value breaks consumers (a
 * major version); adding a field is informational; adding or removing constraints mostly warns.
 * Rule names and severities follow datacontract-cli's BreakingRules table.
 */

import { canonicalJson } from "../lineage/canonical-json";
import type { DataContract, LogicalTypeOptions, SchemaProperty } from "./contract";
import { LabError } from "../core/errors";

/** datacontract-cli severity: error means breaking. */
export type ChangeSeverity = "error" | "warning" | "info";

/** One classified change. */
export interface ContractChange {
  /** datacontract-cli rule name, e.g. "field_removed", "field_required_updated". */
  rule: string;
  severity: ChangeSeverity;
  breaking: boolean;
  model: string;
  field: string | null;
  from: unknown;
  to: unknown;
  message: string;
}

// [added, removed, updated] severities per field attribute, from datacontract-cli's BreakingRules.
const attributeRules: [
  string,
  (property: SchemaProperty) => unknown,
  ChangeSeverity,
  ChangeSeverity,
  ChangeSeverity,
][] = [
  ["type", (property) => property.logicalType, "warning", "warning", "error"],
  ["required", (property) => property.required ?? false, "error", "error", "error"],
  ["unique", (property) => property.unique ?? false, "error", "error", "error"],
  ["primary_key", (property) => property.primaryKey ?? false, "warning", "warning", "warning"],
  ["description", (property) => property.description, "info", "info", "info"],
  ["classification", (property) => property.classification, "warning", "error", "error"],
];
const optionRules: [
  keyof LogicalTypeOptions,
  string,
  ChangeSeverity,
  ChangeSeverity,
  ChangeSeverity,
][] = [
  ["pattern", "pattern", "warning", "error", "error"],
  ["minLength", "min_length", "warning", "warning", "error"],
  ["maxLength", "max_length", "warning", "warning", "error"],
  ["minimum", "minimum", "warning", "warning", "error"],
  ["exclusiveMinimum", "exclusive_minimum", "warning", "warning", "error"],
  ["maximum", "maximum", "warning", "warning", "error"],
  ["exclusiveMaximum", "exclusive_maximum", "warning", "warning", "error"],
  ["enum", "enum", "warning", "info", "error"],
];

const same = (left: unknown, right: unknown) =>
  left === right ||
  (left !== undefined && right !== undefined && canonicalJson(left) === canonicalJson(right));

/**
 * Lists every change from `previous` to `next`, table by table and field by field.
 *
 * @param previous - the contract currently published
 * @param next - the proposed contract
 * @returns the changes (empty when nothing the rules look at changed) and whether any is breaking
 * @throws {LabError} when either argument has no schema array
 * @example
 * classifyContractChanges(v1, v2).changes.filter((change) => change.breaking);
 */
export function classifyContractChanges(
  previous: DataContract,
  next: DataContract,
): { breaking: boolean; changes: ContractChange[] } {
  if (!Array.isArray(previous?.schema) || !Array.isArray(next?.schema)) {
    throw new LabError("classifyContractChanges requires two contracts with a schema array");
  }
  const changes: ContractChange[] = [];
  const add = (
    rule: string,
    severity: ChangeSeverity,
    model: string,
    field: string | null,
    from: unknown,
    to: unknown,
  ) => {
    const where = field === null ? model : `${model}.${field}`;
    const what =
      from === undefined
        ? `added ${JSON.stringify(to)}`
        : to === undefined
          ? `removed ${JSON.stringify(from)}`
          : `changed from ${JSON.stringify(from)} to ${JSON.stringify(to)}`;
    changes.push({
      rule,
      severity,
      breaking: severity === "error",
      model,
      field,
      from,
      to,
      message: `${severity} [${rule}] at ${where}: ${what}`,
    });
  };
  const nextModels = new Map(next.schema.map((table) => [table.name, table]));
  for (const table of previous.schema) {
    const updated = nextModels.get(table.name);
    if (!updated) {
      add("model_removed", "error", table.name, null, table.name, undefined);
      continue;
    }
    const nextFields = new Map(updated.properties.map((property) => [property.name, property]));
    for (const property of table.properties) {
      const nextProperty = nextFields.get(property.name);
      if (!nextProperty) {
        add("field_removed", "error", table.name, property.name, property.name, undefined);
        continue;
      }
      for (const [name, read, added, removed, changed] of attributeRules) {
        const [from, to] = [read(property), read(nextProperty)];
        if (same(from, to)) continue;
        const [suffix, severity] =
          from === undefined
            ? ["added", added]
            : to === undefined
              ? ["removed", removed]
              : ["updated", changed];
        add(`field_${name}_${suffix}`, severity, table.name, property.name, from, to);
      }
      for (const [option, name, added, removed, changed] of optionRules) {
        const [from, to] = [
          property.logicalTypeOptions?.[option],
          nextProperty.logicalTypeOptions?.[option],
        ];
        if (same(from, to)) continue;
        const [suffix, severity] =
          from === undefined
            ? ["added", added]
            : to === undefined
              ? ["removed", removed]
              : ["updated", changed];
        add(`field_${name}_${suffix}`, severity, table.name, property.name, from, to);
      }
      const rulesBefore = (property.quality ?? []).map((rule) => canonicalJson(rule));
      const rulesAfter = (nextProperty.quality ?? []).map((rule) => canonicalJson(rule));
      for (const rule of rulesAfter.filter((text) => !rulesBefore.includes(text))) {
        add("quality_added", "info", table.name, property.name, undefined, JSON.parse(rule));
      }
      for (const rule of rulesBefore.filter((text) => !rulesAfter.includes(text))) {
        add("quality_removed", "warning", table.name, property.name, JSON.parse(rule), undefined);
      }
    }
    const previousFields = new Set(table.properties.map((property) => property.name));
    for (const property of updated.properties) {
      if (!previousFields.has(property.name))
        add("field_added", "info", table.name, property.name, undefined, property.name);
    }
  }
  const previousModels = new Set(previous.schema.map((table) => table.name));
  for (const table of next.schema) {
    if (!previousModels.has(table.name))
      add("model_added", "info", table.name, null, undefined, table.name);
  }
  return { breaking: changes.some((change) => change.breaking), changes };
}
