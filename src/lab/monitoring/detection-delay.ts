/**
 * How a detector's first alarm relates to a known change point: detected (with its run length from
 * the change), a false alarm before it, or missed, the outcome the run-length studies of Lesson 8
 * count.
 */
import { LabError } from "../core/errors";

/** How a detector's first alarm relates to the true change point. */
export interface DetectionOutcome {
  /** "detected": alarm at or after the change; "false-alarm": before it; "missed": no alarm */
  outcome: "detected" | "false-alarm" | "missed";
  /**
   * The run length from the change when detected: alarmIndex − changeIndex + 1, the number of
   * changed observations seen up to and including the alarm (1 = flagged on the first changed
   * observation), the quantity ARL₁ averages; null otherwise
   */
  delay: number | null;
}

/**
 * Classifies a first alarm against a known change point and gives the detection delay in
 * observations, counted as a run length from the change (the alarm observation included), the
 * same convention as the run lengths behind ARL₀ and ARL₁. An alarm before the change is a false
 * alarm, not a negative delay.
 *
 * @param alarmIndex index of the first alarm, or null when the detector never alarmed
 * @param changeIndex index of the first observation after the change
 * @returns the outcome and the delay
 * @throws LabError when an index is not a non-negative integer
 * @example
 * detectionDelay(112, 100); // { outcome: "detected", delay: 13 }
 * detectionDelay(40, 100); // { outcome: "false-alarm", delay: null }
 */
export function detectionDelay(alarmIndex: number | null, changeIndex: number): DetectionOutcome {
  if (!Number.isInteger(changeIndex) || changeIndex < 0) {
    throw new LabError(
      `detectionDelay requires changeIndex to be a non-negative integer (got ${changeIndex})`,
    );
  }
  if (alarmIndex === null) return { outcome: "missed", delay: null };
  if (!Number.isInteger(alarmIndex) || alarmIndex < 0) {
    throw new LabError(
      `detectionDelay requires alarmIndex to be a non-negative integer or null (got ${alarmIndex})`,
    );
  }
  if (alarmIndex < changeIndex) return { outcome: "false-alarm", delay: null };
  return { outcome: "detected", delay: alarmIndex - changeIndex + 1 };
}
