import { describe, expect, it } from "vitest";
import { mathSegments } from "./math-segments";

describe("mathSegments", () => {
  it("finds inline and display math in order", () => {
    expect(mathSegments("PSI is $\\sum_i x_i$ and\n$$D = \\max |F - G|$$\nend").segments).toEqual([
      { tex: "\\sum_i x_i", display: false },
      { tex: "D = \\max |F - G|", display: true },
    ]);
  });

  it("skips code spans, fenced code and escaped dollars", () => {
    const markdown = "Cost \\$5, `a $b` and\n```js\nconst x = '$';\n```\nthen $y$.";
    expect(mathSegments(markdown)).toEqual({
      segments: [{ tex: "y", display: false }],
      problems: [],
    });
  });

  it("reports an unclosed delimiter", () => {
    expect(mathSegments("costs $5 per call").problems).toEqual(["unclosed $ near '$5 per call'"]);
  });
});
