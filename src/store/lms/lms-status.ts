/**
 * What the page shows about the LMS connection: who the learner is, whether the last save reached
 * the course, and what the course could not hold. Small on purpose: the banner reads it on every
 * page, while the session that fills it (lms-session.ts) loads only when an LMS launched the app.
 */

import { create } from "zustand";
import type { ScormVersion } from "../../course/scorm-report";

/** Where saving to the LMS stands. */
export type LmsSave =
  | { kind: "idle" }
  | { kind: "saved"; at: number }
  | { kind: "retrying"; attempt: number; retryAt: number; error: string }
  | { kind: "ended" };

/** The LMS connection as the page shows it. */
export interface LmsStatus {
  /** none: not launched by an LMS (the app behaves as on the open web). */
  connection: "none" | "connected" | "refused";
  version?: ScormVersion;
  learnerId?: string;
  learnerName?: string;
  save: LmsSave;
  /** Parts of the progress the course could not hold (kept in this browser only). */
  leftOut: string[];
  /** Attempt records (interaction fields) the LMS refused; the score and progress were kept. */
  notAccepted: string[];
  /** Parts of the progress saved in the course that could not be read back. */
  restoreProblems: string[];
  /** Why the LMS refused the connection, when it did. */
  refusal?: string;
  /** Sends now instead of waiting for the next retry (set by the session). */
  retryNow?: () => void;
}

/** The LMS connection state; `connection: "none"` unless an LMS launched the app. */
export const useLmsStatus = create<LmsStatus>(() => ({
  connection: "none",
  save: { kind: "idle" },
  leftOut: [],
  notAccepted: [],
  restoreProblems: [],
}));
