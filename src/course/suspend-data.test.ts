import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeSuspendData,
  emptySuspendProgress,
  encodeSuspendData,
  scorm12SuspendLimit,
  scorm2004SuspendLimit,
  type SuspendPacker,
  type SuspendProgress,
} from "./suspend-data";

const id = fc.stringMatching(/^[a-z][a-z0-9-]{2,30}$/);
const isoTime = fc
  .integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2027-12-31T00:00:00Z") })
  .map((ms) => new Date(ms).toISOString());
// Times as the page writes them (toISOString) and, rarely, anything a damaged log could hold.
const time = fc.oneof(
  { weight: 9, arbitrary: isoTime },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const typed = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.double().map(String),
  fc.constantFrom("0.25", "drift", ""),
);
const answer = fc.dictionary(id, fc.oneof(typed, fc.array(typed, { maxLength: 3 })), {
  maxKeys: 4,
});
const exerciseWork = fc.record({
  attempts: fc.array(fc.record({ answer, at: time, hintsUsed: fc.nat({ max: 4 }) }), {
    maxLength: 6,
  }),
  hints: fc.array(time, { maxLength: 3 }),
});
const progress: fc.Arbitrary<SuspendProgress> = fc.record({
  lessonsRead: fc.uniqueArray(id, { maxLength: 12 }),
  practice: fc.dictionary(
    id,
    fc.record({
      variant: fc.nat({ max: 20 }),
      attempts: fc.nat({ max: 50 }),
      hintsUsed: fc.nat({ max: 5 }),
      // Scores are kept to 1/1000; the page's scores are sums of part weights and multipliers.
      best: fc.integer({ min: 0, max: 1000 }).map((milli) => milli / 1000),
      solutionOpen: fc.boolean(),
    }),
    { maxKeys: 40 },
  ),
  assignments: fc.dictionary(
    id,
    fc.record({
      exercises: fc.dictionary(id, exerciseWork, { maxKeys: 8 }),
      submittedAt: fc.array(isoTime, { maxLength: 3 }),
    }),
    { maxKeys: 3 },
  ),
  reported: fc.dictionary(
    fc.tuple(id, id).map(([a, b]) => `${a}/${b}`),
    fc.nat({ max: 6 }),
    { maxKeys: 5 },
  ),
});

// A reversible packer for the `1z` path (the app's packer deflates; this one only has to be reversible).
const reversing: SuspendPacker = {
  pack: (text) => [...text].reverse().join(""),
  unpack: (packed) => [...packed].reverse().join(""),
};

describe("suspend_data codec", () => {
  it("reads back exactly what it wrote when everything fits (round trip)", () => {
    fc.assert(
      fc.property(progress, (value) => {
        const { text, leftOut } = encodeSuspendData(value, { limit: scorm2004SuspendLimit });
        fc.pre(leftOut.length === 0);
        const decoded = decodeSuspendData(text);
        expect(decoded.problems).toEqual([]);
        expect(decoded.progress).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it("never writes more than the limit, whatever the progress and the limit", () => {
    fc.assert(
      fc.property(
        progress,
        fc.constantFrom(scorm12SuspendLimit, 400, 64, 4),
        fc.option(id, { nil: undefined }),
        (value, limit, keepAssignment) => {
          const { text } = encodeSuspendData(value, { limit, keepAssignment });
          expect(text.length).toBeLessThanOrEqual(limit);
          if (text !== "") expect(decodeSuspendData(text).problems).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps the launched assignment over reading progress, practice and other assignments", () => {
    const answer = { value: "x".repeat(200) };
    const at = "2026-12-01T10:00:00.000Z";
    const value: SuspendProgress = {
      lessonsRead: Array.from({ length: 40 }, (_, index) => `lesson-${index}`),
      practice: Object.fromEntries(
        Array.from({ length: 60 }, (_, index) => [
          `exercise-${index}`,
          { variant: 1, attempts: 3, hintsUsed: 1, best: 0.5, solutionOpen: false },
        ]),
      ),
      assignments: {
        launched: {
          exercises: { a: { attempts: [{ answer, at, hintsUsed: 0 }], hints: [] } },
          submittedAt: [],
        },
        other: {
          exercises: { b: { attempts: Array(20).fill({ answer, at, hintsUsed: 0 }), hints: [] } },
          submittedAt: [],
        },
      },
      reported: { "launched/a": 1, "other/b": 20 },
    };
    const { text, leftOut } = encodeSuspendData(value, { limit: 1000, keepAssignment: "launched" });
    expect(text.length).toBeLessThanOrEqual(1000);
    expect(leftOut).toHaveLength(3);
    expect(leftOut[0]).toMatch(/lessons you have read \(40\)/);
    expect(leftOut[1]).toMatch(/practice scores \(60 exercises\)/);
    expect(leftOut[2]).toMatch(/other assignments \(other\)/);
    const decoded = decodeSuspendData(text).progress;
    expect(decoded.assignments).toEqual({ launched: value.assignments["launched"] });
    expect(decoded.reported).toEqual({ "launched/a": 1 });
  });

  it("drops the launched assignment's oldest attempts last, and says how many", () => {
    const attempts = Array.from({ length: 30 }, (_, index) => ({
      answer: { value: `${index}-${"y".repeat(100)}` },
      at: new Date(Date.UTC(2026, 11, 1, 10, index)).toISOString(),
      hintsUsed: 0,
    }));
    const value: SuspendProgress = {
      ...emptySuspendProgress,
      assignments: { launched: { exercises: { a: { attempts, hints: [] } }, submittedAt: [] } },
    };
    const { text, leftOut } = encodeSuspendData(value, { limit: 1500, keepAssignment: "launched" });
    expect(text.length).toBeLessThanOrEqual(1500);
    const kept =
      decodeSuspendData(text).progress.assignments["launched"]?.exercises["a"]?.attempts ?? [];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(attempts.slice(attempts.length - kept.length));
    expect(leftOut).toEqual([
      `the answers of your ${30 - kept.length} oldest attempts on this assignment (your course's storage is full)`,
    ]);
  });

  it("without a launched assignment, trims the oldest attempts across all assignments", () => {
    const attempts = (offset: number) =>
      Array.from({ length: 10 }, (_, index) => ({
        answer: { value: `${offset}-${index}-${"z".repeat(100)}` },
        at: new Date(Date.UTC(2026, 11, 1, 10, offset + 2 * index)).toISOString(),
        hintsUsed: 0,
      }));
    const value: SuspendProgress = {
      ...emptySuspendProgress,
      lessonsRead: ["intro"],
      assignments: {
        first: { exercises: { a: { attempts: attempts(0), hints: [] } }, submittedAt: [] },
        second: { exercises: { b: { attempts: attempts(1), hints: [] } }, submittedAt: [] },
      },
    };
    const { text, leftOut } = encodeSuspendData(value, { limit: 1500 });
    expect(text.length).toBeLessThanOrEqual(1500);
    const kept = decodeSuspendData(text).progress.assignments;
    const first = kept["first"]?.exercises["a"]?.attempts ?? [];
    const second = kept["second"]?.exercises["b"]?.attempts ?? [];
    // Interleaved times: both assignments keep their newest attempts.
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(1);
    expect(leftOut).toEqual([
      "which lessons you have read (1)",
      `the answers of your ${20 - first.length - second.length} oldest attempts on assignments (your course's storage is full)`,
    ]);
  });

  it("uses the packed form only when it is shorter, and reads both", () => {
    const value: SuspendProgress = { ...emptySuspendProgress, lessonsRead: ["intro"] };
    const shorter: SuspendPacker = {
      pack: () => "p",
      unpack: () => JSON.stringify({ l: ["intro"] }),
    };
    const packed = encodeSuspendData(value, { limit: 100, packer: shorter }).text;
    expect(packed).toBe("1zp");
    expect(decodeSuspendData(packed, shorter).progress.lessonsRead).toEqual(["intro"]);
    const plain = encodeSuspendData(value, { limit: 100, packer: reversing }).text;
    expect(plain.startsWith("1j")).toBe(true);
  });

  it("names damaged or foreign data instead of throwing, and keeps the readable entries", () => {
    expect(decodeSuspendData("").problems).toEqual([]);
    expect(decodeSuspendData("hello").problems[0]).toMatch(/format this version does not read/);
    expect(decodeSuspendData("1j{").problems[0]).toMatch(/damaged/);
    expect(decodeSuspendData("1zabc").problems[0]).toMatch(/could not be unpacked/);
    const partly = decodeSuspendData('1j{"l":["a"],"p":{"x":[1,2],"y":[0,1,0,500,1]},"w":{"q":7}}');
    expect(partly.progress.lessonsRead).toEqual(["a"]);
    expect(partly.progress.practice["y"]?.best).toBe(0.5);
    expect(partly.problems).toEqual([
      'practice on "x" could not be read',
      'work on assignment "q" could not be read',
    ]);
  });
});
