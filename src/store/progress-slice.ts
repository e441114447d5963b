import type { StateCreator } from "zustand";
import type { LessonProgress, RestateAnswer } from "./persisted-schema";

/** Reading progress and restatements, keyed by lesson id and restate id. */
export interface ProgressSlice {
  lessons: Record<string, LessonProgress>;
  restate: Record<string, RestateAnswer>;
  /** Records the reading position (0..1); reaching the end marks the lesson read. */
  recordReading(lessonId: string, fraction: number): void;
  markRead(lessonId: string, read: boolean): void;
  saveRestatement(restateId: string, text: string): void;
}

/** Where a lesson counts as read: the reader has reached its last screen. */
export const readThreshold = 0.97;

export const createProgressSlice: StateCreator<ProgressSlice, [], [], ProgressSlice> = (set) => ({
  lessons: {},
  restate: {},
  recordReading: (lessonId, fraction) =>
    set((state) => {
      const previous = state.lessons[lessonId];
      const progress = Math.min(1, Math.max(previous?.progress ?? 0, fraction));
      const reachedEnd = progress >= readThreshold && !previous?.unmarked;
      const readAt = previous?.readAt ?? (reachedEnd ? Date.now() : undefined);
      if (previous && previous.progress === progress && previous.readAt === readAt) return state;
      return {
        lessons: {
          ...state.lessons,
          [lessonId]: { ...previous, progress, ...(readAt === undefined ? {} : { readAt }) },
        },
      };
    }),
  markRead: (lessonId, read) =>
    set((state) => ({
      lessons: {
        ...state.lessons,
        [lessonId]: read ? { progress: 1, readAt: Date.now() } : { progress: 0, unmarked: true },
      },
    })),
  saveRestatement: (restateId, text) =>
    set((state) => ({
      restate: { ...state.restate, [restateId]: { text, updatedAt: Date.now() } },
    })),
});
