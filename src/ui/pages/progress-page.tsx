import { useEffect, useRef, useState } from "react";
import { persistedPart, replaceProgress, useAppStore } from "../../store/app-store";
import type { PersistedState } from "../../store/persisted-schema";
import {
  describeImport,
  identityChoice,
  importProgress,
  mergeProgress,
} from "../../store/progress-file";
import { useChapter } from "../shared/chapter/chapter-context";
import { downloadProgress } from "../shared/downloads/progress-download";
import { hrefs } from "../../content/model/routes";
import { EraseProgress } from "./erase-progress";

type Outcome = { kind: "success" | "error"; message: string; rejected: string[] };
type PendingImport = { state: PersistedState; rejected: string[]; fileName: string };

/** Export, import and reset of everything the chapter saves in this browser. */
export function ProgressPage() {
  const { chapter } = useChapter();
  const state = useAppStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [pending, setPending] = useState<PendingImport | undefined>();
  const read = chapter.lessons.filter((lesson) => state.lessons[lesson.id]?.readAt).length;
  const restated = Object.values(state.restate).filter((answer) => answer.text.trim()).length;
  const worked = Object.values(state.exercises).filter(
    (entry) => entry.attempts > 0 || entry.best > 0,
  );
  const points = worked.reduce((sum, entry) => sum + entry.best, 0);
  const solved = worked.filter((entry) => entry.best >= 1).length;

  useEffect(() => {
    document.title = `Your progress · ${chapter.title}`;
  }, [chapter.title]);

  const applyImport = (imported: PendingImport, identity: "current" | "incoming") => {
    const current = persistedPart(useAppStore.getState());
    const merged = mergeProgress(current, imported.state, identity);
    replaceProgress(merged);
    setPending(undefined);
    const identityNote =
      imported.state.studentId && merged.studentId === imported.state.studentId
        ? ` This browser now uses the file's student identity ${merged.studentId}, so the exercises show the variants that work was done on.`
        : imported.state.studentId
          ? ` This browser keeps its student identity ${merged.studentId}; from the file's exercise work only the best scores were kept.`
          : "";
    setOutcome({
      kind: "success",
      message: `Imported from ${imported.fileName}: ${describeImport(imported.state)}.${identityNote}`,
      rejected: imported.rejected,
    });
  };

  const onImport = async (file: File) => {
    const result = importProgress(await file.text());
    if (!result.ok) {
      setOutcome({ kind: "error", message: result.error, rejected: [] });
      return;
    }
    const imported = { state: result.state, rejected: result.rejected, fileName: file.name };
    const choice = identityChoice(persistedPart(useAppStore.getState()), result.state);
    if (choice === "ask") {
      setOutcome(undefined);
      setPending(imported);
      return;
    }
    applyImport(imported, choice === "adopt" ? "incoming" : "current");
  };

  return (
    <article className="prose progress-page">
      <h1 tabIndex={-1}>Your progress</h1>
      <p>
        Your progress is saved in this browser only. You have read {read} of{" "}
        {chapter.lessons.length} lessons and written {restated} restatement
        {restated === 1 ? "" : "s"}.
      </p>
      <p className="progress-exercises">
        {worked.length === 0 ? (
          <>You have not worked on any exercise yet.</>
        ) : (
          <>
            You have worked on {worked.length} exercise{worked.length === 1 ? "" : "s"}: {solved}{" "}
            fully correct, {points.toFixed(1)} points in best scores
            {state.studentId && (
              <>
                {" "}
                (student id <code className="identifier">{state.studentId}</code>)
              </>
            )}
            .
          </>
        )}{" "}
        <a href={hrefs.exercises()}>See every exercise&apos;s status in the exercises index</a>.
      </p>
      <h2>Keep a copy or move to another browser</h2>
      <div className="button-row">
        <button type="button" className="primary" onClick={downloadProgress}>
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
      {pending && (
        <div className="callout" role="group" aria-label="Whose identity to keep">
          <p>
            {pending.fileName} holds exercise work of the student identity{" "}
            <code>{pending.state.studentId}</code>; this browser holds exercise work of{" "}
            <code>{state.studentId}</code>. Exercise variants are derived from the identity, so
            drafts and attempts only make sense under their own. Whose identity should this browser
            use? The other side keeps only its best scores.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="primary"
              onClick={() => applyImport(pending, "incoming")}
            >
              Use the file&apos;s identity ({pending.state.studentId})
            </button>
            <button type="button" onClick={() => applyImport(pending, "current")}>
              Keep this browser&apos;s identity ({state.studentId})
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              Cancel the import
            </button>
          </div>
        </div>
      )}
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
      <p>
        Importing merges: the furthest reading position and the newest restatement win; for each
        exercise the best score of both is kept, with the attempts and hints of the longer history.
      </p>
      <h2>Start over</h2>
      <EraseProgress
        onErased={(message) => setOutcome({ kind: "success", message, rejected: [] })}
      />
    </article>
  );
}
