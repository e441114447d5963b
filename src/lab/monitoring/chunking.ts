/**
 * NannyML's chunking: splitting rows into chunks by count or by size, with its rule for the
 * leftover rows, so monitoring statistics are computed per chunk as NannyML does (Lesson 8).
 */
import { LabError } from "../core/errors";

/** What to do with the leftover rows that do not fill a whole chunk (NannyML's `incomplete`). */
export type IncompleteChunkPolicy = "keep" | "append" | "drop";

/** Options of `chunkRanges`: give either a number of chunks or a chunk size. */
export interface ChunkOptions {
  /** number of chunks (NannyML default chunker: 10); ignored when `chunkSize` is given */
  chunkCount?: number;
  /** rows per chunk */
  chunkSize?: number;
  /** leftover rows: "keep" as a smaller last chunk (default), "append" to the last chunk, "drop" */
  incomplete?: IncompleteChunkPolicy;
}

/** One chunk as a row range; `key` follows NannyML's "[start:end]" with an inclusive end. */
export interface ChunkRange {
  key: string;
  startIndex: number;
  endIndex: number;
}

/**
 * Splits `length` rows into consecutive chunks the way NannyML's chunkers do: the chunk size is
 * `floor(length / chunkCount)` (default 10 chunks), full chunks come first and the leftover rows
 * are kept as a smaller chunk, appended to the last full chunk, or dropped.
 *
 * @param length number of rows
 * @param options chunk count or size and the leftover policy
 * @returns chunk ranges in order (empty when length is 0)
 * @throws LabError when the chunk size would be below 1 or options are not positive integers
 * @example
 * chunkRanges(25, { chunkCount: 2 }).map((chunk) => chunk.key); // ["[0:11]", "[12:23]", "[24:24]"]
 */
export function chunkRanges(length: number, options: ChunkOptions = {}): ChunkRange[] {
  const incomplete = options.incomplete ?? "keep";
  if (!Number.isInteger(length) || length < 0) {
    throw new LabError(`chunkRanges requires length to be a non-negative integer (got ${length})`);
  }
  if (length === 0) return [];
  let chunkSize = options.chunkSize;
  if (chunkSize === undefined) {
    const chunkCount = options.chunkCount ?? 10;
    if (!Number.isInteger(chunkCount) || chunkCount < 1) {
      throw new LabError(
        `chunkRanges requires chunkCount to be a positive integer (got ${chunkCount})`,
      );
    }
    chunkSize = Math.floor(length / chunkCount);
    if (chunkSize < 1) {
      throw new LabError(
        `chunkRanges requires at least ${chunkCount} rows for ${chunkCount} chunks (got ${length})`,
      );
    }
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new LabError(
      `chunkRanges requires chunkSize to be a positive integer (got ${chunkSize})`,
    );
  }
  const chunks: ChunkRange[] = [];
  const fullChunks = Math.floor(length / chunkSize);
  for (let chunk = 0; chunk < fullChunks; chunk += 1) {
    const startIndex = chunk * chunkSize;
    chunks.push(makeRange(startIndex, startIndex + chunkSize - 1));
  }
  const leftover = length % chunkSize;
  if (leftover > 0) {
    const startIndex = fullChunks * chunkSize;
    const last = chunks[chunks.length - 1];
    if (incomplete === "keep" || last === undefined) {
      // With fewer rows than one chunk NannyML's "append" has nothing to append to; keep them.
      if (incomplete !== "drop") chunks.push(makeRange(startIndex, length - 1));
    } else if (incomplete === "append") {
      chunks[chunks.length - 1] = makeRange(last.startIndex, length - 1);
    }
  }
  return chunks;
}

function makeRange(startIndex: number, endIndex: number): ChunkRange {
  return { key: `[${startIndex}:${endIndex}]`, startIndex, endIndex };
}

/**
 * Splits values into chunks (see `chunkRanges`) and returns the chunks' values.
 *
 * @param values rows in time order
 * @param options chunk count or size and the leftover policy
 * @returns one array per chunk
 * @throws LabError as `chunkRanges`
 * @example
 * chunkValues([1, 2, 3, 4], { chunkSize: 2 }); // [[1, 2], [3, 4]]
 */
export function chunkValues<T>(values: readonly T[], options: ChunkOptions = {}): T[][] {
  return chunkRanges(values.length, options).map((chunk) =>
    values.slice(chunk.startIndex, chunk.endIndex + 1),
  );
}
