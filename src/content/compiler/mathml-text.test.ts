import { fromHtml } from "hast-util-from-html";
import type { Element } from "hast";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { mathElementText } from "./mathml-text";

/** The text of a TeX formula, through KaTeX's MathML as the search index reads it. */
function text(tex: string): string {
  const root = fromHtml(katex.renderToString(tex, { output: "mathml" }), { fragment: true });
  const math = (root.children[0] as Element).children[0] as Element;
  return mathElementText(math).replace(/\s+/g, " ").trim();
}

describe("mathElementText", () => {
  it("keeps a subscript apart from its base", () => {
    expect(text("p_i")).toBe("pᵢ");
    expect(text("x_{t-1}")).toBe("xₜ₋₁");
    expect(text("n_u")).toBe("nᵤ");
    expect(text("P_X")).toBe("P_X");
    expect(text("w_{ij}")).toBe("wᵢⱼ");
    expect(text("Q_{\\text{train}}")).toBe("Q_(train)");
    expect(text("Q_{\\text{ref}}")).toBe("Q_(ref)");
  });

  it("writes powers, primes and accents", () => {
    expect(text("2^{-256}")).toBe("2⁻²⁵⁶");
    expect(text("\\chi^2")).toBe("χ²");
    expect(text("\\pi'_y")).toBe("π_y′");
    expect(text("\\hat p")).toBe("p̂");
    expect(text("\\bar{x}")).toBe("x̄");
  });

  it("writes fractions, sums and relations on one line", () => {
    expect(text("\\mathrm{PSI} = \\sum_i (q_i - p_i) \\ln \\frac{q_i}{p_i}")).toBe(
      "PSI = ∑ᵢ(qᵢ − pᵢ)ln qᵢ/pᵢ",
    );
    expect(text("\\frac{N(N-1)}{2}")).toBe("(N(N − 1))/2");
    expect(text("\\alpha / J")).toBe("α/J");
    expect(text("\\sqrt{n}")).toBe("√n");
    expect(text("a \\le b")).toBe("a ≤ b");
    expect(text("x = -2, (-1, +1)")).toBe("x = −2, (−1, +1)");
    expect(text("\\ln x")).toBe("ln x");
    expect(text("\\max_{x \\in X} f")).toBe("max_(x∈X) f");
    expect(text("\\exp\\!\\big(-2n\\big)")).toBe("exp (−2n)");
    expect(text("\\begin{aligned} a &= 1,\\\\ b &= 2 \\\\ c &= 3 \\end{aligned}")).toBe(
      "a = 1, b = 2; c = 3",
    );
  });
});
