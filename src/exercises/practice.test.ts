import { describe, expect, it } from "vitest";
import { formatReference, referenceAsRawAnswer, toCsv, toJson } from "./practice";
import type { AnswerPart, Exercise } from "./types";

describe("formatReference", () => {
  it("writes numbers with 12 significant figures, like PrairieLearn's correct answer", () => {
    const part = {
      kind: "number",
      label: "x",
      tolerance: { rule: "relabs", rtol: 0.01, atol: 1e-8 },
    } as const;
    // 0.1 + 0.2 = 0.30000000000000004 in binary floating point.
    expect(formatReference(part, 0.1 + 0.2)).toBe("0.3");
    expect(formatReference(part, 2 / 3)).toBe("0.666666666667");
    expect(formatReference(part, 1.5e-9)).toBe("1.5e-9");
    expect(() => formatReference(part, "a")).toThrow(
      "formatReference requires a number for a number part",
    );
  });

  it("writes table cells as text with NULL", () => {
    const part: AnswerPart = {
      kind: "table",
      label: "t",
      rowLabels: ["a", "b"],
      valueKind: "number",
      allowNull: true,
    };
    expect(formatReference(part, [1 / 3, null])).toEqual(["0.333333333333", "NULL"]);
  });
});

describe("referenceAsRawAnswer", () => {
  it("formats every part of the solved instance", () => {
    const exercise: Pick<Exercise, "answer" | "solve"> = {
      answer: {
        x: { kind: "number", label: "x", tolerance: { rule: "sigfig", digits: 3 }, weight: 0.5 },
        d: { kind: "decision", label: "d", options: [{ id: "ship", label: "Ship" }], weight: 0.5 },
      },
      solve: () => ({ x: 12.5, d: "ship" }),
    };
    expect(referenceAsRawAnswer(exercise, { seed: 1, params: {}, tables: [] })).toEqual({
      x: "12.5",
      d: "ship",
    });
  });
});

describe("toCsv and toJson", () => {
  it("quotes fields per RFC 4180 and writes NULL for null", () => {
    const csv = toCsv({
      name: "events",
      columns: ["id", "note", "ok"],
      rows: [
        [1, 'say "hi", then go', true],
        [2.5, null, false],
        [3, "line\nbreak", null],
      ],
    });
    expect(csv).toBe(
      'id,note,ok\r\n1,"say ""hi"", then go",true\r\n2.5,NULL,false\r\n3,"line\nbreak",NULL\r\n',
    );
  });

  it("writes the seed, params and tables as JSON", () => {
    const instance = {
      seed: 7,
      params: { shift: 2 },
      tables: [{ name: "t", columns: ["a"], rows: [[null]] }],
    };
    expect(JSON.parse(toJson(instance))).toEqual(instance);
  });
});
