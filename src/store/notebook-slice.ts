import type { StateCreator } from "zustand";
import type { CellState } from "./persisted-schema";

type ParamValue = number | string | boolean;

/** Readers' edits to notebook cells and the parameter values they chose, by cell id. */
export interface NotebookSlice {
  cells: Record<string, CellState>;
  saveCellSource(cellId: string, source: string): void;
  saveCellParam(cellId: string, name: string, value: ParamValue): void;
  setCellParams(cellId: string, params: Record<string, ParamValue>): void;
  /** Back to the cell as authored: original source and default parameters. */
  resetCell(cellId: string): void;
}

export const createNotebookSlice: StateCreator<NotebookSlice, [], [], NotebookSlice> = (set) => ({
  cells: {},
  saveCellSource: (cellId, source) =>
    set((state) => ({ cells: { ...state.cells, [cellId]: { ...state.cells[cellId], source } } })),
  saveCellParam: (cellId, name, value) =>
    set((state) => {
      const cell = state.cells[cellId];
      return {
        cells: {
          ...state.cells,
          [cellId]: { ...cell, params: { ...cell?.params, [name]: value } },
        },
      };
    }),
  setCellParams: (cellId, params) =>
    set((state) => ({ cells: { ...state.cells, [cellId]: { ...state.cells[cellId], params } } })),
  resetCell: (cellId) =>
    set((state) => {
      const cells = { ...state.cells };
      delete cells[cellId];
      return { cells };
    }),
});
