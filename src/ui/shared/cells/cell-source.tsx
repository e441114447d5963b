import { lazy, Suspense } from "react";

const CodeEditor = lazy(() => import("./code-editor"));

/**
 * A cell's code: read-only (Shift+Enter runs it), or in the editor while editing, which loads on
 * first use and shows the plain code until it has.
 */
export function CellSource({
  source,
  title,
  editing,
  edited,
  onChange,
  onRun,
}: {
  source: string;
  title: string;
  editing: boolean;
  edited: boolean;
  onChange: (source: string) => void;
  onRun: () => void;
}) {
  if (editing)
    return (
      <Suspense fallback={<pre className="cell-source">{source}</pre>}>
        <CodeEditor value={source} label={`Code of ${title}`} onChange={onChange} onRun={onRun} />
      </Suspense>
    );
  return (
    <pre
      className="cell-source"
      tabIndex={0}
      aria-label={`Code of ${title}${edited ? " (edited)" : ""}`}
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.shiftKey) {
          event.preventDefault();
          onRun();
        }
      }}
    >
      <code>{source}</code>
    </pre>
  );
}
