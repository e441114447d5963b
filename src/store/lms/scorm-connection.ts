/**
 * One SCORM run-time API behind one interface, whatever its version: the calls of SCORM 1.2
 * (`LMSInitialize`, `LMSGetValue`…) and SCORM 2004 (`Initialize`, `GetValue`…) return "true" or
 * "false" as text, and on failure the LMS's error code says why; here every call returns whether
 * it worked and keeps the last error in words for the student's status line.
 */

import type { ScormVersion } from "../../course/scorm-report";
import type { FoundScormApi } from "./find-scorm-api";

/** The learner-facing elements of each version's data model. */
const elements = {
  "1.2": {
    learnerId: "cmi.core.student_id",
    learnerName: "cmi.core.student_name",
    suspendData: "cmi.suspend_data",
    exit: "cmi.core.exit",
    passing: "cmi.student_data.mastery_score",
    interactionCount: "cmi.interactions._count",
  },
  "2004": {
    learnerId: "cmi.learner_id",
    learnerName: "cmi.learner_name",
    suspendData: "cmi.suspend_data",
    exit: "cmi.exit",
    passing: "cmi.scaled_passing_score",
    interactionCount: "cmi.interactions._count",
  },
} as const;

/** A connection to the LMS through its run-time API. */
export class ScormConnection {
  readonly version: ScormVersion;
  readonly elements: (typeof elements)[ScormVersion];
  /** The last failed call in words (with the LMS's error code), or undefined. */
  lastError: string | undefined;
  private readonly found: FoundScormApi;

  constructor(found: FoundScormApi) {
    this.found = found;
    this.version = found.version;
    this.elements = elements[found.version];
  }

  private call(name: string, run: () => string): boolean {
    let result: string;
    try {
      result = String(run());
    } catch (error) {
      this.lastError = `${name} failed (${error instanceof Error ? error.message : String(error)})`;
      return false;
    }
    if (result === "true") return true;
    this.lastError = `${name} failed (${this.errorText()})`;
    return false;
  }

  private errorText(): string {
    try {
      const found = this.found;
      const code =
        found.version === "1.2"
          ? String(found.api.LMSGetLastError())
          : String(found.api.GetLastError());
      const words =
        found.version === "1.2"
          ? found.api.LMSGetErrorString(code)
          : found.api.GetErrorString(code);
      return `error ${code}${words ? `: ${words}` : ""}`;
    } catch {
      return "no error code";
    }
  }

  /** Opens the session (LMSInitialize / Initialize). */
  initialize(): boolean {
    const found = this.found;
    return found.version === "1.2"
      ? this.call("LMSInitialize", () => found.api.LMSInitialize(""))
      : this.call("Initialize", () => found.api.Initialize(""));
  }

  /** Reads an element; "" when it is unset or the read fails (SCORM's own convention). */
  get(element: string): string {
    const found = this.found;
    try {
      const value =
        found.version === "1.2" ? found.api.LMSGetValue(element) : found.api.GetValue(element);
      return typeof value === "string" ? value : String(value ?? "");
    } catch {
      return "";
    }
  }

  /** Writes an element; false (and `lastError`) when the LMS refuses it. */
  set(element: string, value: string): boolean {
    const found = this.found;
    return found.version === "1.2"
      ? this.call(`LMSSetValue ${element}`, () => found.api.LMSSetValue(element, value))
      : this.call(`SetValue ${element}`, () => found.api.SetValue(element, value));
  }

  /** Asks the LMS to store what was set (LMSCommit / Commit). */
  commit(): boolean {
    const found = this.found;
    return found.version === "1.2"
      ? this.call("LMSCommit", () => found.api.LMSCommit(""))
      : this.call("Commit", () => found.api.Commit(""));
  }

  /** Ends the session (LMSFinish / Terminate); no call is allowed after it. */
  terminate(): boolean {
    const found = this.found;
    return found.version === "1.2"
      ? this.call("LMSFinish", () => found.api.LMSFinish(""))
      : this.call("Terminate", () => found.api.Terminate(""));
  }
}

/**
 * A learner name as people write it: LMSs send "Last, First" (SCORM's recommendation); a name
 * without a comma is kept as it is.
 *
 * @param name - cmi.core.student_name / cmi.learner_name
 * @returns e.g. "Ada Lovelace" for "Lovelace, Ada"
 * @example
 * displayName("Lovelace, Ada"); // "Ada Lovelace"
 */
export function displayName(name: string): string {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(",");
  if (comma < 0) return trimmed;
  const last = trimmed.slice(0, comma).trim();
  const first = trimmed.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(" ");
}
