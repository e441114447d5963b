import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkRanges, chunkValues } from "./chunking";
import { LabError } from "../core/errors";

describe("chunkRanges", () => {
  it("splits into 10 chunks of floor(n / 10) rows by default, keeping leftovers (NannyML DefaultChunker)", () => {
    // NannyML (chunking docs, default 10 chunks): chunk_size = 105 // 10 = 10, leftover 5 kept as a chunk.
    const chunks = chunkRanges(105);
    expect(chunks).toHaveLength(11);
    expect(chunks[0]).toEqual({ key: "[0:9]", startIndex: 0, endIndex: 9 });
    expect(chunks[10]).toEqual({ key: "[100:104]", startIndex: 100, endIndex: 104 });
  });

  it("appends or drops the leftover rows as NannyML's `incomplete` option does", () => {
    expect(chunkRanges(105, { incomplete: "append" }).at(-1)).toEqual({
      key: "[90:104]",
      startIndex: 90,
      endIndex: 104,
    });
    expect(chunkRanges(105, { incomplete: "drop" })).toHaveLength(10);
    expect(chunkRanges(25, { chunkCount: 2 }).map((chunk) => chunk.key)).toEqual([
      "[0:11]",
      "[12:23]",
      "[24:24]",
    ]);
  });

  it("chunks by size when chunkSize is given, and returns no chunk for no rows", () => {
    expect(chunkValues([1, 2, 3, 4, 5], { chunkSize: 2 })).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunkRanges(0)).toEqual([]);
  });

  it("rejects impossible chunkings with one clear LabError each", () => {
    expect(() => chunkRanges(5)).toThrow(LabError);
    expect(() => chunkRanges(5)).toThrow(
      "chunkRanges requires at least 10 rows for 10 chunks (got 5)",
    );
    expect(() => chunkRanges(5, { chunkSize: 0 })).toThrow(
      "chunkRanges requires chunkSize to be a positive integer (got 0)",
    );
    expect(() => chunkRanges(-1)).toThrow(
      "chunkRanges requires length to be a non-negative integer (got -1)",
    );
  });
});

describe("chunkRanges properties", () => {
  it("chunks are contiguous, in order, and cover every row (keep/append) or a prefix (drop)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom("keep" as const, "append" as const, "drop" as const),
        (chunkCount, extra, incomplete) => {
          const length = chunkCount + extra;
          const chunks = chunkRanges(length, { chunkCount, incomplete });
          let next = 0;
          for (const chunk of chunks) {
            expect(chunk.startIndex).toBe(next);
            expect(chunk.endIndex).toBeGreaterThanOrEqual(chunk.startIndex);
            next = chunk.endIndex + 1;
          }
          if (incomplete === "drop")
            expect(next).toBe(length - (length % Math.floor(length / chunkCount)));
          else expect(next).toBe(length);
        },
      ),
    );
  });
});
