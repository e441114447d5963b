import { describe, expect, it } from "vitest";
import { checkCompatibility, controlLimits } from "../../lab/index";
import { grade } from "../grade";
import { referenceAsRawAnswer } from "../practice";
import { controlLimitsAlerts } from "./control-limits-alerts";
import { incidentRootCause } from "./incident-root-cause";
import { onlineStoreWritePolicy } from "./online-store-write-policy";
import { buildTrace } from "./agent-trace";
import { psiCategoricalShift } from "./psi-categorical-shift";
import { schemaCompatibilityUpgrade } from "./schema-compatibility-upgrade";
import { traceTokenCost } from "./trace-token-cost";

const seeds = Array.from({ length: 50 }, (_, index) => index + 1);
const fresh = { attempts: 0, hintsUsed: 0 };

describe("control-limits-alerts: the limit's tolerance is tight relative to sigma", () => {
  it("gives the reference mean and mean − 1σ no credit for the limit (seed 2 was full credit)", () => {
    for (const seed of seeds) {
      const instance = controlLimitsAlerts.generate(seed);
      const limits = controlLimits(instance.params.referenceAccuracy);
      const reference = referenceAsRawAnswer(controlLimitsAlerts, instance);
      for (const wrong of [limits.center, limits.center - limits.standardDeviation]) {
        const result = grade(
          controlLimitsAlerts,
          seed,
          { ...reference, lower: String(wrong) },
          fresh,
        );
        expect({ seed, credit: result.parts.lower?.credit }).toEqual({ seed, credit: 0 });
      }
    }
  });

  it("accepts at most a tenth of sigma either side of the limit", () => {
    const part = controlLimitsAlerts.answer.lower;
    if (part?.kind !== "number") throw new Error("lower is a number part");
    for (const seed of seeds) {
      const instance = controlLimitsAlerts.generate(seed);
      const limits = controlLimits(instance.params.referenceAccuracy);
      const reference = referenceAsRawAnswer(controlLimitsAlerts, instance);
      const off = limits.lower - 0.1 * limits.standardDeviation;
      const result = grade(controlLimitsAlerts, seed, { ...reference, lower: String(off) }, fresh);
      expect({ seed, credit: result.parts.lower?.credit }).toEqual({ seed, credit: 0 });
    }
  });
});

describe("incident-root-cause: the prompt's rule decides every instance", () => {
  // The rule as the prompt states it, applied to the table alone: the first window in which a raw
  // signal leaves its usual range (given under the table); ties go to the signal furthest upstream.
  const upstreamOrder: [string, string][] = [
    ["upstream_schema_check", "schema-change"],
    ["trip_distance_null_pct", "null-spike"],
    ["join_hit_rate_pct", "join-key-mismatch"],
    ["hour_of_day_linf_offline_vs_online", "time-zone-bug"],
    ["max_staleness_min", "stale-features"],
    ["trip_distance_psi", "population-drift"],
    ["canary_score", "bad-rollout"],
  ];
  it("names the reference cause for seeds 1..300, from the usual ranges the note states", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = incidentRootCause.generate(seed);
      const [table] = instance.tables;
      if (table === undefined) throw new Error("no table");
      const note = table.note ?? "";
      const stated = (column: string): [number, number] => {
        const match = new RegExp(`${column} ([0-9.]+)–([0-9.]+)`).exec(note);
        if (match === null) throw new Error(`the note does not state the usual range of ${column}`);
        return [Number(match[1]), Number(match[2])];
      };
      const moved = (row: (typeof table.rows)[number], column: string): boolean => {
        const value = row[table.columns.indexOf(column)];
        if (column === "upstream_schema_check") return value === "FAIL";
        if (value === null) return false;
        const [low, high] = stated(column);
        return Number(value) < low || Number(value) > high;
      };
      const first = table.rows.find((row) => upstreamOrder.some(([column]) => moved(row, column)));
      const cause = first
        ? upstreamOrder.find(([column]) => moved(first, column))?.[1]
        : "population-drift";
      expect({ seed, cause }).toEqual({ seed, cause: incidentRootCause.solve(instance).cause });
    }
  });

  it("states the tie rule and why staleness under the SLA counts", () => {
    const text = incidentRootCause.prompt(incidentRootCause.generate(1));
    expect(text).toMatch(/same\s+window/);
    expect(text).toMatch(/further upstream/);
    expect(text).toMatch(/before it crosses the 120-minute SLA/);
  });
});

describe("trace-token-cost: the hint about the agent span is true", () => {
  it("the agent span's usage is the sum of its chat calls, which the hint names, and not of the embeddings call", () => {
    const hint = traceTokenCost.hints.find((text) => text.includes("invoke_agent")) ?? "";
    expect(hint).toMatch(/chat/);
    expect(hint).not.toMatch(/sum of its children's/);
    for (const seed of seeds) {
      const spans = buildTrace(traceTokenCost.generate(seed).params);
      const tokens = (span: (typeof spans)[number]) =>
        Number(span.attributes["gen_ai.usage.input_tokens"] ?? 0);
      const agent = spans.find((span) => span.spanId === "s1");
      const calls = spans.filter((span) => span.spanId !== "s1");
      const chat = calls.filter((span) => span.attributes["gen_ai.operation.name"] === "chat");
      expect(chat.length).toBeLessThan(calls.length);
      expect(agent && tokens(agent)).toBe(chat.reduce((sum, span) => sum + tokens(span), 0));
    }
  });
});

describe("psi-categorical-shift: every instance has the new category its title promises", () => {
  it("has a category with no reference rows and some current rows, seeds 1..50", () => {
    for (const seed of seeds) {
      const { params } = psiCategoricalShift.generate(seed);
      const fresh = params.categories.filter(
        (_, index) => params.referenceCounts[index] === 0 && (params.currentCounts[index] ?? 0) > 0,
      );
      expect({ seed, fresh: fresh.length }).toEqual({ seed, fresh: 1 });
    }
  });
});

describe("schema-compatibility-upgrade: the history is one the registry would have accepted", () => {
  it("S2 and S3 each pass the subject's mode against the versions before them, seeds 1..50", () => {
    for (const seed of seeds) {
      const { params } = schemaCompatibilityUpgrade.generate(seed);
      const schemas = params.versions.map((version) => version.schema);
      for (const index of [1, 2]) {
        const result = checkCompatibility(schemas[index]!, schemas.slice(0, index), params.mode);
        expect({ seed, version: index + 1, compatible: result.compatible }).toEqual({
          seed,
          version: index + 1,
          compatible: true,
        });
      }
    }
  });

  it("says so in the prompt", () => {
    const text = schemaCompatibilityUpgrade.prompt(schemaCompatibilityUpgrade.generate(1));
    expect(text).toMatch(/S2 and S3 were each\s+accepted under this mode/);
  });
});

describe("online-store-write-policy: one rule for rows created exactly at a job's run time", () => {
  it("prompt, table note, hint and solution all say such a row is seen, as the reference does", () => {
    const instance = onlineStoreWritePolicy.generate(1);
    const texts = [
      onlineStoreWritePolicy.prompt(instance),
      instance.tables[0]?.note ?? "",
      onlineStoreWritePolicy.hints.join("\n"),
      onlineStoreWritePolicy.solution(instance),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/created before it runs/);
      expect(text.replace(/\s+/g, " ")).toMatch(/created at or before (it runs|its run time)/);
    }
  });

  it("the reference sees a row created exactly at the run time", () => {
    // Job 2 covers [12:00, 18:00] and runs at 18:05 (2024-03-05, UTC); no later job covers 18:00.
    const day = Date.UTC(2024, 2, 5) / 1000;
    const row = {
      entityId: 1001,
      eventTimestamp: day + 18 * 3600,
      createdTimestamp: day + 18 * 3600 + 300,
      value: 0.42,
    };
    const instance = { ...onlineStoreWritePolicy.generate(1), params: { features: [row] } };
    expect(onlineStoreWritePolicy.solve(instance)).toEqual({
      lastWriteWins: [0.42, null, null, null, null],
      skipIfNotNewer: [0.42, null, null, null, null],
    });
  });
});
