import type { CompiledCodeCell } from "../../../content/model/notebook-types";
import { hrefs } from "../../../content/model/routes";
import { SeedControl } from "./seed-control";

/** Where a cell is shown: in its notebook, beside a lesson's text, or as an exercise's scratch cell. */
export type CellPlacement = "notebook" | "lesson" | "scratch";

/** What the toolbar shows of the cell's state, and what its buttons do. */
export interface CellToolbarProps {
  cell: CompiledCodeCell;
  notebookId: string;
  placement: CellPlacement;
  seed: number;
  onSeed: (seed: number) => void;
  /** Moves to the next seed: a fresh random sample. */
  onNewSample: () => void;
  onRun: () => void;
  showCode: boolean;
  onToggleCode: () => void;
  editing: boolean;
  onToggleEditing: () => void;
  /** Whether there is anything to reset: edited code or parameter values. */
  canReset: boolean;
  onReset: () => void;
  copied: boolean;
  onCopyLink: () => void;
  expanded: boolean;
  onToggleExpanded: () => void;
}

/** The way from a cell to its other place: the notebook from a lesson, else the lesson section. */
function CellLink({ cell, notebookId, placement }: CellToolbarProps) {
  if (placement === "lesson")
    return (
      <a className="cell-link" href={hrefs.notebook(notebookId, cell.id)}>
        Open in the notebook
      </a>
    );
  if (!cell.lesson) return null;
  return (
    <a className="cell-link" href={hrefs.lesson(cell.lesson.id, cell.lesson.anchor)}>
      Read the lesson section
    </a>
  );
}

/** A cell's actions: run, seed, new sample, show or edit the code, reset, copy link, expand. */
export function CellToolbar(props: CellToolbarProps) {
  const { cell, placement, seed, showCode, editing, expanded } = props;
  return (
    <div className="cell-toolbar">
      <button type="button" className="primary" onClick={props.onRun} title="Run (Shift+Enter)">
        Run
      </button>
      <SeedControl seed={seed} onChange={props.onSeed} label={`Seed of ${cell.title}`} />
      <button
        type="button"
        onClick={props.onNewSample}
        title="Run again with a fresh random sample (the next seed)"
      >
        New sample
      </button>
      <button type="button" aria-expanded={showCode} onClick={props.onToggleCode}>
        {showCode ? "Hide code" : "Show code"}
      </button>
      <button type="button" aria-pressed={editing} onClick={props.onToggleEditing}>
        {editing ? "Done editing" : "Edit code"}
      </button>
      <button
        type="button"
        disabled={!props.canReset}
        onClick={props.onReset}
        title="Back to the original code and default parameters"
      >
        Reset
      </button>
      <button
        type="button"
        onClick={props.onCopyLink}
        title="Copy a link that opens this cell with these parameter values"
      >
        {props.copied ? "Link copied" : "Copy link"}
      </button>
      {placement === "lesson" && (
        <button
          type="button"
          className="cell-expand"
          onClick={props.onToggleExpanded}
          title={
            expanded ? "Back beside the text" : "Open this cell at the full width of the lesson"
          }
        >
          {expanded ? "Collapse" : "Expand"}
        </button>
      )}
      <CellLink {...props} />
    </div>
  );
}
