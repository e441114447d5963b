import type { CellRunState } from "./use-cell-run";

/** The run's state in a few words: running (with seconds after the first), its time, stopped. */
function statusText(state: CellRunState, elapsed: number): string {
  if (state.status === "running") return elapsed > 0 ? `Running… ${elapsed} s` : "Running…";
  if (state.status === "done") return `${state.result.durationMs.toFixed(0)} ms`;
  return state.status === "stopped" ? "Stopped" : "";
}

/** A cell's title, the state of its run, and a Stop button once a run takes a second or more. */
export function CellHeader({
  titleId,
  title,
  state,
  elapsed,
  onStop,
}: {
  titleId: string;
  title: string;
  state: CellRunState;
  elapsed: number;
  onStop: () => void;
}) {
  return (
    <header className="code-cell-header">
      <h3 id={titleId} className="code-cell-title">
        {title}
      </h3>
      <span className={`cell-status cell-status-${state.status}`} role="status">
        {statusText(state, elapsed)}
      </span>
      {state.status === "running" && elapsed > 0 && (
        <button
          type="button"
          className="cell-stop"
          onClick={onStop}
          title="Stop this cell's run (the kernel restarts; other cells' runs go on)"
        >
          Stop this cell
        </button>
      )}
    </header>
  );
}
