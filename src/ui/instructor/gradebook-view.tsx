import { useEffect, useId, useRef, useState } from "react";
import type { SubmissionFile } from "../../course/index";
import type { GradebookResponse } from "../../kernel/gradebook-contract";
import { downloadText } from "../shared/downloads/download";
import { useAssignmentChoice } from "./assignment-picker";
import { filesOfDrop, filesOfInput, readSubmissionFiles, type NamedFile } from "./dropped-files";
import { runGradebook } from "./gradebook-runner";
import { GradebookTables } from "./gradebook-tables";
import { CsvFileButton } from "./csv-file-button";

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** "Graded 2 students from 5 files; 3 problems." */
function summaryLine(students: number, files: number, problems: number): string {
  return `Graded ${count(students, "student")} from ${count(files, "file")}; ${count(problems, "problem")}.`;
}

type Run =
  | { state: "idle" }
  | { state: "running"; done: number; total: number }
  | { state: "done"; response: GradebookResponse; files: number }
  | { state: "failed"; message: string };

/**
 * The gradebook: drop many submission files (or folders), optionally a roster, and they are
 * re-graded in a Web Worker with a progress bar; then grades, problems, item analysis, mastery
 * and the same downloads as `npm run gradebook`.
 */
export function GradebookView() {
  const { assignment, picker } = useAssignmentChoice();
  const dropHintId = useId();
  const [files, setFiles] = useState<SubmissionFile[]>([]);
  const [roster, setRoster] = useState<SubmissionFile | undefined>();
  const [dragging, setDragging] = useState(false);
  const [run, setRun] = useState<Run>({ state: "idle" });
  const cancelRef = useRef<(() => void) | undefined>(undefined);

  // A CSV dropped or chosen with the submissions is the roster (as `--roster` is for the CLI).
  const addFiles = async (chosen: NamedFile[]) => {
    const isCsv = (entry: NamedFile) => entry.name.toLowerCase().endsWith(".csv");
    const rosterFile = chosen.filter(isCsv).at(-1);
    const read = await readSubmissionFiles(chosen.filter((entry) => !isCsv(entry)));
    if (rosterFile) setRoster({ name: rosterFile.name, text: await rosterFile.file.text() });
    if (read.length > 0) setFiles((current) => [...current, ...read]);
  };

  // Every change of files, roster or assignment re-grades the whole batch (deterministic).
  useEffect(() => {
    cancelRef.current?.();
    if (!assignment || files.length === 0) {
      setRun({ state: "idle" });
      return;
    }
    setRun({ state: "running", done: 0, total: files.length });
    const job = runGradebook({ assignment, files, ...(roster ? { roster } : {}) }, (done, total) =>
      setRun((current) =>
        current.state === "running" ? { state: "running", done, total } : current,
      ),
    );
    cancelRef.current = job.cancel;
    let live = true;
    job.result.then(
      (response) => live && setRun({ state: "done", response, files: files.length }),
      (error: unknown) => {
        if (live && !(error instanceof Error && error.message === "cancelled")) {
          setRun({
            state: "failed",
            message: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [assignment, files, roster]);

  const id = assignment?.id ?? "assignment";
  return (
    <div className="gradebook-view">
      <section aria-labelledby="gradebook-inputs">
        <h2 id="gradebook-inputs">Assignment, roster and submissions</h2>
        {picker}
        <div className="roster-picker">
          <span>Roster (optional CSV: roster id, name, section…; a Canvas export works)</span>
          <CsvFileButton
            label={roster ? `Roster: ${roster.name}` : "Open a roster…"}
            onOpen={setRoster}
          />
          {roster && (
            <button type="button" onClick={() => setRoster(undefined)}>
              No roster
            </button>
          )}
        </div>
        <div
          className={`drop-zone${dragging ? " drop-zone-active" : ""}`}
          data-testid="drop-zone"
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = "copy";
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void filesOfDrop(event.dataTransfer).then(addFiles);
          }}
        >
          <p id={dropHintId}>
            <strong>Drop submission files or folders here</strong> (a <code>.csv</code> among them
            is taken as the roster), or choose them:
          </p>
          <div className="button-row">
            <label className="button file-button">
              Choose files…
              <input
                type="file"
                multiple
                accept=".json,.csv,application/json,text/csv"
                className="visually-hidden"
                aria-describedby={dropHintId}
                data-testid="submission-files"
                onChange={(event) => {
                  const chosen = filesOfInput(event.target.files, false);
                  event.target.value = "";
                  void addFiles(chosen);
                }}
              />
            </label>
            <label className="button file-button">
              Choose a folder…
              <input
                type="file"
                multiple
                className="visually-hidden"
                aria-describedby={dropHintId}
                {...{ webkitdirectory: "" }}
                onChange={(event) => {
                  const chosen = filesOfInput(event.target.files, true);
                  event.target.value = "";
                  void addFiles(chosen);
                }}
              />
            </label>
            {files.length > 0 && (
              <button type="button" onClick={() => setFiles([])}>
                Clear {files.length} file{files.length === 1 ? "" : "s"}
              </button>
            )}
          </div>
          <p className="muted">
            Files stay on this computer: everything is re-graded in this browser, from the seeds,
            never trusting a score written in a file.
          </p>
        </div>
      </section>

      <div className="gradebook-status" role="status" aria-live="polite">
        {run.state === "idle" &&
          (assignment
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

      {run.state === "done" && (
        <>
          <section aria-labelledby="gradebook-downloads">
            <h2 id="gradebook-downloads">Downloads</h2>
            <p>
              The same files as <code>npm run gradebook</code> writes, byte for byte.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="primary"
                onClick={() =>
                  downloadText(`${id}-canvas.csv`, run.response.exports.canvas, "text/csv")
                }
              >
                Canvas CSV
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadText(`${id}-moodle.csv`, run.response.exports.moodle, "text/csv")
                }
              >
                Moodle CSV
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadText(`${id}-grades.csv`, run.response.exports.csv, "text/csv")
                }
              >
                CSV per exercise
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadText(`${id}-report.html`, run.response.reportHtml, "text/html")
                }
              >
                HTML report
              </button>
              {run.response.problemsText && (
                <button
                  type="button"
                  onClick={() =>
                    downloadText(`${id}-problems.txt`, run.response.problemsText, "text/plain")
                  }
                >
                  Problems (text)
                </button>
              )}
            </div>
          </section>
          <GradebookTables response={run.response} />
        </>
      )}
    </div>
  );
}
