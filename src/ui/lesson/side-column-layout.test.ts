import { describe, expect, it } from "vitest";
import { stackSideCards } from "./side-column-layout";

describe("cards beside a lesson's text", () => {
  it("stay beside their heading when there is room, and move below the card above otherwise", () => {
    // Lesson 2's case: a 900 px card at 100 px and the next heading at 527 px (473 px of overlap).
    expect(
      stackSideCards(
        [
          { natural: 100, height: 900 },
          { natural: 527, height: 300 },
          { natural: 2000, height: 100 },
        ],
        16,
      ),
    ).toEqual([0, 489, 0]);
  });

  it("carries a push down the column when the next card is also in the way", () => {
    expect(
      stackSideCards(
        [
          { natural: 0, height: 500 },
          { natural: 100, height: 500 },
          { natural: 700, height: 10 },
        ],
        20,
      ),
    ).toEqual([0, 420, 340]);
  });
});
