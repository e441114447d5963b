/**
 * The files of a sample class: a Canvas-style roster and real submission files made by synthetic
 * students, the last student on the roster never submitting, and one file edited by hand.
 */
import { submissionToJson, type Assignment } from "../course/index";
import { syntheticSubmission } from "./synthetic-submissions";

const names = [
  "Ada Lovelace",
  "Grace Hopper",
  "Alan Turing",
  "Katherine Johnson",
  "Edsger Dijkstra",
  "Barbara Liskov",
  "Donald Knuth",
  "Frances Allen",
];

/** A sample class's roster CSV and submission files (name relative to the submissions folder). */
export interface SampleClass {
  roster: string;
  submissions: { name: string; text: string }[];
}

/**
 * The sample class of an assignment: `students` on the roster (ids s1001, s1002, ...), a file
 * for each but the last, and `edited-by-hand.json`, a copy of the first with its total raised.
 * Deterministic: the same assignment and count give the same files.
 *
 * @param assignment - the assignment
 * @param students - how many students the roster has (at least 2)
 * @returns the roster text and the submission files
 */
export function sampleClass(assignment: Assignment, students: number): SampleClass {
  const roster = ["Student,ID,SIS User ID,SIS Login ID,Section"];
  const submissions: SampleClass["submissions"] = [];
  for (let index = 0; index < students; index += 1) {
    const rosterId = `s${String(1001 + index)}`;
    const name = names[index % names.length] ?? rosterId;
    const login = `${name.split(" ")[0]?.toLowerCase() ?? "student"}${index}@example.edu`;
    roster.push(`${name},${2001 + index},${rosterId},${login},${index % 2 === 0 ? "A" : "B"}`);
    // The last student on the roster never submits: they must get no grade, not zero.
    if (index === students - 1) continue;
    submissions.push({
      name: `${assignment.id}-${rosterId}.json`,
      text: submissionToJson(syntheticSubmission(assignment, rosterId, "sample-class")),
    });
  }
  // A copy of the first file with its total raised by hand: the checksum gives it away.
  const first = syntheticSubmission(assignment, "s1001", "sample-class");
  submissions.push({
    name: "edited-by-hand.json",
    text: submissionToJson(first).replace(
      /"points": [\d.]+/,
      `"points": ${first.exercises.length * 100}`,
    ),
  });
  return { roster: `${roster.join("\n")}\n`, submissions };
}
