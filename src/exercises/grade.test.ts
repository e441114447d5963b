import { describe, expect, it } from "vitest";
import { grade } from "./grade";
import { referenceAsRawAnswer } from "./practice";
import type { Exercise, RawAnswer } from "./types";

// A small hand-made exercise with one part of every kind; its reference values are fixed by hand.
const fixture: Exercise<{ shift: number }> = {
  id: "fixture",
  title: "Fixture",
  objectives: ["diagnose-drift-skew"],
  topic: "drift",
  lesson: "drift-detection",
  difficulty: 1,
  generate: (seed) => ({ seed, params: { shift: seed % 2 }, tables: [] }),
  prompt: () => "Compute $x$.",
  answer: {
    score: {
      kind: "number",
      label: "PSI",
      tolerance: { rule: "relabs", rtol: 1e-2, atol: 1e-8 },
      weight: 0.3,
    },
    verdict: {
      kind: "decision",
      label: "Verdict",
      options: [
        { id: "drift", label: "Drift detected" },
        { id: "no-drift", label: "No drift" },
      ],
      weight: 0.1,
    },
    rebuild: {
      kind: "multiple",
      label: "Rebuild set",
      options: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
        { id: "c", label: "C" },
        { id: "d", label: "D" },
      ],
      weight: 0.2,
    },
    joined: {
      kind: "table",
      label: "Join",
      rowLabels: ["u1", "u2", "u3", "u4"],
      valueKind: "number",
      allowNull: true,
      weight: 0.2,
    },
    order: {
      kind: "ordering",
      label: "Upgrade order",
      items: [
        { id: "consumers", label: "Consumers" },
        { id: "producers", label: "Producers" },
        { id: "registry", label: "Registry" },
      ],
      weight: 0.2,
    },
  },
  solve: () => ({
    score: 0.228,
    verdict: "drift",
    rebuild: ["a", "b"],
    joined: [12.5, null, 3, 7],
    order: ["registry", "consumers", "producers"],
  }),
  mistakes: () => [
    {
      part: "score",
      value: 0.329,
      id: "log-base-2",
      message: "You used log base 2; Evidently uses the natural log.",
    },
    {
      part: "joined",
      value: [12.5, 4, 3, 7],
      id: "latest-value",
      message: "Row u2 took a value from the future.",
    },
    {
      part: "rebuild",
      value: ["a"],
      id: "direct-only",
      message: "Include transitive descendants.",
    },
  ],
  hints: ["Look at the bins."],
  solution: () => "Worked.",
};

const fresh = { attempts: 0, hintsUsed: 0 };
const reference = referenceAsRawAnswer(fixture, fixture.generate(1));
const withPart = (name: string, value: RawAnswer[string]): RawAnswer => ({
  ...reference,
  [name]: value,
});

describe("grade", () => {
  it("gives the reference answer full credit and unlocks the solution", () => {
    const result = grade(fixture, 1, reference, fresh);
    expect(result).toMatchObject({
      score: 1,
      rawScore: 1,
      countsAsAttempt: true,
      solutionUnlocked: true,
    });
    expect(result.parts.score).toEqual({
      status: "correct",
      credit: 1,
      accepted: "accepted: 0.2257 to 0.2303",
    });
    expect(result.feedback).toEqual([]);
  });

  it("accepts answers within tolerance, in any accepted notation", () => {
    expect(grade(fixture, 1, withPart("score", "22.9%"), fresh).score).toBe(1);
    expect(grade(fixture, 1, withPart("verdict", "Drift Detected"), fresh).score).toBe(1);
    expect(
      grade(fixture, 1, withPart("joined", ["12,5", "None", "3.01", " 7 "]), fresh).score,
    ).toBe(1);
    expect(grade(fixture, 1, withPart("rebuild", ["b", "a", "a"]), fresh).score).toBe(1);
  });

  it("weights partial credit and names the known mistake", () => {
    const result = grade(fixture, 1, withPart("score", "0.329"), fresh);
    expect(result.rawScore).toBeCloseTo(0.7, 12);
    expect(result.parts.score).toMatchObject({ status: "incorrect", credit: 0 });
    // Before the solution unlocks, wrong parts do not reveal the accepted range.
    expect(result.parts.score?.accepted).toBeUndefined();
    expect(result.feedback).toContain("You used log base 2; Evidently uses the natural log.");
    expect(result.solutionUnlocked).toBe(false);
  });

  it("gives per-row credit for tables, net-correct credit for selections, positional credit for orderings", () => {
    const table = grade(fixture, 1, withPart("joined", ["12.5", "4", "3", "7"]), fresh);
    expect(table.parts.joined).toMatchObject({
      status: "incorrect",
      credit: 0.75,
      message: "3 of 4 rows correct; check u2",
    });
    expect(table.feedback).toContain("Row u2 took a value from the future.");
    // Net-correct, by hand: {a} vs {a, b}: 1 / 2.  {a, b, c}: (2 − 1) / 2.  {a, c}: 0.  {}: blank.
    expect(grade(fixture, 1, withPart("rebuild", ["a"]), fresh).parts.rebuild?.credit).toBe(0.5);
    expect(
      grade(fixture, 1, withPart("rebuild", ["a", "b", "c"]), fresh).parts.rebuild?.credit,
    ).toBe(0.5);
    expect(grade(fixture, 1, withPart("rebuild", ["a", "c"]), fresh).parts.rebuild?.credit).toBe(0);
    expect(grade(fixture, 1, withPart("rebuild", []), fresh).parts.rebuild?.status).toBe("blank");
    // registry, producers, consumers: only the first of three items is in place.
    const ordering = grade(
      fixture,
      1,
      withPart("order", ["registry", "producers", "consumers"]),
      fresh,
    );
    expect(ordering.parts.order?.credit).toBeCloseTo(1 / 3, 12);
    expect(ordering.rawScore).toBeCloseTo(0.8 + 0.2 / 3, 12);
  });

  it("multiplies by a credit that decays with attempts and hints, down to the minimum", () => {
    // 1 - 0.1·2 - 0.05·1 = 0.75
    expect(grade(fixture, 1, reference, { attempts: 2, hintsUsed: 1 }).score).toBeCloseTo(0.75, 12);
    // 1 - 0.1·9 = 0.1, floored at 0.4
    expect(grade(fixture, 1, reference, { attempts: 9, hintsUsed: 0 }).score).toBeCloseTo(0.4, 12);
    const custom = grade(
      fixture,
      1,
      reference,
      { attempts: 1, hintsUsed: 2 },
      { decayPerAttempt: 0.2, hintPenalty: 0 },
    );
    expect(custom.score).toBeCloseTo(0.8, 12);
  });

  it("unlocks the solution after the configured number of attempts", () => {
    const wrong = withPart("verdict", "no-drift");
    expect(grade(fixture, 1, wrong, { attempts: 1, hintsUsed: 0 }).solutionUnlocked).toBe(false);
    const third = grade(fixture, 1, wrong, { attempts: 2, hintsUsed: 0 });
    expect(third.solutionUnlocked).toBe(true);
    expect(third.parts.verdict?.accepted).toBe("accepted: Drift detected");
  });

  it("treats a blank or invalid part as an invalid submission that does not count", () => {
    const result = grade(fixture, 1, withPart("score", "12..3"), fresh);
    expect(result).toMatchObject({
      score: 0,
      rawScore: 0,
      countsAsAttempt: false,
      solutionUnlocked: false,
    });
    expect(result.parts.score).toEqual({
      status: "invalid",
      credit: 0,
      message: "'12..3' is not a number: two decimal points",
    });
    expect(result.parts.verdict?.status).toBe("not-graded");
    expect(result.feedback).toContain("PSI: '12..3' is not a number: two decimal points");
    const blank = grade(fixture, 1, withPart("verdict", undefined), fresh);
    expect(blank.parts.verdict).toMatchObject({ status: "blank", message: "blank, not graded" });
    expect(blank.countsAsAttempt).toBe(false);
  });

  it.each([
    ["verdict", "maybe", "'maybe' is not one of the options: drift, no-drift"],
    ["rebuild", ["a", "z"], "'z' is not one of the options: a, b, c, d"],
    ["rebuild", "a", "expected a list of option ids"],
    ["joined", ["1", "2"], "expected 4 cells, one per row, got 2"],
    ["joined", ["1", "x", "3", "4"], `u2: 'x' is not a number: "x" is not a digit or a separator`],
    ["order", ["registry", "consumers"], "list each item exactly once (missing producers)"],
    [
      "order",
      ["registry", "registry", "consumers", "producers"],
      "list each item exactly once (an item is repeated)",
    ],
    ["score", ["0.2"], "expected one number, typed as text"],
  ])("reports part %s = %j as invalid", (name, value, message) => {
    const result = grade(fixture, 1, withPart(name, value as RawAnswer[string]), fresh);
    expect(result.countsAsAttempt).toBe(false);
    expect(result.parts[name]).toEqual({ status: "invalid", credit: 0, message });
  });

  it("says how an ambiguous comma was read when the other reading was right", () => {
    const thousands: Exercise = {
      ...fixture,
      solve: () => ({ ...fixture.solve(fixture.generate(1)), score: 1.234 }),
    };
    const result = grade(thousands, 1, withPart("score", "1,234"), fresh);
    expect(result.parts.score?.status).toBe("incorrect");
    expect(result.feedback).toContain(
      "'1,234' was read as 1234: a single comma before exactly three digits groups thousands. Type 1.234 if you meant a decimal.",
    );
  });

  it("accepts a percentage as written when the reference is itself above 1 (Perseus)", () => {
    const percentReference: Exercise = {
      ...fixture,
      solve: () => ({ ...fixture.solve(fixture.generate(1)), score: 12.5 }),
    };
    expect(grade(percentReference, 1, withPart("score", "12.5%"), fresh).score).toBe(1);
    expect(grade(percentReference, 1, withPart("score", "12.5"), fresh).score).toBe(1);
    // With a reference of 0.228, "0.228%" is 0.00228 and is wrong.
    expect(grade(fixture, 1, withPart("score", "0.228%"), fresh).parts.score?.status).toBe(
      "incorrect",
    );
  });

  it("ignores unknown parts with a note and refuses bad history", () => {
    expect(grade(fixture, 1, { ...reference, typo: "1" }, fresh).feedback).toContain(
      "'typo' is not a part of this exercise; it was ignored.",
    );
    expect(() => grade(fixture, 1, reference, { attempts: -1, hintsUsed: 0 })).toThrow(
      "grade requires attempts to be a non-negative integer, got -1",
    );
  });
});
