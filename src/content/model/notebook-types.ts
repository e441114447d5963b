/** A declared parameter of a notebook cell: it becomes a control beside the cell. */
export type CellParam =
  | {
      kind: "range";
      label: string;
      unit?: string;
      min: number;
      max: number;
      step: number;
      default: number;
    }
  | {
      kind: "number";
      label: string;
      unit?: string;
      min: number;
      max: number;
      step: number;
      default: number;
    }
  | { kind: "select"; label: string; unit?: string; options: string[]; default: string }
  | { kind: "toggle"; label: string; default: boolean };

/** A code cell as compiled: its source, declared parameters, and the lesson section it illustrates. */
export interface CompiledCodeCell {
  kind: "code";
  id: string;
  title: string;
  source: string;
  params: Record<string, CellParam>;
  /** `lesson-id#anchor` of the section the cell illustrates, if any. */
  lesson: { id: string; anchor: string | undefined } | undefined;
}

/** A Markdown cell, with math rendered at build time. */
export interface CompiledMarkdownCell {
  kind: "markdown";
  html: string;
  /** The Markdown source, kept for .ipynb export. */
  source: string;
}

export type CompiledNotebookCell = CompiledCodeCell | CompiledMarkdownCell;

/** A notebook as the app shows it. */
export interface CompiledNotebook {
  id: string;
  title: string;
  summary: string;
  cells: CompiledNotebookCell[];
}
