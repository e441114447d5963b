import { describe, expect, it } from "vitest";
import type { CellParam } from "../../../content/model/notebook-types";
import { neighbourParams, stepsAround } from "./neighbour-params";

const specs: Record<string, CellParam> = {
  share: { kind: "range", label: "Share", min: 0, max: 1, step: 0.05, default: 0.3 },
  strength: { kind: "range", label: "Strength", min: 0, max: 4, step: 0.1, default: 2 },
  rows: { kind: "number", label: "Rows", min: 200, max: 20000, step: 100, default: 2000 },
  offset: { kind: "range", label: "Offset", min: 0.5, max: 60, step: 0.5, default: 4 },
  policy: { kind: "select", label: "Policy", options: ["a", "b"], default: "a" },
};
const base = { share: 0.3, strength: 2, rows: 2000, offset: 4, policy: "a" };

describe("neighbourParams", () => {
  it("steps the control that changed down and up, in the decimals the browser writes", () => {
    // A range input's value is min + k × step written in decimals: 0.35, never 0.35000000000000003.
    expect(neighbourParams(specs, base, { ...base, share: 0.3 + 0.05 })).toEqual([
      { ...base, share: 0.3 },
      { ...base, share: 0.4 },
    ]);
    expect(neighbourParams(specs, base, { ...base, strength: 2.1 })).toEqual([
      { ...base, strength: 2 },
      { ...base, strength: 2.2 },
    ]);
    expect(neighbourParams(specs, base, { ...base, offset: 4.5 })).toEqual([
      { ...base, offset: 4 },
      { ...base, offset: 5 },
    ]);
  });

  it("stays within the bounds", () => {
    expect(neighbourParams(specs, base, { ...base, share: 1 })).toEqual([{ ...base, share: 0.95 }]);
    expect(neighbourParams(specs, base, { ...base, rows: 200 })).toEqual([{ ...base, rows: 300 }]);
  });

  it("gives nothing on a first run, a select, or when several values changed at once", () => {
    expect(neighbourParams(specs, undefined, base)).toEqual([]);
    expect(neighbourParams(specs, base, { ...base, policy: "b" })).toEqual([]);
    expect(neighbourParams(specs, base, { ...base, share: 0.5, strength: 3 })).toEqual([]);
    expect(neighbourParams(specs, base, base)).toEqual([]);
  });
});

describe("stepsAround", () => {
  it("steps a control the reader is about to move, and nothing for a select", () => {
    expect(stepsAround(specs, base, "strength")).toEqual([
      { ...base, strength: 1.9 },
      { ...base, strength: 2.1 },
    ]);
    expect(stepsAround(specs, base, "policy")).toEqual([]);
    expect(stepsAround(specs, base, "missing")).toEqual([]);
  });
});
