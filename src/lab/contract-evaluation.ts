/**
 * Evaluates a data contract on a batch of rows and decides what to do with the batch.
 *
 * Lesson concept: data contracts at the pipeline boundary. Metrics follow datacontract-cli:
 * null count counts null or absent values; missing count adds the listed missing values; invalid
 * count counts non-null values breaking a validity rule; duplicate count is the number of
 * distinct values (nulls grouped together, as SQL GROUP BY does) occurring more than once;
 * percent is round(100 · count / rows, 6) (0 for an empty batch); freshness passes when
 * now − max(timestamp) < threshold, strictly. A check on a column that is absent fails with
 * "column not found". The action: any failed critical check blocks the batch, any failed error
 * quarantines it (its failing rows are listed), any failed warning only warns.
 */

import { buildContractChecks } from "./contract-checks";
import type { CheckMetric, CheckSeverity, ContractCheck } from "./contract-checks";
import type { DataContract, QualityOperator } from "./contract";
import { compareWithOperator, measureCheck } from "./contract-metrics";
import type { ContractRow } from "./contract-metrics";
import { LabError } from "./errors";

export type { ContractRow } from "./contract-metrics";

/** The outcome of one check. */
export interface ContractRuleResult {
  ruleId: string;
  property: string | null;
  metric: CheckMetric;
  /** Count, percent, seconds or presence flag (1/0); null when it could not be measured. */
  observed: number | null;
  operator: QualityOperator;
  threshold: number | [number, number];
  unit: ContractCheck["unit"];
  passed: boolean;
  severity: CheckSeverity;
  message: string;
  /** Rows that made a row-level check fail (empty when it passed). */
  failingRowIndexes: number[];
}

/** What to do with the batch. */
export type ContractAction = "pass" | "warn" | "quarantine" | "block";

/** The whole evaluation. */
export interface ContractEvaluation {
  action: ContractAction;
  results: ContractRuleResult[];
  passedCount: number;
  failedCount: number;
  /** Rows failing any failed check of severity error or critical, ascending. */
  quarantinedRowIndexes: number[];
}

/**
 * Evaluates every check of a contract's table on a batch of rows.
 *
 * Lesson concept: data contracts.
 *
 * @param contract - the data contract
 * @param rows - the batch
 * @param options - `now` (seconds; required when the contract has a freshness SLA) and
 *   `schemaName` (default: the first table)
 * @returns per-check results, counts, the action and the rows to quarantine
 * @throws {LabError} when rows is not an array, `now` is missing for freshness, or the contract
 *   cannot be turned into checks
 * @example
 * evaluateContract(contract, rows, { now: 1_700_000_000 }).action; // "quarantine"
 */
export function evaluateContract(
  contract: DataContract,
  rows: ContractRow[],
  options: { now?: number; schemaName?: string } = {},
): ContractEvaluation {
  if (!Array.isArray(rows)) throw new LabError("evaluateContract requires an array of rows");
  const columns = new Set(rows.flatMap((row) => Object.keys(row ?? {})));
  // With no rows there is no evidence of a missing column; the row-count rule covers that case.
  const present = (column: string | null) =>
    column === null || rows.length === 0 || columns.has(column);
  const results = buildContractChecks(contract, options.schemaName).map(
    (check): ContractRuleResult => {
      const common = {
        ruleId: check.ruleId,
        property: check.property,
        metric: check.metric,
        operator: check.operator,
        threshold: check.threshold,
        unit: check.unit,
        severity: check.severity,
      };
      const missingColumns = (check.columns ?? [check.property]).filter(
        (column) => !present(column),
      );
      if (missingColumns.length > 0) {
        const observed = check.metric === "presence" ? 0 : null;
        return {
          ...common,
          observed,
          passed: false,
          message: `column "${missingColumns[0]}" not found`,
          failingRowIndexes: [],
        };
      }
      const { observed: measured, failing, note } = measureCheck(check, rows, options.now);
      let observed = measured ?? (note ? null : failing.length);
      if (observed !== null && check.unit === "percent") {
        observed = rows.length === 0 ? 0 : Math.round((observed / rows.length) * 100 * 1e6) / 1e6;
      }
      const passed =
        observed !== null && compareWithOperator(check.operator, observed, check.threshold);
      const bound = Array.isArray(check.threshold)
        ? check.threshold.join(" and ")
        : String(check.threshold);
      const message =
        note ??
        `${check.metric}(${check.property ?? "table"}) was ${observed}${check.unit === "percent" ? "%" : ""}, expected ${check.operator} ${bound}`;
      return { ...common, observed, passed, message, failingRowIndexes: passed ? [] : failing };
    },
  );
  const failed = results.filter((result) => !result.passed);
  const severities = new Set(failed.map((result) => result.severity));
  const action: ContractAction = severities.has("critical")
    ? "block"
    : severities.has("error")
      ? "quarantine"
      : severities.has("warning")
        ? "warn"
        : "pass";
  const quarantined = new Set(
    failed
      .filter((result) => result.severity !== "warning")
      .flatMap((result) => result.failingRowIndexes),
  );
  return {
    action,
    results,
    passedCount: results.length - failed.length,
    failedCount: failed.length,
    quarantinedRowIndexes: [...quarantined].sort((a, b) => a - b),
  };
}
