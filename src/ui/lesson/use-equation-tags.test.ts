import { describe, expect, it } from "vitest";
import { tagCollides } from "./use-equation-tags";

describe("equation numbers beside centred formulas", () => {
  it("collide once the formula reaches the number's column", () => {
    // A 300 px formula centred in 700 px ends at 500 px; a 40 px number starts at 660 px.
    expect(tagCollides(700, 300, 40)).toBe(false);
    // On a 390 px phone (about 350 px of text), the same formula ends at 325 px, the number at 310.
    expect(tagCollides(350, 300, 40)).toBe(true);
    // Exactly touching (formula + 2 × (number + gap) = container) still leaves the gap.
    expect(tagCollides(396, 300, 40)).toBe(false);
  });
});
