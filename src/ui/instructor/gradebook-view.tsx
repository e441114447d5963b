import { useAssignmentChoice } from "./assignment-picker";
import { CsvFileButton } from "./file-button";
import { GradebookDownloads } from "./gradebook-downloads";
import { GradebookStatus } from "./gradebook-status";
import { GradebookTables } from "./gradebook-tables";
import { SubmissionDropZone } from "./submission-drop-zone";
import { useGradebookRun } from "./use-gradebook-run";

/**
 * The gradebook: drop many submission files (or folders), optionally a roster, and they are
 * re-graded in a Web Worker with a progress bar; then grades, problems, item analysis, mastery
 * and the same downloads as `npm run gradebook`.
 */
export function GradebookView() {
  const { assignment, picker } = useAssignmentChoice();
  const { files, roster, run, addFiles, setRoster, clearFiles } = useGradebookRun(assignment);
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
        <SubmissionDropZone fileCount={files.length} onAdd={addFiles} onClear={clearFiles} />
      </section>

      <GradebookStatus run={run} hasAssignment={assignment !== undefined} />

      {run.state === "done" && (
        <>
          <GradebookDownloads id={assignment?.id ?? "assignment"} response={run.response} />
          <GradebookTables response={run.response} />
        </>
      )}
    </div>
  );
}
