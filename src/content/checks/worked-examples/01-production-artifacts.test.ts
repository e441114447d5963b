import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  contentHash,
  createReleaseRegistry,
  currentTarget,
  promote,
  registerVersion,
  releaseTupleHash,
  rollback,
  normalCdf,
  normalQuantile,
  wilsonInterval,
} from "../../../lab/index";
import type { ReleaseTuple } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("01-production-artifacts.md");
/** The lesson with line breaks folded, for phrases that wrap across lines. */
const flatText = text.replace(/\s+/g, " ");

// The configuration of the hashing example, and the same value written differently.
const configuration = { learningRate: 0.05, maxDepth: 6, seed: 42 };
const reorderedConfiguration = JSON.parse(
  '{"seed":42,"maxDepth":6,"learningRate":0.050}',
) as unknown;
const raisedConfiguration = { learningRate: 0.1, maxDepth: 6, seed: 42 };

// The three releases of the rollback example.
const sharedComponents = { code: "git-4f2a9c1", environment: "image-7c1d0e" };
const releases: Record<string, ReleaseTuple> = {
  v1: {
    ...sharedComponents,
    model: "model-a",
    data: "snapshot-2024-06-01",
    config: contentHash(configuration),
  },
  v2: {
    ...sharedComponents,
    model: "model-b",
    data: "snapshot-2024-06-08",
    config: contentHash(configuration),
  },
  v3: {
    ...sharedComponents,
    model: "model-c",
    data: "snapshot-2024-06-08",
    config: contentHash(raisedConfiguration),
  },
};

describe("lesson 1 worked examples: production artifacts", () => {
  it("prints the canonical form and hash prefix of the configuration", () => {
    // lab canonicalJson / contentHash (sorted keys, no whitespace, shortest numbers)
    const canonical = canonicalJson(configuration);
    expect(text).toContain(`\`${canonical}\``);
    expect(text).toContain(contentHash(configuration).slice(0, 16));
  });

  it("gives the reordered document the same hash and the raised learning rate a new one", () => {
    expect(contentHash(reorderedConfiguration)).toBe(contentHash(configuration));
    const raisedHash = contentHash(raisedConfiguration);
    expect(raisedHash).not.toBe(contentHash(configuration));
    expect(text).toContain(raisedHash.slice(0, 16));
  });

  it("prints the two orders of summing 1e16, 1 and -1e16", () => {
    // IEEE 754 binary64, as JavaScript numbers are; the lesson prints the shortest round-trip form.
    const large = 1e16;
    expect(large + 1).toBe(large);
    expect(large + 2).not.toBe(large);
    expect(flatText).toContain(
      `$(10^{16} + 1) - 10^{16}$ evaluates to \`${String(large + 1 - large)}\``,
    );
    expect(flatText).toContain(
      `$(10^{16} - 10^{16}) + 1$ evaluates to \`${String(large - large + 1)}\``,
    );
  });

  it("states the collision bound for a billion artifacts", () => {
    // n(n - 1) / 2^257 from the union bound; the lesson prints 4.3 x 10^-60.
    const artifacts = 1e9;
    const bound = (artifacts * (artifacts - 1)) / 2 ** 257;
    expect(text).toContain(`${(bound * 1e60).toFixed(1)} \\times 10^{-60}`);
  });

  it("prints the release hash prefixes of the three releases", () => {
    for (const tuple of Object.values(releases)) {
      expect(text).toContain(releaseTupleHash(tuple).slice(0, 16));
    }
  });

  it("serves v2 again after one rollback from v3, with the printed release hash", () => {
    let registry = createReleaseRegistry();
    for (const [id, tuple] of Object.entries(releases)) {
      registry = registerVersion(registry, id, tuple);
      registry = promote(registry, "production", id);
    }
    expect(currentTarget(registry, "production")?.id).toBe("v3");
    registry = rollback(registry, "production");
    const served = currentTarget(registry, "production");
    expect(served?.id).toBe("v2");
    expect(flatText).toContain(
      `one rollback would serve the release whose hash begins \`${served!.tupleHash.slice(0, 16)}\``,
    );
  });

  it("prints the Wilson interval of 912 correct out of 1000 and places 0.905 inside it", () => {
    // lab wilsonInterval, 95% (Wilson 1927); python: statsmodels-free formula gives the same bounds
    const [lower, upper] = wilsonInterval(912, 1000, 0.95);
    expectPrinted(passage(text, "The 95% Wilson interval"), lower, 4);
    expectPrinted(passage(text, "The 95% Wilson interval"), upper, 4);
    expectPrinted(passage(text, "The 95% Wilson interval"), 912 / 1000, 3);
    expect(905 / 1000).toBeGreaterThan(lower);
    expect(905 / 1000).toBeLessThan(upper);
    // An exact replicate lands inside the first 95% interval with probability
    // P(|Z| < 1.96/√2) = 2Φ(1.959964/√2) − 1 (scipy: 0.834223727104296).
    const insideShare = 2 * normalCdf(normalQuantile(0.975) / Math.SQRT2) - 1;
    expect(insideShare).toBeCloseTo(0.834223727104296, 9);
    const example = passage(text, "lands inside the first 95% interval only about");
    expectPrinted(example, insideShare, 3);
    expect(example).toContain("83%");
    expect(readLesson("06-lineage-versioning-rollback.md")).toContain(
      "an exact replicate lands there only about 83% of the time",
    );
  });
});
