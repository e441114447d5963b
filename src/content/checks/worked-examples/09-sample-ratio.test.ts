import { describe, expect, it } from "vitest";
import { chiSquare } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("09-release-gates-canaries.md");

describe("lesson 9 worked example: a sample-ratio mismatch", () => {
  const example = passage(text, "A canary configured at 10% logs");

  it("prints the chi-square statistic and p-value of the broken split", () => {
    // scipy.stats.chisquare([1850, 18150], [2000, 18000]): statistic 12.5, pvalue 0.00040695201744495946
    const result = chiSquare([1850, 18150], [2000, 18000]);
    expect(result.statistic).toBeCloseTo(12.5, 12);
    expect(result.pvalue).toBeCloseTo(0.00040695201744495946, 12);
    expectPrinted(example, result.statistic, 2);
    expectPrinted(example, result.pvalue, 6);
    expect(result.pvalue).toBeLessThan(0.001);
  });

  it("prints the statistic and p-value of a healthy split", () => {
    // scipy.stats.chisquare([1960, 18040], [2000, 18000]): statistic 0.888888…, pvalue 0.34577858615116
    const result = chiSquare([1960, 18040], [2000, 18000]);
    expect(result.pvalue).toBeCloseTo(0.34577858615116, 10);
    expectPrinted(example, result.statistic, 2);
    expectPrinted(example, result.pvalue, 4);
  });

  it("prints the blast radius of the rollout figure", () => {
    const blast = passage(text, "by the second analysis met");
    expectPrinted(blast, 200 * (0.05 * 10 + 0.2 * 10), 0);
  });
});
