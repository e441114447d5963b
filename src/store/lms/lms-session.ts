/**
 * The app's side of a SCORM launch: initialise the LMS session, take the learner's id and name,
 * restore progress from `cmi.suspend_data`, and from then on report what the stores record —
 * progress (suspend_data), the launched assignment's score and status (or the chapter's completion),
 * session time and one interaction per graded attempt — with a commit after each graded attempt
 * and on `pagehide`, and Terminate when the page goes away. The page keeps working through the same
 * store actions and grading as on the open web; this module only watches the stores and reports.
 *
 * When the LMS refuses a call, everything stays in the browser's storage (the stores persist
 * there anyway), the status line says so, and the whole report is sent again with growing delays.
 */

import { checkRosterId } from "../../course/roster-id";
import { interactionValues, sessionTimeValue } from "../../course/scorm-report";
import {
  decodeSuspendData,
  encodeSuspendData,
  scorm12SuspendLimit,
  scorm2004SuspendLimit,
} from "../../course/suspend-data";
import { useAppStore } from "../app-store";
import { useAssignmentStore } from "../assignment-store";
import { deflatePacker } from "./deflate-packer";
import type { FoundScormApi } from "./find-scorm-api";
import { progressOf, restore } from "./lms-progress";
import { gradedCount, scoreReport, type LmsLaunch } from "./lms-report";
import { useLmsStatus } from "./lms-status";
import { displayName, ScormConnection } from "./scorm-connection";

export type { LmsLaunch } from "./lms-report";

/** Delays between retries of a refused save, in seconds (the last one repeats). */
export const retryDelaysSeconds = [2, 4, 8, 16, 30] as const;
/** How long ordinary changes (reading, drafts) wait before being sent, in milliseconds. */
const settleMs = 1500;

/** What the LMS says about the learner and the launch, read once when the session starts. */
function readLaunch(connection: ScormConnection) {
  const names = connection.elements;
  const rawId = connection.get(names.learnerId).trim();
  const checked = checkRosterId(rawId);
  const passingText = connection.get(names.passing).trim();
  const passingNumber = passingText === "" ? Number.NaN : Number(passingText);
  return {
    learnerId: "id" in checked ? checked.id : undefined,
    idProblem:
      "problem" in checked
        ? `your course's learner id "${rawId}" cannot be used as a roster id (${checked.problem})`
        : undefined,
    learnerName: displayName(connection.get(names.learnerName)),
    // SCORM 1.2 gives the mastery score out of 100, SCORM 2004 the scaled passing score.
    passingScaled: Number.isFinite(passingNumber)
      ? connection.version === "1.2"
        ? passingNumber / 100
        : passingNumber
      : undefined,
    saved: decodeSuspendData(connection.get(names.suspendData), deflatePacker),
    interactionCount: Number(connection.get(names.interactionCount)) || 0,
  };
}

/**
 * Starts the LMS session for a found API. Call it once, when the app starts inside an LMS.
 *
 * @param found - the API from `findScormApi(window)`
 * @param launch - the launched assignment (if any) and the chapter's lesson and exercise ids
 * @returns a function that ends the session (final save, Terminate) and stops listening
 */
export function startLmsSession(found: FoundScormApi, launch: LmsLaunch): () => void {
  const connection = new ScormConnection(found);
  const status = useLmsStatus;
  if (!connection.initialize()) {
    status.setState({
      connection: "refused",
      version: connection.version,
      refusal: connection.lastError ?? "the course did not answer",
    });
    return () => {};
  }
  const sessionStart = Date.now();
  const names = connection.elements;
  const { learnerId, idProblem, learnerName, passingScaled, saved, interactionCount } =
    readLaunch(connection);
  const limit = connection.version === "1.2" ? scorm12SuspendLimit : scorm2004SuspendLimit;
  let reported: Record<string, number> = { ...saved.progress.reported };
  let nextInteraction = interactionCount;
  const assignment = launch.assignment;
  if (learnerId) {
    restore(saved.progress, learnerId, sessionStart);
    if (assignment) useAssignmentStore.getState().setRosterId(assignment.id, learnerId);
  }
  // Without an exit of "suspend" an LMS may start the next launch afresh, without suspend_data.
  connection.set(names.exit, "suspend");
  status.setState({
    connection: "connected",
    version: connection.version,
    learnerId,
    learnerName: learnerName || undefined,
    restoreProblems: [...saved.problems, ...(idProblem ? [idProblem] : [])],
  });

  let ended = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let lastGraded = learnerId ? gradedCount(learnerId) : 0;
  let lastSent = "";

  /** Sends the whole report and commits; true when the LMS took all of it. */
  const send = (): boolean => {
    if (ended || !learnerId) return true;
    const { values, fresh, counts } = scoreReport(connection.version, launch, learnerId, reported, {
      start: sessionStart,
      passingScaled,
    });
    const progress = progressOf(learnerId, counts);
    const encoded = encodeSuspendData(progress, {
      limit,
      keepAssignment: assignment?.id,
      packer: deflatePacker,
    });
    const interactions = fresh.flatMap((attempt, offset) =>
      interactionValues(connection.version, nextInteraction + offset, attempt),
    );
    const signature = JSON.stringify([values, encoded.text, interactions]);
    if (signature === lastSent && failures === 0) return true;
    values.push([names.suspendData, encoded.text]);
    values.push(sessionTimeValue(connection.version, Date.now() - sessionStart));
    // An interaction field the LMS refuses (its data model checks types) costs only that record:
    // retrying cannot change the LMS's mind, and the score and progress must still get through.
    const refused = interactions
      .filter(([element, value]) => !connection.set(element, value))
      .map(([element]) => `${element} (${connection.lastError ?? "refused"})`);
    const ok =
      values.every(([element, value]) => connection.set(element, value)) && connection.commit();
    status.setState({ leftOut: encoded.leftOut });
    if (refused.length > 0) {
      status.setState((state) => ({ notAccepted: [...state.notAccepted, ...refused] }));
    }
    if (!ok) return false;
    reported = counts;
    nextInteraction += fresh.length;
    lastSent = signature;
    return true;
  };

  const attempt = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    if (send()) {
      failures = 0;
      status.setState({ save: { kind: "saved", at: Date.now() } });
      return;
    }
    failures += 1;
    const delay = retryDelaysSeconds[Math.min(failures, retryDelaysSeconds.length) - 1] ?? 30;
    status.setState({
      save: {
        kind: "retrying",
        attempt: failures,
        retryAt: Date.now() + delay * 1000,
        error: connection.lastError ?? "the course did not accept the save",
      },
    });
    retryTimer = setTimeout(attempt, delay * 1000);
  };
  status.setState({ retryNow: attempt });

  const onChange = () => {
    if (ended || !learnerId) return;
    const graded = gradedCount(learnerId);
    // A graded attempt is committed at once; reading and drafts settle first.
    if (graded !== lastGraded) {
      lastGraded = graded;
      clearTimeout(settleTimer);
      if (!retryTimer) attempt();
      return;
    }
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      if (!retryTimer) attempt();
    }, settleMs);
  };
  const unsubscribeApp = useAppStore.subscribe(onChange);
  const unsubscribeAssignments = useAssignmentStore.subscribe(onChange);

  const end = () => {
    if (ended) return;
    clearTimeout(settleTimer);
    clearTimeout(retryTimer);
    // The last save: a refusal now cannot be retried, but the work stays in this browser and
    // goes to the course at the next launch (restore keeps whichever copy holds more).
    send();
    ended = true;
    connection.terminate();
    status.setState({ save: { kind: "ended" }, retryNow: undefined });
    unsubscribeApp();
    unsubscribeAssignments();
    window.removeEventListener("pagehide", end);
  };
  window.addEventListener("pagehide", end);
  // The restored progress and the first score go to the LMS at once.
  attempt();
  return end;
}
