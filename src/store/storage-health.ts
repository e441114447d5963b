import { create } from "zustand";

/** Something that went wrong with saved data, shown to the user with its raw contents. */
export interface StorageIssue {
  id: string;
  message: string;
  details: string[];
  /** The raw text that was set aside, offered for download so nothing is lost. */
  raw: string | undefined;
  quarantineKey: string | undefined;
  /**
   * What caused it, for problems that recur (a full storage fails every save) or that every store
   * finds (a browser that refuses storage): a new report of the same cause replaces the shown one
   * instead of adding another.
   */
  cause?: "save-failed" | "storage-unavailable";
}

interface StorageHealth {
  issues: StorageIssue[];
  /** The latest save failed: what the reader typed since is kept in this tab only. */
  saveFailed: boolean;
  report(issue: Omit<StorageIssue, "id">): void;
  dismiss(id: string): void;
  /** A save went through: a shown "could not save" message no longer applies. */
  saved(): void;
}

/** Problems with browser storage found at load or save time (not persisted). */
export const useStorageHealth = create<StorageHealth>()((set, get) => ({
  issues: [],
  saveFailed: false,
  report: (issue) =>
    set((state) => {
      const same = issue.cause
        ? state.issues.findIndex((shown) => shown.cause === issue.cause)
        : -1;
      const id = same >= 0 ? state.issues[same]!.id : `${Date.now()}-${state.issues.length}`;
      const issues =
        same >= 0
          ? state.issues.map((shown, index) => (index === same ? { ...issue, id } : shown))
          : [...state.issues, { ...issue, id }];
      return { issues, saveFailed: state.saveFailed || issue.cause === "save-failed" };
    }),
  dismiss: (id) => set((state) => ({ issues: state.issues.filter((issue) => issue.id !== id) })),
  saved: () => {
    if (!get().saveFailed) return;
    set((state) => ({
      saveFailed: false,
      issues: state.issues.filter((issue) => issue.cause !== "save-failed"),
    }));
  },
}));
