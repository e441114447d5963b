import { describe, expect, it } from "vitest";
import { deriveSeed } from "./seeds";

describe("deriveSeed", () => {
  it("is the first 8 hex digits of the SHA-256 of the tagged, NUL-separated inputs", () => {
    // python3: int(hashlib.sha256(b"exercise-seed/v1\0demo\0ada\0psi-binning\x000").hexdigest()[:8], 16)
    expect(
      deriveSeed({ context: "demo", student: "ada", exercise: "psi-binning", variant: 0 }),
    ).toBe(3436846882);
    // python3: same recipe for ("mlops-2025", "student@example.edu", "ks-test", 3) → 3d69d2ae
    expect(
      deriveSeed({
        context: "mlops-2025",
        student: "student@example.edu",
        exercise: "ks-test",
        variant: 3,
      }),
    ).toBe(1030345390);
    // python3: UTF-8 names ("Café", "Zoë", "x", 0) → 7c42eb9c
    expect(deriveSeed({ context: "Café", student: "Zoë", exercise: "x", variant: 0 })).toBe(
      2084760476,
    );
  });

  it("changes with every input and stays a positive 32-bit integer", () => {
    const base = { context: "c", student: "s", exercise: "e", variant: 0 };
    const seeds = new Set([
      deriveSeed(base),
      deriveSeed({ ...base, context: "c2" }),
      deriveSeed({ ...base, student: "s2" }),
      deriveSeed({ ...base, exercise: "e2" }),
      deriveSeed({ ...base, variant: 1 }),
      // NUL separators keep ("ab", "c") apart from ("a", "bc").
      deriveSeed({ ...base, context: "ab", student: "c" }),
      deriveSeed({ ...base, context: "a", student: "bc" }),
    ]);
    expect(seeds.size).toBe(7);
    for (const seed of seeds) {
      expect(Number.isInteger(seed) && seed >= 1 && seed <= 0xffffffff).toBe(true);
    }
  });

  it("refuses NUL characters and bad variants", () => {
    const base = { context: "c", student: "s", exercise: "e", variant: 0 };
    expect(() => deriveSeed({ ...base, student: "a\u0000b" })).toThrow(
      "deriveSeed requires student without NUL characters",
    );
    expect(() => deriveSeed({ ...base, variant: -1 })).toThrow(
      "deriveSeed requires variant to be a non-negative integer, got -1",
    );
  });
});
