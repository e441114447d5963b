import { describe, expect, it } from "vitest";
import { cellShareHref, parseSharedParams } from "./share-link";

const declared = {
  ttl: { kind: "range", min: 0, max: 6 },
  filter: { kind: "toggle" },
  policy: { kind: "select", options: ["last-write-wins", "skip-if-not-newer"] },
};

describe("shared cell links", () => {
  it("round-trip parameter values and the seed, never code", () => {
    const href = cellShareHref(
      "theory",
      "pit-join",
      { ttl: 2.5, filter: true, policy: "skip-if-not-newer" },
      3,
    );
    expect(href).toBe(
      "notebook-theory.html?ttl=2.5&filter=true&policy=skip-if-not-newer&seed=3#pit-join",
    );
    const query = new URL(href, "https://example.org/").searchParams;
    expect(parseSharedParams(query, declared)).toEqual({
      params: { ttl: 2.5, filter: true, policy: "skip-if-not-newer" },
      seed: 3,
      adjusted: [],
    });
  });

  it("drop undeclared names, unknown options and clamp numbers to their bounds", () => {
    const query = new URLSearchParams("ttl=99&policy=drop-table&source=alert(1)&seed=-4");
    expect(parseSharedParams(query, declared)).toEqual({
      params: { ttl: 6 },
      seed: undefined,
      // Each change is reported, so the page can say what it did with the link.
      adjusted: [
        "ttl=99 is outside 0 to 6: set to 6",
        'policy="drop-table" is not one of its options: left at its default',
      ],
    });
  });
});
