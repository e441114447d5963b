import { create } from "zustand";

/** Something that went wrong with saved data, shown to the user with its raw contents. */
export interface StorageIssue {
  id: string;
  message: string;
  details: string[];
  /** The raw text that was set aside, offered for download so nothing is lost. */
  raw: string | undefined;
  quarantineKey: string | undefined;
}

interface StorageHealth {
  issues: StorageIssue[];
  report(issue: Omit<StorageIssue, "id">): void;
  dismiss(id: string): void;
}

/** Problems with browser storage found at load or save time (not persisted). */
export const useStorageHealth = create<StorageHealth>()((set) => ({
  issues: [],
  report: (issue) =>
    set((state) => ({
      issues: [...state.issues, { ...issue, id: `${Date.now()}-${state.issues.length}` }],
    })),
  dismiss: (id) => set((state) => ({ issues: state.issues.filter((issue) => issue.id !== id) })),
}));
