import { describe, expect, it } from "vitest";
import { lineageRebuildSet } from "./catalog/lineage-rebuild-set";
import { contractBatchChecks } from "./catalog/contract-batch-checks";
import { grade } from "./grade";
import { gradeChoice, gradeMultiple, gradeOrdering } from "./grade-choices";
import { gradeNumber, gradeTable } from "./grade-numeric";
import { referenceAsRawAnswer } from "./practice";

const letters = (count: number) =>
  Array.from({ length: count }, (_, index) => {
    const id = String.fromCharCode(97 + index);
    return { id, label: id.toUpperCase() };
  });

// Expected credits are PrairieLearn's pl-checkbox "net-correct" rule worked by hand:
// (right picks − wrong picks) / |correct|, floored at 0; a wrong pick costs max(1, |R|/|W|) right
// picks when the wrong options are fewer than the right ones, so that ticking everything earns 0.
describe("gradeMultiple (net-correct)", () => {
  const four = letters(4);
  const ten = letters(10);

  it("cancels a right selection with a wrong one", () => {
    expect(gradeMultiple(["a"], ["a", "b"], four).credit).toBe(0.5);
    expect(gradeMultiple(["a", "b", "c"], ["a", "b"], four).credit).toBe(0.5);
    expect(gradeMultiple(["a", "c"], ["a", "b"], four).credit).toBe(0);
    expect(gradeMultiple(["a", "c", "d"], ["a", "b"], four).credit).toBe(0);
    expect(gradeMultiple(["b", "a"], ["a", "b"], four)).toMatchObject({
      status: "correct",
      credit: 1,
    });
    // Two right of two, one wrong of eight: (2 - 1) / 2.
    expect(gradeMultiple(["a", "b", "j"], ["a", "b"], ten).credit).toBe(0.5);
  });

  it("gives ticking every option no credit, however many options are right", () => {
    expect(
      gradeMultiple(
        four.map((o) => o.id),
        ["a", "b"],
        four,
      ).credit,
    ).toBe(0);
    const six = ["a", "b", "c", "d", "e", "f"];
    expect(
      gradeMultiple(
        ten.map((o) => o.id),
        six,
        ten,
      ).credit,
    ).toBe(0);
    expect(
      gradeMultiple(
        ten.map((o) => o.id),
        ten.slice(0, 9).map((o) => o.id),
        ten,
      ).credit,
    ).toBe(0);
    // Six right of six, one wrong of four: each wrong pick costs 6/4 right ones, (6 - 1.5) / 6.
    expect(gradeMultiple([...six, "g"], six, ten).credit).toBeCloseTo(0.75, 12);
  });

  it("treats an empty selection as blank, not as a wrong answer", () => {
    expect(gradeMultiple([], ["a", "b"], four)).toMatchObject({ status: "blank", credit: 0 });
  });

  it("calls an explicit 'none' option together with other options invalid", () => {
    const options = [...letters(3), { id: "none", label: "None of these" }];
    const outcome = gradeMultiple(["a", "none"], ["a"], options);
    expect(outcome.status).toBe("invalid");
    expect(outcome.message).toContain("None of these");
    expect(gradeMultiple(["none"], ["none"], options).credit).toBe(1);
    expect(gradeMultiple(["none"], ["a"], options).credit).toBe(0);
    // Every real option ticked (two right, one wrong; "none" cannot join them): still 0.
    expect(gradeMultiple(["a", "b", "c"], ["a", "b"], options).credit).toBe(0);
  });
});

describe("multiple-selection parts of the catalogue cannot be gamed", () => {
  it("lineage-rebuild-set: ticking all artifacts earns nothing for that part", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const instance = lineageRebuildSet.generate(seed);
      const options = lineageRebuildSet.answer.rebuild;
      if (options?.kind !== "multiple") throw new Error("rebuild is a multiple part");
      const answer = {
        ...referenceAsRawAnswer(lineageRebuildSet, instance),
        rebuild: options.options.map((option) => option.id),
      };
      const result = grade(lineageRebuildSet, seed, answer, { attempts: 0, hintsUsed: 0 });
      expect(result.parts.rebuild?.credit).toBe(0);
    }
  });

  it("contract-batch-checks: all rules plus 'No rule fails' is invalid and not an attempt", () => {
    const part = contractBatchChecks.answer.failing;
    if (part?.kind !== "multiple") throw new Error("failing is a multiple part");
    const instance = contractBatchChecks.generate(1);
    const answer = {
      ...referenceAsRawAnswer(contractBatchChecks, instance),
      failing: part.options.map((option) => option.id),
    };
    const result = grade(contractBatchChecks, 1, answer, { attempts: 0, hintsUsed: 0 });
    expect(result.parts.failing?.status).toBe("invalid");
    expect(result.countsAsAttempt).toBe(false);
  });

  it("an empty selection leaves the submission ungraded and uncounted", () => {
    const instance = contractBatchChecks.generate(1);
    const answer = { ...referenceAsRawAnswer(contractBatchChecks, instance), failing: [] };
    const result = grade(contractBatchChecks, 1, answer, { attempts: 0, hintsUsed: 0 });
    expect(result.parts.failing?.status).toBe("blank");
    expect(result.countsAsAttempt).toBe(false);
  });
});

describe("blank means blank for every kind of part", () => {
  const options = letters(3);
  const tolerance = { rule: "relabs", rtol: 0.01, atol: 0 } as const;
  it.each([
    ["number", () => gradeNumber("  ", 1, tolerance)],
    ["choice", () => gradeChoice("", "a", options)],
    ["multiple", () => gradeMultiple([], ["a"], options)],
    ["ordering", () => gradeOrdering([], ["a", "b", "c"], options)],
    [
      "table",
      () =>
        gradeTable(["", ""], [1, 2], {
          rowLabels: ["x", "y"],
          valueKind: "number",
          allowNull: false,
        }),
    ],
  ])("%s", (_, outcome) => {
    expect(outcome().status).toBe("blank");
  });
});
