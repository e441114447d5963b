/**
 * Evaluates a data contract on a batch of rows and decides what to do with the batch.
 *
 * It serves Lesson 4 (data contracts at the pipeline boundary). Metrics follow datacontract-cli:
 * null count counts null or absent values; missing count adds the listed missing values; invalid
 * count counts non-null values breaking a validity rule; duplicate count is the number of
 * distinct values (nulls grouped together, as SQL GROUP BY does) occurring more than once;
 * percent is round(100 · count / rows, 6) (0 for an empty batch); freshness passes when
 * now − max(timestamp) < threshold, strictly. A check on a column that is absent fails with
 * "column not found". The action is the most drastic one over the failed checks, ordered
 * pass < warn < quarantine < hold < block: a failed warning warns; a failed error quarantines the
 * rows behind it when the check is row-level (nulls, missing, invalid, duplicates), and holds the
 * whole batch when it is batch-level (row count, freshness), because no row can be set aside to
 * repair a short or stale batch; a failed critical check (a missing column, a wrong type) blocks.
 * Under hold or block nothing of the batch is published and consumers keep the last good
 * version; a held batch is evaluated again when it is complete or fresh, a blocked one needs a fix.
 */

import { buildContractChecks } from "./contract-checks";
import type { CheckMetric, CheckSeverity, ContractCheck } from "./contract-checks";
import type { DataContract, QualityOperator } from "./contract";
import { compareWithOperator, measureCheck } from "./contract-metrics";
import type { ContractRow } from "./contract-metrics";
import { LabError } from "../core/errors";

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

/**
 * What to do with the batch: publish it (pass, warn), publish the rows that do not fail
 * (quarantine), publish nothing for now and evaluate again later (hold), or reject it (block).
 */
export type ContractAction = "pass" | "warn" | "quarantine" | "hold" | "block";

/** Metrics whose subject is the whole batch: failing them leaves no row to set aside. */
const batchLevelMetrics: ReadonlySet<CheckMetric> = new Set<CheckMetric>([
  "presence",
  "type",
  "rowCount",
  "freshness",
]);

const actionOrder: readonly ContractAction[] = ["pass", "warn", "quarantine", "hold", "block"];

/**
 * The action one failed check calls for: warning → warn; error → quarantine for a row-level
 * check, hold for a batch-level one (row count, freshness); critical → block.
 *
 * @param severity the check's severity
 * @param metric what the check measures
 * @returns the action this failure alone would take
 * @example
 * actionForFailure("error", "rowCount"); // "hold"
 * actionForFailure("error", "nullValues"); // "quarantine"
 */
export function actionForFailure(severity: CheckSeverity, metric: CheckMetric): ContractAction {
  if (severity === "critical") return "block";
  if (severity === "warning") return "warn";
  return batchLevelMetrics.has(metric) ? "hold" : "quarantine";
}

/** The whole evaluation. */
export interface ContractEvaluation {
  action: ContractAction;
  results: ContractRuleResult[];
  passedCount: number;
  failedCount: number;
  /**
   * Rows failing any failed check of severity error or critical, ascending. They are set aside
   * only when the action is quarantine; under hold or block no row is published.
   */
  quarantinedRowIndexes: number[];
  /** Rows published now: all of them (pass, warn), the others (quarantine), or none (hold, block). */
  publishedRowCount: number;
}

/**
 * Evaluates every check of a contract's table on a batch of rows.
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
  const action = failed.reduce<ContractAction>((worst, result) => {
    const own = actionForFailure(result.severity, result.metric);
    return actionOrder.indexOf(own) > actionOrder.indexOf(worst) ? own : worst;
  }, "pass");
  const quarantined = new Set(
    failed
      .filter((result) => result.severity !== "warning")
      .flatMap((result) => result.failingRowIndexes),
  );
  const publishedRowCount =
    action === "hold" || action === "block"
      ? 0
      : action === "quarantine"
        ? rows.length - quarantined.size
        : rows.length;
  return {
    action,
    results,
    passedCount: results.length - failed.length,
    failedCount: failed.length,
    quarantinedRowIndexes: [...quarantined].sort((a, b) => a - b),
    publishedRowCount,
  };
}
