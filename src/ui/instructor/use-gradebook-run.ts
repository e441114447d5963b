import { useEffect, useRef, useState } from "react";
import type { Assignment, SubmissionFile } from "../../course/index";
import type { GradebookResponse } from "../../kernel/gradebook-contract";
import { readSubmissionFiles, type NamedFile } from "./dropped-files";
import { runGradebook } from "./gradebook-runner";

/** Where re-grading the batch stands. */
export type GradebookRun =
  | { state: "idle" }
  | { state: "running"; done: number; total: number }
  | { state: "done"; response: GradebookResponse; files: number }
  | { state: "failed"; message: string };

/**
 * The gradebook's submission files and roster, and the run that re-grades them in a Web Worker
 * whenever they or the assignment change.
 */
export function useGradebookRun(assignment: Assignment | undefined) {
  const [files, setFiles] = useState<SubmissionFile[]>([]);
  const [roster, setRoster] = useState<SubmissionFile | undefined>();
  const [run, setRun] = useState<GradebookRun>({ state: "idle" });
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

  return {
    files,
    roster,
    run,
    addFiles,
    setRoster,
    clearFiles: () => setFiles([]),
  };
}
