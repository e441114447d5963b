import { useEffect, useRef, useState } from "react";
import { persistedPart, replaceProgress, resetProgress, useAppStore } from "../../store/app-store";
import { exportProgress, importProgress, mergeProgress } from "../../store/progress-file";
import { useChapter } from "../content/chapter-context";
import { downloadText } from "../layout/download";

type Outcome = { kind: "success" | "error"; message: string; rejected: string[] };

/** Export, import and reset of everything the chapter saves in this browser. */
export function ProgressPage() {
  const { chapter } = useChapter();
  const state = useAppStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const read = chapter.lessons.filter((lesson) => state.lessons[lesson.id]?.readAt).length;
  const restated = Object.values(state.restate).filter((answer) => answer.text.trim()).length;

  useEffect(() => {
    document.title = `Your progress · ${chapter.title}`;
  }, [chapter.title]);

  const onImport = async (file: File) => {
    const result = importProgress(await file.text());
    if (!result.ok) {
      setOutcome({ kind: "error", message: result.error, rejected: [] });
      return;
    }
    replaceProgress(mergeProgress(persistedPart(useAppStore.getState()), result.state));
    const count =
      Object.keys(result.state.lessons).length + Object.keys(result.state.restate).length;
    setOutcome({
      kind: "success",
      message: `Imported ${count} entries from ${file.name}.`,
      rejected: result.rejected,
    });
  };

  return (
    <article className="prose progress-page">
      <h1 tabIndex={-1}>Your progress</h1>
      <p>
        Your reading progress and restatements are saved in this browser only. You have read {read}{" "}
        of {chapter.lessons.length} lessons and written {restated} restatement
        {restated === 1 ? "" : "s"}.
      </p>
      <h2>Keep a copy or move to another browser</h2>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() =>
            downloadText("feature-stores-progress.json", exportProgress(persistedPart(state)))
          }
        >
          Export progress
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import progress…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Progress file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void onImport(file);
            event.target.value = "";
          }}
        />
      </div>
      {outcome && (
        <div className={`callout callout-${outcome.kind}`} role="status">
          <p>{outcome.message}</p>
          {outcome.rejected.length > 0 && (
            <>
              <p>These entries were rejected:</p>
              <ul>
                {outcome.rejected.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <p>Importing merges: the furthest reading position and the newest restatement win.</p>
      <h2>Start over</h2>
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (
            window.confirm("Erase all reading progress and restatements saved in this browser?")
          ) {
            resetProgress(state.theme);
            setOutcome({ kind: "success", message: "All progress was erased.", rejected: [] });
          }
        }}
      >
        Erase all progress
      </button>
    </article>
  );
}
