/**
 * An example contract and a seeded batch generator with injected faults.
 *
 * Data contracts catch real failure modes (Lesson 4). Each fault mimics an incident:
 * a null spike after an upstream outage, out-of-range values from a sign or unit bug, duplicate
 * keys from a retried load, schema drift (a renamed or dropped column, a number that became
 * text), stale timestamps from a stuck job, and a row-count drop from a partial load.
 */

import type { DataContract } from "./contract";
import type { ContractRow } from "./contract-evaluation";
import { LabError } from "../core/errors";
import type { Rng } from "../random/rng";

/**
 * The example contract of the chapter: a `transactions` table (ODCS v3.1 shape).
 *
 * @returns a fresh copy, safe to edit
 * @example
 * exampleTransactionsContract().schema[0].properties.map((p) => p.name);
 */
export function exampleTransactionsContract(): DataContract {
  return {
    apiVersion: "v3.1.0",
    kind: "DataContract",
    id: "urn:datacontract:payments:transactions",
    version: "1.0.0",
    status: "active",
    name: "Transactions",
    schema: [
      {
        name: "transactions",
        properties: [
          {
            name: "transaction_id",
            logicalType: "string",
            required: true,
            unique: true,
            primaryKey: true,
          },
          { name: "customer_id", logicalType: "integer", required: true },
          {
            name: "amount",
            logicalType: "number",
            logicalTypeOptions: { minimum: 0, maximum: 10_000 },
            quality: [
              { id: "amount_nulls", metric: "nullValues", mustBeLessOrEqualTo: 1, unit: "percent" },
            ],
          },
          {
            name: "currency",
            logicalType: "string",
            logicalTypeOptions: { enum: ["USD", "EUR", "GBP"] },
          },
          {
            name: "country",
            logicalType: "string",
            quality: [
              {
                id: "country_missing",
                metric: "missingValues",
                arguments: { missingValues: ["", "N/A"] },
                mustBeLessOrEqualTo: 5,
                unit: "percent",
                severity: "warning",
              },
            ],
          },
          { name: "event_time", logicalType: "timestamp", required: true },
        ],
        quality: [{ id: "row_count", metric: "rowCount", mustBeGreaterOrEqualTo: 500 }],
      },
    ],
    slaProperties: [
      { property: "freshness", value: 6, unit: "h", element: "transactions.event_time" },
    ],
  };
}

/** A fault to inject into a batch; faults apply in the order given. */
export type ContractFault =
  | { kind: "null-spike"; column: string; share: number }
  | { kind: "out-of-range"; column: string; share: number; value?: number }
  | { kind: "duplicates"; share: number; keyColumn?: string }
  | { kind: "rename-column"; from: string; to: string }
  | { kind: "drop-column"; column: string }
  | { kind: "type-change"; column: string }
  | { kind: "stale-timestamps"; lagSeconds: number; column?: string }
  | { kind: "row-count-drop"; keepShare: number };

/** Options of {@link generateContractBatch}. */
export interface ContractBatchOptions {
  /** Number of rows before faults (default 1000). */
  rows?: number;
  /** Batch time, seconds; event times fall in the hour before it (default 1 700 000 000). */
  now?: number;
  faults?: ContractFault[];
}

function pickRows(rng: Rng, count: number, share: number, fnName: string): number[] {
  if (!(share >= 0 && share <= 1)) throw new LabError(`${fnName} requires a fault share in [0, 1]`);
  const indexes = rng.shuffle(Array.from({ length: count }, (_, index) => index));
  return indexes.slice(0, Math.round(share * count)).sort((a, b) => a - b);
}

/**
 * Generates a clean `transactions` batch that satisfies {@link exampleTransactionsContract},
 * then injects the faults.
 *
 * @param rng - seeded random source
 * @param options - row count, batch time and faults
 * @returns the rows and, per fault, the row indexes it touched (empty for column-level faults)
 * @throws {LabError} on a non-positive row count or a share outside [0, 1]
 * @example
 * generateContractBatch(createRng(1), { faults: [{ kind: "null-spike", column: "amount", share: 0.2 }] });
 */
export function generateContractBatch(
  rng: Rng,
  options: ContractBatchOptions = {},
): { rows: ContractRow[]; injected: { fault: ContractFault; rowIndexes: number[] }[] } {
  const count = options.rows ?? 1000;
  const now = options.now ?? 1_700_000_000;
  if (!Number.isInteger(count) || count < 1) {
    throw new LabError("generateContractBatch requires rows to be a positive integer");
  }
  let rows: ContractRow[] = Array.from({ length: count }, (_, index) => ({
    transaction_id: `t${String(index + 1).padStart(6, "0")}`,
    customer_id: 1 + rng.int(500),
    amount: Math.min(10_000, Math.round(rng.lognormal(3.5, 1) * 100) / 100),
    currency: rng.choice(["USD", "EUR", "GBP"], [0.5, 0.35, 0.15]),
    country: rng.choice(["US", "DE", "FR", "GB", "NL", "N/A"], [0.4, 0.2, 0.15, 0.15, 0.09, 0.01]),
    event_time: now - Math.round(rng.uniform() * 3600),
  }));
  const injected: { fault: ContractFault; rowIndexes: number[] }[] = [];
  for (const fault of options.faults ?? []) {
    let touched: number[] = [];
    switch (fault.kind) {
      case "null-spike":
        touched = pickRows(rng, rows.length, fault.share, "generateContractBatch");
        for (const index of touched) rows[index]![fault.column] = null;
        break;
      case "out-of-range":
        touched = pickRows(rng, rows.length, fault.share, "generateContractBatch");
        for (const index of touched) {
          const current = Number(rows[index]![fault.column]);
          // A sign bug: the value turns negative, below any sensible minimum.
          rows[index]![fault.column] = fault.value ?? -Math.abs(current) - 1;
        }
        break;
      case "duplicates": {
        const key = fault.keyColumn ?? "transaction_id";
        touched = pickRows(rng, rows.length, fault.share, "generateContractBatch");
        // A retried load: the touched rows repeat the key of another row.
        for (const index of touched) {
          const other = (index + 1 + rng.int(Math.max(1, rows.length - 1))) % rows.length;
          rows[index]![key] = rows[other]![key];
        }
        break;
      }
      case "rename-column":
        rows = rows.map(({ [fault.from]: value, ...rest }) => ({ ...rest, [fault.to]: value }));
        break;
      case "drop-column":
        rows = rows.map(({ [fault.column]: _dropped, ...rest }) => rest);
        break;
      case "type-change":
        rows = rows.map((row) => ({
          ...row,
          [fault.column]: row[fault.column] === null ? null : String(row[fault.column]),
        }));
        break;
      case "stale-timestamps": {
        const column = fault.column ?? "event_time";
        rows = rows.map((row) => ({ ...row, [column]: Number(row[column]) - fault.lagSeconds }));
        break;
      }
      case "row-count-drop":
        if (!(fault.keepShare >= 0 && fault.keepShare <= 1)) {
          throw new LabError("generateContractBatch requires keepShare in [0, 1]");
        }
        rows = rows.slice(0, Math.round(fault.keepShare * rows.length));
        break;
    }
    injected.push({ fault, rowIndexes: touched });
  }
  return { rows, injected };
}
