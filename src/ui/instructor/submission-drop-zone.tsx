import { useId, useState } from "react";
import { filesOfDrop, filesOfInput, type NamedFile } from "./dropped-files";

/** Where submission files and folders are dropped or chosen, and the batch cleared. */
export function SubmissionDropZone({
  fileCount,
  onAdd,
  onClear,
}: {
  fileCount: number;
  onAdd: (chosen: NamedFile[]) => Promise<void>;
  onClear: () => void;
}) {
  const dropHintId = useId();
  const [dragging, setDragging] = useState(false);
  return (
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
        void filesOfDrop(event.dataTransfer).then(onAdd);
      }}
    >
      <p id={dropHintId}>
        <strong>Drop submission files or folders here</strong> (a <code>.csv</code> among them is
        taken as the roster), or choose them:
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
              void onAdd(chosen);
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
              void onAdd(chosen);
            }}
          />
        </label>
        {fileCount > 0 && (
          <button type="button" onClick={onClear}>
            Clear {fileCount} file{fileCount === 1 ? "" : "s"}
          </button>
        )}
      </div>
      <p className="muted">
        Files stay on this computer: everything is re-graded in this browser, from the seeds, never
        trusting a score written in a file.
      </p>
    </div>
  );
}
