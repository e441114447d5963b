import type { GradebookRun } from "./use-gradebook-run";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "Graded 2 students from 5 files; 3 problems." */
function summaryLine(students: number, files: number, problems: number): string {
  return `Graded ${count(students, "student")} from ${count(files, "file")}; ${count(problems, "problem")}.`;
}

/** The live line saying what to do next, how far re-grading has got, or what it found. */
export function GradebookStatus({
  run,
  hasAssignment,
}: {
  run: GradebookRun;
  hasAssignment: boolean;
}) {
  return (
    <div className="gradebook-status" role="status" aria-live="polite">
      {run.state === "idle" &&
        (hasAssignment
          ? "Add submission files to grade them."
          : "Choose or open the assignment the submissions are for.")}
      {run.state === "running" && (
        <label className="gradebook-progress">
          Re-grading: {run.done} of {run.total} files
          <progress max={run.total} value={run.done} />
        </label>
      )}
      {run.state === "failed" && (
        <span className="form-problem">Grading stopped: {run.message}</span>
      )}
      {run.state === "done" &&
        summaryLine(
          run.response.gradebook.rows.filter((row) => row.result).length,
          run.files,
          run.response.gradebook.problems.length,
        )}
    </div>
  );
}
