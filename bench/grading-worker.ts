/**
 * A worker of the grading benchmark: generates synthetic submission files, or reads and
 * re-grades a shard of them, with the same course-layer functions the CLI and the page use.
 * It says "ready" once loaded, then runs each job the main thread sends.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { syntheticSubmission } from "../src/cli/synthetic-submissions";
import { assignmentHash, gradeSubmissionFile, submissionToJson } from "../src/course/index";
import { benchAssignment } from "./grading-assignment";

/** What the main thread asks a worker to do. */
export type GradingJob =
  | { kind: "generate"; folder: string; from: number; to: number }
  | { kind: "grade"; folder: string; names: string[] };

/** The file name of synthetic student `index` (zero-padded so name order is numeric order). */
const studentFileName = (index: number): string => `student-${String(index).padStart(5, "0")}.json`;

function run(job: GradingJob): unknown {
  if (job.kind === "generate") {
    for (let index = job.from; index < job.to; index += 1) {
      const rosterId = `s${String(index).padStart(5, "0")}`;
      const submission = syntheticSubmission(benchAssignment, rosterId, "bench", false);
      writeFileSync(join(job.folder, studentFileName(index)), submissionToJson(submission));
    }
    return { done: job.to - job.from };
  }
  const specHash = assignmentHash(benchAssignment);
  const graded = job.names.map((name) =>
    gradeSubmissionFile(
      benchAssignment,
      { name, text: readFileSync(join(job.folder, name), "utf8") },
      specHash,
    ),
  );
  return { graded };
}

parentPort?.on("message", (job: GradingJob) => {
  parentPort?.postMessage(run(job));
});
parentPort?.postMessage("ready");
