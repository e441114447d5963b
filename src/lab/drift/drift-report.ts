/**
 * Evidently's dataset drift: every column's drift decision (see `column-drift.ts`) and the
 * dataset-level verdict, drift when the share of drifted columns reaches a threshold (Lesson 7).
 */
import { columnDrift, type ColumnDriftOptions, type ColumnDriftResult } from "./column-drift";
import type { DriftTestName, DriftValue } from "./drift-tests";
import { LabError } from "../core/errors";

/** A table as named columns. */
export type DriftTable = Record<string, readonly DriftValue[]>;

/** Options of `datasetDrift`. */
export interface DatasetDriftOptions {
  /** columns to test (default: every column of the reference table) */
  columns?: string[];
  /** numeric columns to treat as categorical */
  categoricalColumns?: string[];
  /** test and threshold for every column (per-column options win) */
  test?: DriftTestName;
  threshold?: number;
  perColumn?: Record<string, ColumnDriftOptions>;
  /** dataset drift when the share of drifted columns ≥ this (Evidently default 0.5) */
  driftShare?: number;
}

/** Dataset drift: per-column results and the share-of-drifted-columns decision. */
export interface DatasetDriftResult {
  columns: (ColumnDriftResult & { column: string })[];
  columnCount: number;
  driftedCount: number;
  share: number;
  driftShare: number;
  datasetDrift: boolean;
}

/**
 * Evidently's dataset drift: run `columnDrift` on every column and declare dataset drift when the
 * share of drifted columns is ≥ driftShare (default 0.5).
 *
 * @param reference reference table (columns by name)
 * @param current current table with the same columns
 * @param options columns, overrides and the drift share
 * @returns per-column results, counts, share and the dataset decision
 * @throws LabError when a selected column is missing from either table, or as `columnDrift`
 * @example
 * datasetDrift({ age: refAges, plan: refPlans }, { age: curAges, plan: curPlans }).datasetDrift;
 */
export function datasetDrift(
  reference: DriftTable,
  current: DriftTable,
  options: DatasetDriftOptions = {},
): DatasetDriftResult {
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare >= 0 && driftShare <= 1)) {
    throw new LabError(`datasetDrift requires driftShare in [0, 1] (got ${driftShare})`);
  }
  const names = options.columns ?? Object.keys(reference);
  if (names.length === 0) throw new LabError("datasetDrift requires at least one column");
  const columns = names.map((column) => {
    const referenceColumn = reference[column];
    const currentColumn = current[column];
    if (referenceColumn === undefined || currentColumn === undefined) {
      throw new LabError(`datasetDrift requires column ${column} in both tables`);
    }
    const columnOptions: ColumnDriftOptions = {
      ...(options.test === undefined ? {} : { test: options.test }),
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      ...(options.categoricalColumns?.includes(column) ? { categorical: true } : {}),
      ...options.perColumn?.[column],
    };
    return { column, ...columnDrift(referenceColumn, currentColumn, columnOptions) };
  });
  const driftedCount = columns.filter((result) => result.drifted).length;
  const share = driftedCount / columns.length;
  return {
    columns,
    columnCount: columns.length,
    driftedCount,
    share,
    driftShare,
    datasetDrift: share >= driftShare,
  };
}
