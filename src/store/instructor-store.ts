import * as z from "zod/mini";
import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { instructorStorageKey } from "./storage-keys";

/**
 * The instructor's assignment builder, saved in the browser so a reload loses nothing. The form
 * is kept as typed (dates as the date-time inputs give them); the builder validates it as an
 * assignment before anything is downloaded or shared.
 */
export const builderDraftSchema = z.object({
  id: z.string(),
  title: z.string(),
  instructions: z.string(),
  /** `datetime-local` values in the instructor's time zone, e.g. "2026-03-09T23:59". */
  opens: z.string(),
  due: z.string(),
  late: z.enum(["none", "penalty-per-day", "closed"]),
  percentPerDay: z.number(),
  attempts: z.number(),
  feedback: z.enum(["immediate", "on-submit", "after-due"]),
  hints: z.boolean(),
  solutions: z.enum(["after-correct", "after-due", "never"]),
  /** Whether the credit policy below is written into the assignment (else the grader's defaults). */
  customCredit: z.boolean(),
  decayPerAttempt: z.number(),
  hintPenalty: z.number(),
  minimumCredit: z.number(),
  exercises: z.array(
    z.object({ id: z.string(), points: z.number(), variant: z.optional(z.number()) }),
  ),
});

export type BuilderDraft = z.infer<typeof builderDraftSchema>;

/** The version of the saved builder format. */
export const builderVersion = 1;

interface InstructorState {
  /** The builder's form, or undefined before the instructor has touched it. */
  draft: BuilderDraft | undefined;
  saveDraft(draft: BuilderDraft): void;
  clearDraft(): void;
}

/** The instructor's tools' saved state, under its own key (apart from any student's work). */
export const useInstructorStore = create<InstructorState>()(
  persist(
    (set) => ({
      draft: undefined,
      saveDraft: (draft) => set({ draft }),
      clearDraft: () => set({ draft: undefined }),
    }),
    {
      name: instructorStorageKey,
      version: builderVersion,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ draft: state.draft }),
      // A damaged or older draft is dropped rather than half-loaded: the form starts fresh.
      migrate: () => ({ draft: undefined }),
      merge: (persisted, current) => {
        const parsed = builderDraftSchema.safeParse(
          (persisted as { draft?: unknown } | undefined)?.draft,
        );
        return { ...current, draft: parsed.success ? parsed.data : undefined };
      },
    },
  ),
);
