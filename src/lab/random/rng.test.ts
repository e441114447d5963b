import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { Xoshiro128StarStar, createRng, fnv1a64 } from "./rng";

describe("xoshiro128** generator", () => {
  it("reproduces the reference outputs of xoshiro128starstar.c v1.1 from state [1, 2, 3, 4]", () => {
    // Source: rust-random/rngs, rand_xoshiro/src/xoshiro128starstar.rs, test `reference`
    // ("produced with the reference implementation (v1.1)").
    const generator = new Xoshiro128StarStar([1, 2, 3, 4], 0n);
    const expected = [
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597,
      4258142804,
    ];
    expect(expected.map(() => generator.nextUint32())).toEqual(expected);
  });

  it("seeds through SplitMix64 and hashes strings with 64-bit FNV-1a", () => {
    // FNV-1a 64 published test vectors: "" -> offset basis, "a" -> 0xaf63dc4c8601ec8c.
    expect(fnv1a64("")).toBe(0xcbf29ce484222325n);
    expect(fnv1a64("a")).toBe(0xaf63dc4c8601ec8cn);
    // Independent Python computation (SplitMix64 of the key, then xoshiro128**):
    const fromNumber = createRng(42) as Xoshiro128StarStar;
    expect([1, 2, 3, 4].map(() => fromNumber.nextUint32())).toEqual([
      1776835114, 4165204688, 17111135, 2317295270,
    ]);
    const fromString = createRng("lesson-4") as Xoshiro128StarStar;
    expect([1, 2, 3, 4].map(() => fromString.nextUint32())).toEqual([
      735162935, 3412723972, 503404917, 371490671,
    ]);
    expect(createRng(42).uniform()).toBe(0.4137016681565887);
  });

  it("gives the same stream for the same seed and different streams otherwise", () => {
    expect(Array.from(createRng("student-7").uniforms(5))).toEqual(
      Array.from(createRng("student-7").uniforms(5)),
    );
    expect(createRng("student-7").uniform()).not.toBe(createRng("student-8").uniform());
    expect(createRng(1).uniform()).not.toBe(createRng(2).uniform());
    expect(createRng(0.5).uniform()).not.toBe(createRng(1.5).uniform());
  });

  it("forks independent, reproducible streams by label, regardless of the parent's position", () => {
    const parent = createRng(9);
    const before = parent.fork("drift").uniform();
    parent.uniforms(10);
    expect(parent.fork("drift").uniform()).toBe(before);
    expect(parent.fork("skew").uniform()).not.toBe(before);
  });

  it("draws uniforms in [0, 1) with the right mean and integers without bias", () => {
    const rng = createRng("moments");
    const values = rng.uniforms(100000);
    let total = 0;
    let outside = 0;
    for (const value of values) {
      if (!(value >= 0 && value < 1)) outside += 1;
      total += value;
    }
    expect(outside).toBe(0);
    expect(Math.abs(total / values.length - 0.5)).toBeLessThan(0.005);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30000; i += 1) counts[rng.int(3)]! += 1;
    for (const count of counts) expect(Math.abs(count - 10000)).toBeLessThan(400);
  });

  it("fills index arrays with exactly the values of repeated int(n) calls", () => {
    for (const n of [1, 7, 1000, 2097152, 3000000]) {
      const bulk = createRng(`indices-${n}`) as Xoshiro128StarStar;
      const single = createRng(`indices-${n}`);
      const target = new Uint32Array(500);
      bulk.fillIndices(target, n);
      expect(Array.from(target)).toEqual(Array.from({ length: 500 }, () => single.int(n)));
      expect(bulk.uniform()).toBe(single.uniform());
    }
  });

  it("draws normals, exponentials, Poisson and binomial deviates with the right moments", () => {
    const rng = createRng(2024);
    const moments = (draw: () => number, n = 40000) => {
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < n; i += 1) {
        const value = draw();
        sum += value;
        squares += value * value;
      }
      const mean = sum / n;
      return { mean, variance: squares / n - mean * mean };
    };
    const normal = moments(() => rng.normal(3, 2));
    expect(Math.abs(normal.mean - 3)).toBeLessThan(0.05);
    expect(Math.abs(normal.variance - 4)).toBeLessThan(0.15);
    expect(Math.abs(moments(() => rng.exponential(2)).mean - 0.5)).toBeLessThan(0.02);
    for (const lambda of [0.7, 4, 35, 400]) {
      const poisson = moments(() => rng.poisson(lambda));
      expect(Math.abs(poisson.mean - lambda) / Math.sqrt(lambda)).toBeLessThan(0.05);
      expect(Math.abs(poisson.variance / lambda - 1)).toBeLessThan(0.05);
    }
    for (const [n, p] of [
      [10, 0.3],
      [1000, 0.2],
      [200, 0.9],
    ] as const) {
      const binomial = moments(() => rng.binomial(n, p));
      expect(Math.abs(binomial.mean - n * p) / Math.sqrt(n * p * (1 - p))).toBeLessThan(0.05);
      expect(Math.abs(binomial.variance / (n * p * (1 - p)) - 1)).toBeLessThan(0.06);
    }
    expect(rng.lognormal(0, 0)).toBe(1);
  });

  it("chooses with weights and shuffles in place", () => {
    const rng = createRng("choice");
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20000; i += 1) counts[rng.choice(["a", "b", "c"], [1, 0, 3])]! += 1;
    expect(counts.b).toBe(0);
    expect(Math.abs(counts.c! / 20000 - 0.75)).toBeLessThan(0.02);
    const array = [1, 2, 3, 4, 5, 6];
    const shuffled = rng.shuffle(array);
    expect(shuffled).toBe(array);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("rejects invalid seeds and parameters", () => {
    expect(() => createRng(Number.NaN)).toThrow(
      new LabError("createRng requires a finite number or a string as seed (found NaN)"),
    );
    const rng = createRng(1);
    expect(() => rng.int(0)).toThrow("int requires n to be an integer in [1, 2^53] (found 0)");
    expect(() => rng.choice([])).toThrow("choice requires at least one value in items");
    expect(() => rng.choice(["a"], [-1])).toThrow(
      "choice requires non-negative finite weights (found -1)",
    );
    expect(() => rng.choice(["a", "b"], [0, 0])).toThrow(
      "choice requires weights to sum to a positive number",
    );
    expect(() => rng.exponential(0)).toThrow(
      "exponential requires rate to be a positive finite number (found 0)",
    );
    expect(() => rng.poisson(-1)).toThrow(
      "poisson requires lambda to be a non-negative finite number (found -1)",
    );
    expect(() => rng.binomial(3, 1.5)).toThrow("binomial requires p in [0, 1] (found 1.5)");
    expect(() => rng.normals(3, 0, -1)).toThrow(
      "normals requires sd to be a non-negative finite number (found -1)",
    );
  });
});
