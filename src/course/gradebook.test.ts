import { describe, expect, it } from "vitest";
import {
  fileText,
  fixtureAssignment,
  perfectStudent,
  referenceFor,
  submissionOf,
  wrongFor,
} from "./__fixtures__/course-fixtures";
import { toCanvasCsv, toExerciseCsv, toMoodleCsv, formatPoints } from "./csv-export";
import { parseCsv } from "./csv";
import { buildGradebook } from "./gradebook";
import { median } from "./item-analysis";
import { problemsReport } from "./report";
import { parseRoster } from "./roster";

const roster = parseRoster(
  [
    "Student,ID,SIS User ID,SIS Login ID,Section",
    "    Points Possible,,,,",
    '"Lovelace, Ada",101,s1,ada@example.edu,A',
    "Grace Hopper,102,s2,grace@example.edu,B",
    "Alan Turing,103,s3,alan@example.edu,A",
  ].join("\n"),
  "roster.csv",
).roster;

const halfRight = submissionOf("s2", (id) => [
  { answer: wrongFor(fixtureAssignment, "s2", id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
  ...(id === "psi-categorical-shift"
    ? [
        {
          answer: referenceFor(fixtureAssignment, "s2", id),
          at: "2026-03-04T10:03:00Z",
          hintsUsed: 0,
        },
      ]
    : []),
]);

const files = [
  { name: "s1-old.json", text: fileText(submissionOf("s1", () => [], "2026-03-02T00:00:00Z")) },
  { name: "s1.json", text: fileText(perfectStudent("s1")) },
  { name: "s2.json", text: fileText(halfRight) },
  { name: "stranger.json", text: fileText(perfectStudent("s9")) },
  { name: "broken.json", text: "{ not json" },
  {
    name: "other.json",
    text: fileText(perfectStudent("s1", { ...fixtureAssignment, id: "another-set" })),
  },
];

describe("parseRoster", () => {
  it("reads a Canvas export: SIS User ID is the roster id, ID the Canvas id, the points row skipped", () => {
    expect(roster.entries).toEqual([
      { id: "s1", name: "Lovelace, Ada", lmsId: "101", login: "ada@example.edu", section: "A" },
      { id: "s2", name: "Grace Hopper", lmsId: "102", login: "grace@example.edu", section: "B" },
      { id: "s3", name: "Alan Turing", lmsId: "103", login: "alan@example.edu", section: "A" },
    ]);
  });

  it("reads a plain roster and reports bad rows at their line", () => {
    const { roster: plain, problems } = parseRoster(
      "id,name\ns1,Ada\n,Nobody\ns1,Again\n",
      "r.csv",
    );
    expect(plain.entries.map((entry) => entry.id)).toEqual(["s1"]);
    expect(problems).toEqual([
      "r.csv:3: Enter your roster id (student number or e-mail).",
      'r.csv:4: roster id "s1" is listed twice; the first is kept',
    ]);
    expect(parseRoster("name\nAda\n", "r.csv").problems[0]).toMatch(/no roster id column/);
  });
});

describe("buildGradebook", () => {
  const gradebook = buildGradebook(fixtureAssignment, files, roster);

  it("grades the latest submission per student, in roster order, then ids not on the roster", () => {
    expect(gradebook.rows.map((row) => [row.rosterId, row.file, row.result?.points])).toEqual([
      ["s1", "s1.json", 15],
      ["s2", "s2.json", 9],
      ["s3", undefined, undefined],
      ["s9", "stranger.json", 15],
    ]);
    expect(gradebook.missing).toEqual(["s3"]);
  });

  it("lists one line per bad file and reason, sorted by file", () => {
    expect(problemsReport(gradebook)).toBe(
      [
        "broken.json: not valid JSON (the file may be truncated or is not a submission)",
        'other.json: made for assignment "another-set", not "fixture-set"; not graded',
        's1-old.json: another submission of "s1" is newer (s1.json, submitted 2026-03-05T12:00:00Z); this one is ignored',
        'stranger.json: roster id "s9" is not on the roster; graded, check the id',
        'roster: "s3" has no submission (no grade, not zero)',
        "",
      ].join("\n"),
    );
  });

  it("gives the same gradebook whatever order the files come in", () => {
    expect(buildGradebook(fixtureAssignment, [...files].reverse(), roster)).toEqual(gradebook);
  });

  it("analyses each exercise across the class", () => {
    const [psi, gate] = gradebook.items;
    // s1 right at once; s2 wrong then right (0.9 of 10); s9 right at once.
    expect(psi?.students).toBe(3);
    expect(psi?.meanScore).toBeCloseTo((1 + 0.9 + 1) / 3, 12);
    expect(psi?.firstAttemptCorrect).toBeCloseTo(2 / 3, 12);
    expect(psi?.medianAttempts).toBe(1);
    expect(gate?.meanScore).toBeCloseTo(2 / 3, 12);
    expect(gate?.wrongAnswers.reduce((sum, group) => sum + group.count, 0)).toBe(1);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it("gives mastery per objective from the exercises that practise it", () => {
    const statistics = gradebook.mastery.find(
      (entry) => entry.objectiveId === "production-statistics",
    );
    expect(statistics?.exerciseIds).toContain("psi-categorical-shift");
    expect(statistics?.students).toBe(3);
  });
});

describe("grade exports", () => {
  const gradebook = buildGradebook(fixtureAssignment, files, roster);

  it("writes Canvas's import format: five identity columns, 'Title (id)', a Points Possible row", () => {
    expect(toCanvasCsv(gradebook)).toBe(
      [
        "Student,ID,SIS User ID,SIS Login ID,Section,Fixture set (fixture-set)",
        "Points Possible,,,,,15",
        '"Lovelace, Ada",101,s1,ada@example.edu,A,15',
        "Grace Hopper,102,s2,grace@example.edu,B,9",
        "Alan Turing,103,s3,alan@example.edu,A,",
        "s9,,s9,,,15",
        "",
      ].join("\r\n"),
    );
  });

  it("writes Moodle's import format: an identifier column and a grade column", () => {
    expect(toMoodleCsv(gradebook).split("\r\n").slice(0, 3)).toEqual([
      "ID number,Email address,Fixture set",
      "s1,ada@example.edu,15",
      "s2,grace@example.edu,9",
    ]);
  });

  it("writes one column per exercise, readable back as CSV", () => {
    const parsed = parseCsv(toExerciseCsv(gradebook));
    if ("problem" in parsed) throw new Error(parsed.problem);
    expect(parsed.rows[0]).toEqual([
      "roster_id",
      "name",
      "section",
      "psi-categorical-shift",
      "release-gate-decision",
      "total",
      "submitted_at",
      "late",
      "file",
    ]);
    expect(parsed.rows[1]).toEqual(["max", "", "", "10", "5", "15", "", "", ""]);
    expect(parsed.rows[3]?.slice(0, 6)).toEqual(["s2", "Grace Hopper", "B", "9", "0", "9"]);
    expect(parsed.rows[4]?.slice(3)).toEqual(["", "", "", "", "", ""]);
  });

  it("rounds points to 2 decimals and leaves no grade empty", () => {
    expect(formatPoints(7.3333333)).toBe("7.33");
    expect(formatPoints(8.5)).toBe("8.5");
    expect(formatPoints(undefined)).toBe("");
  });
});
