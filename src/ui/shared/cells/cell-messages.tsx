import type { RunResult } from "../../../kernel/contract";
import type { CellRunState } from "./use-cell-run";

/** The link to copy by hand, shown when the browser did not allow copying it. */
export function ManualLinkNote({ link, onClose }: { link: string; onClose: () => void }) {
  return (
    <p className="cell-manual-link">
      <label>
        The browser did not allow copying. Copy this link by hand:{" "}
        <input
          type="text"
          readOnly
          value={link}
          aria-label="Link to this cell"
          onFocus={(event) => event.currentTarget.select()}
          ref={(input) => input?.select()}
        />
      </label>{" "}
      <button type="button" className="quiet" onClick={onClose}>
        Close
      </button>
    </p>
  );
}

/**
 * What a cell says above its outputs: that its code was edited, why a run stopped, the run's
 * error and logs, and that part of an output is out of sight.
 */
export function CellMessages({
  state,
  result,
  edited,
  clipped,
}: {
  state: CellRunState;
  /** The finished run, if the latest one finished. */
  result: RunResult | undefined;
  edited: boolean;
  clipped: boolean;
}) {
  return (
    <>
      {edited && <p className="cell-note">You edited this cell. Reset brings back the original.</p>}
      {state.status === "stopped" && (
        <p className="cell-error" role="alert">
          {state.message}
        </p>
      )}
      {result?.error && (
        <p className="cell-error" role="alert">
          <strong>{result.error.name}</strong>
          {result.error.line !== undefined ? ` on line ${result.error.line}` : ""}:{" "}
          {result.error.message}
        </p>
      )}
      {result && result.logs.length > 0 && (
        <pre className="cell-logs">{result.logs.join("\n")}</pre>
      )}
      {clipped && (
        <p className="output-clipped-cue">
          Part of this output is wider than the column: scroll it sideways, or choose Expand to open
          the cell at full width.
        </p>
      )}
    </>
  );
}
