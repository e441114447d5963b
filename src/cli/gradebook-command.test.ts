import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fileText,
  fixtureAssignment,
  perfectStudent,
  referenceFor,
  submissionOf,
  wrongFor,
} from "../course/__fixtures__/course-fixtures";
import { assignmentToYaml, submissionChecksum, submissionToJson } from "../course/index";
import { runGradebookCommand } from "./gradebook-command";

let folder = "";

/** A class folder: good, late, duplicate and bad files, a roster with a student who never submitted. */
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "gradebook-cli-"));
  writeFileSync(join(folder, "fixture-set.yaml"), assignmentToYaml(fixtureAssignment));
  writeFileSync(
    join(folder, "roster.csv"),
    "Student,ID,SIS User ID,SIS Login ID,Section\nAda Lovelace,101,s1,ada@example.edu,A\nGrace Hopper,102,s2,grace@example.edu,B\nAlan Turing,103,s3,alan@example.edu,A\nKatherine Johnson,104,s4,kj@example.edu,B\n",
  );
  const inbox = join(folder, "inbox");
  mkdirSync(join(inbox, "resubmitted"), { recursive: true });
  const s2 = submissionOf("s2", (id) => [
    { answer: wrongFor(fixtureAssignment, "s2", id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
    { answer: referenceFor(fixtureAssignment, "s2", id), at: "2026-03-04T10:05:00Z", hintsUsed: 0 },
  ]);
  const s4late = submissionOf(
    "s4",
    (id) => [
      {
        answer: referenceFor(fixtureAssignment, "s4", id),
        at: "2026-03-09T10:00:00Z",
        hintsUsed: 0,
      },
    ],
    "2026-03-09T10:00:00Z",
  );
  const good = fileText(perfectStudent("s1"));
  const unknown = perfectStudent("s5");
  const withUnknown = {
    ...unknown,
    exercises: [...unknown.exercises, { ...unknown.exercises[0]!, id: "not-an-exercise" }],
  };
  const files: Record<string, string> = {
    "s1-first.json": fileText(submissionOf("s1", () => [], "2026-03-02T00:00:00Z")),
    "resubmitted/s1.json": good,
    "s2.json": fileText(s2),
    "s4.json": fileText(s4late),
    "truncated.json": good.slice(0, 200),
    "edited.json": fileText(s2).replace(/"points": [\d.]+/, '"points": 15'),
    "other-assignment.json": fileText(perfectStudent("s3", { ...fixtureAssignment, id: "week-2" })),
    "older-format.json": fileText(perfectStudent("s3")).replace('"version": 1', '"version": 0'),
    "unknown-exercise.json": submissionToJson({
      ...withUnknown,
      checksum: submissionChecksum(withUnknown),
    }),
    "notes.txt": "not a submission",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(inbox, name), text);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = (...argv: string[]) => runGradebookCommand(argv, folder);

describe("npm run gradebook", () => {
  it("grades a folder with good and bad files, one line per problem, exit code 1", () => {
    const result = run(
      "--assignment",
      "fixture-set.yaml",
      "inbox",
      "--roster",
      "roster.csv",
      "--out",
      "grades.csv",
      "--report",
      "report.html",
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      "inbox/edited.json: checksum mismatch: the file was edited or damaged after it was downloaded",
      "inbox/older-format.json: submission format version 0; this gradebook reads version 1",
      'inbox/other-assignment.json: made for assignment "week-2", not "fixture-set"; not graded',
      'inbox/s1-first.json: another submission of "s1" is newer (inbox/resubmitted/s1.json, submitted 2026-03-05T12:00:00Z); this one is ignored',
      "inbox/s4.json: submitted 2026-03-09T10:00:00Z, after the due time 2026-03-08T00:00:00Z (10 % off per started day late)",
      "inbox/truncated.json: not valid JSON (the file may be truncated or is not a submission)",
      'inbox/unknown-exercise.json: exercise "not-an-exercise" is not in this build\'s catalogue; ignored',
      'inbox/unknown-exercise.json: roster id "s5" is not on the roster; graded, check the id',
      'roster: "s3" has no submission (no grade, not zero)',
      "fixture-set: 9 file(s), 4 student(s) graded, 8 problem(s), 1 roster student(s) without a submission; grades written to grades.csv; report written to report.html",
      "",
    ]);
    // s2: wrong then right, 0.9 of 15; s4: 34 h late = 2 started days, 0.8 of 15; s3: no grade.
    expect(readFileSync(join(folder, "grades.csv"), "utf8")).toBe(
      [
        "Student,ID,SIS User ID,SIS Login ID,Section,Fixture set (fixture-set)",
        "Points Possible,,,,,15",
        "Ada Lovelace,101,s1,ada@example.edu,A,15",
        "Grace Hopper,102,s2,grace@example.edu,B,13.5",
        "Alan Turing,103,s3,alan@example.edu,A,",
        "Katherine Johnson,104,s4,kj@example.edu,B,12",
        "s5,,s5,,,15",
        "",
      ].join("\r\n"),
    );
    const report = readFileSync(join(folder, "report.html"), "utf8");
    expect(report).toContain("<h2>Item analysis</h2>");
    expect(report).toContain("inbox/truncated.json");
  });

  it("is deterministic: same inputs, byte-identical outputs, whatever order files are named in", () => {
    const first = run("--assignment", "fixture-set.yaml", "inbox", "--format", "csv");
    const again = run("--assignment", "fixture-set.yaml", "inbox", "--format", "csv");
    const reordered = run(
      "--assignment",
      "fixture-set.yaml",
      "inbox/s4.json",
      "inbox/s2.json",
      "inbox/resubmitted",
      "inbox",
      "--format",
      "csv",
    );
    expect(again).toEqual(first);
    expect(reordered.stdout).toBe(first.stdout);
    expect(reordered.stderr).toBe(first.stderr);
    expect(first.stdout.split("\r\n")[0]).toBe(
      "roster_id,name,section,psi-categorical-shift,release-gate-decision,total,submitted_at,late,file",
    );
  });

  it("writes Moodle's format and exits 0 when every file is good and every student submitted", () => {
    writeFileSync(join(folder, "small-roster.csv"), "id,name,email\ns1,Ada,ada@example.edu\n");
    const result = run(
      "--assignment",
      "fixture-set.yaml",
      "inbox/resubmitted/s1.json",
      "--roster",
      "small-roster.csv",
      "--format",
      "moodle",
    );
    expect(result.stdout).toBe("ID number,Email address,Fixture set\r\ns1,ada@example.edu,15\r\n");
    expect(result.exitCode).toBe(0);
  });

  it("lists roster students without a submission with no grade, not zero", () => {
    const result = run(
      "--assignment",
      "fixture-set.yaml",
      "inbox/s2.json",
      "--roster",
      "roster.csv",
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain("Ada Lovelace,101,s1,ada@example.edu,A,\r\n");
    expect(result.stderr).toContain('roster: "s1" has no submission (no grade, not zero)');
    expect(result.stderr).toContain('roster: "s4" has no submission (no grade, not zero)');
  });

  it("reports usage errors and invalid assignments with exit code 2", () => {
    expect(run("inbox").exitCode).toBe(2);
    expect(run("--assignment", "fixture-set.yaml", "--frmat", "x", "inbox").stderr).toMatch(
      /Unknown option '--frmat'/,
    );
    expect(run("--assignment", "fixture-set.yaml", "--format", "excel", "inbox").exitCode).toBe(2);
    writeFileSync(join(folder, "broken.yaml"), "version: 1\nid: broken\n");
    const broken = run("--assignment", "broken.yaml", "inbox");
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.yaml:1: missing field "title"/);
    expect(run("--assignment", "no-such-id", "inbox").stderr).toMatch(/no assignment with that id/);
  });

  it("names a missing path as a problem and grades the rest", () => {
    const result = run("--assignment", "fixture-set.yaml", "inbox/resubmitted", "missing-folder");
    expect(result.exitCode).toBe(1);
    expect(result.stderr.split("\n")[0]).toBe("missing-folder: no such file or folder");
  });

  it("runs as a command with that exit code", () => {
    const child = spawnSync(
      process.execPath,
      [
        join(process.cwd(), "node_modules/tsx/dist/cli.mjs"),
        "src/cli/gradebook.ts",
        "--assignment",
        join(folder, "fixture-set.yaml"),
        join(folder, "inbox"),
      ],
      { cwd: process.cwd(), encoding: "utf8" },
    );
    expect(child.stderr).toContain("fixture-set: 9 file(s), 4 student(s) graded, 7 problem(s)");
    expect(child.status).toBe(1);
    expect(child.stdout.startsWith("Student,ID,SIS User ID,SIS Login ID,Section,")).toBe(true);
  });
});
