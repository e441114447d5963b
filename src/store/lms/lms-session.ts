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

import type { Assignment } from "../../course/assignment-schema";
import { regradeExercise } from "../../course/regrade";
import { checkRosterId } from "../../course/roster-id";
import {
  assignmentScoreValues,
  chapterCompletionValues,
  interactionValues,
  sessionTimeValue,
  type GradedAttemptReport,
  type ScormValue,
} from "../../course/scorm-report";
import {
  decodeSuspendData,
  encodeSuspendData,
  scorm12SuspendLimit,
  scorm2004SuspendLimit,
  type SuspendProgress,
} from "../../course/suspend-data";
import { useAppStore } from "../app-store";
import { workKey, type AssignmentWork } from "../assignment-schema";
import { useAssignmentStore } from "../assignment-store";
import type { ExerciseProgress } from "../persisted-schema";
import { deflatePacker } from "./deflate-packer";
import type { FoundScormApi } from "./find-scorm-api";
import { useLmsStatus } from "./lms-status";
import { displayName, ScormConnection } from "./scorm-connection";

/** What the app tells the session about the launch. */
export interface LmsLaunch {
  /** The assignment the package launches, if it is an assignment package. */
  assignment?: Assignment | undefined;
  /** The chapter's lesson ids (for the whole-chapter package's completion). */
  lessonIds: readonly string[];
  /** The chapter's exercise ids (for the whole-chapter package's completion). */
  exerciseIds: readonly string[];
}

/** Delays between retries of a refused save, in seconds (the last one repeats). */
export const retryDelaysSeconds = [2, 4, 8, 16, 30] as const;
/** How long ordinary changes (reading, drafts) wait before being sent, in milliseconds. */
const settleMs = 1500;

function practiceOf(exercises: Record<string, ExerciseProgress>): SuspendProgress["practice"] {
  return Object.fromEntries(
    Object.entries(exercises)
      .filter(([, entry]) => entry.attempts > 0 || entry.variant > 0 || entry.hintsUsed > 0)
      .map(([id, entry]) => [
        id,
        {
          variant: entry.variant,
          attempts: entry.attempts,
          hintsUsed: entry.hintsUsed,
          best: entry.best,
          solutionOpen: entry.solutionOpen,
        },
      ]),
  );
}

function assignmentsOf(
  work: Record<string, AssignmentWork>,
  learnerId: string,
): SuspendProgress["assignments"] {
  return Object.fromEntries(
    Object.values(work)
      .filter((entry) => entry.rosterId === learnerId)
      .map((entry) => [
        entry.assignmentId,
        {
          exercises: Object.fromEntries(
            Object.entries(entry.exercises)
              .filter(([, exercise]) => exercise.attempts.length > 0 || exercise.hints.length > 0)
              .map(([id, exercise]) => [
                id,
                { attempts: exercise.attempts, hints: exercise.hints },
              ]),
          ),
          submittedAt: entry.submittedAt,
        },
      ]),
  );
}

/** Merges progress read from the LMS into the stores: whatever holds more work wins, per entry. */
function restore(progress: SuspendProgress, learnerId: string, now: number): void {
  const app = useAppStore.getState();
  const lessons = { ...app.lessons };
  for (const id of progress.lessonsRead) {
    if (lessons[id]?.readAt === undefined) lessons[id] = { progress: 1, readAt: now };
  }
  const exercises = { ...app.exercises };
  for (const [id, saved] of Object.entries(progress.practice)) {
    const local = exercises[id];
    if (!local || local.attempts < saved.attempts || local.variant < saved.variant) {
      exercises[id] = {
        draft: local?.draft ?? {},
        ...saved,
        best: Math.max(saved.best, local?.best ?? 0),
      };
    }
  }
  useAppStore.setState({ lessons, exercises });

  const assignments = useAssignmentStore.getState();
  const work = { ...assignments.work };
  for (const [assignmentId, saved] of Object.entries(progress.assignments)) {
    const key = workKey(assignmentId, learnerId);
    const local = work[key] ?? {
      assignmentId,
      rosterId: learnerId,
      exercises: {},
      submittedAt: [],
    };
    const merged = { ...local.exercises };
    for (const [exerciseId, exercise] of Object.entries(saved.exercises)) {
      const mine = merged[exerciseId];
      if (!mine || mine.attempts.length < exercise.attempts.length) {
        merged[exerciseId] = { draft: mine?.draft ?? {}, ...exercise };
      }
    }
    const submittedAt =
      saved.submittedAt.length > local.submittedAt.length ? saved.submittedAt : local.submittedAt;
    work[key] = { ...local, exercises: merged, submittedAt };
  }
  useAssignmentStore.setState({ work });
}

/** The report of the launched assignment: score values and the graded attempts not yet sent. */
function assignmentReport(
  assignment: Assignment,
  learnerId: string,
  reported: Record<string, number>,
  sessionStart: number,
): {
  standing: { points: number; maxPoints: number; done: boolean };
  fresh: GradedAttemptReport[];
  counts: Record<string, number>;
} {
  const work = useAssignmentStore.getState().work[workKey(assignment.id, learnerId)];
  let points = 0;
  let maxPoints = 0;
  let done = true;
  const fresh: GradedAttemptReport[] = [];
  const counts: Record<string, number> = {};
  for (const entry of assignment.exercises) {
    const record = work?.exercises[entry.id];
    const regraded = regradeExercise(assignment, learnerId, entry, record);
    points += regraded.points;
    maxPoints += entry.points;
    if (!regraded.solved && regraded.attemptsLeft > 0) done = false;
    const key = `${assignment.id}/${entry.id}`;
    const already = reported[key] ?? 0;
    let graded = 0;
    let previousAt = sessionStart;
    regraded.attempts.forEach((attempt, index) => {
      const at = Date.parse(attempt.at);
      if (attempt.countsAsAttempt) {
        graded += 1;
        if (graded > already) {
          fresh.push({
            exerciseId: entry.id,
            attemptNumber: graded,
            answer: record?.attempts[index]?.answer ?? {},
            rawScore: attempt.correct ? 1 : Math.min(attempt.rawScore, 0.999),
            points: entry.points,
            latencyMs: Number.isFinite(at) ? Math.max(0, at - previousAt) : 0,
            at: attempt.at,
          });
        }
      }
      if (Number.isFinite(at)) previousAt = Math.max(previousAt, at);
    });
    counts[key] = graded;
  }
  return { standing: { points, maxPoints, done }, fresh, counts };
}

/** Counted assignment attempts and practice attempts: a change means a graded attempt happened. */
function gradedCount(learnerId: string): number {
  const practice = Object.values(useAppStore.getState().exercises).reduce(
    (sum, entry) => sum + entry.attempts,
    0,
  );
  const assignment = Object.values(useAssignmentStore.getState().work)
    .filter((work) => work.rosterId === learnerId)
    .reduce(
      (sum, work) =>
        sum +
        Object.values(work.exercises).reduce(
          (inner, exercise) => inner + exercise.attempts.length,
          0,
        ),
      0,
    );
  return practice + assignment;
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
  const rawId = connection.get(names.learnerId).trim();
  const checked = checkRosterId(rawId);
  const learnerId = "id" in checked ? checked.id : undefined;
  const learnerName = displayName(connection.get(names.learnerName));
  const passingText = connection.get(names.passing).trim();
  const passingNumber = passingText === "" ? Number.NaN : Number(passingText);
  const passingScaled = Number.isFinite(passingNumber)
    ? connection.version === "1.2"
      ? passingNumber / 100
      : passingNumber
    : undefined;
  const limit = connection.version === "1.2" ? scorm12SuspendLimit : scorm2004SuspendLimit;

  const decoded = decodeSuspendData(connection.get(names.suspendData), deflatePacker);
  let reported: Record<string, number> = { ...decoded.progress.reported };
  let nextInteraction = Number(connection.get(names.interactionCount)) || 0;
  const assignment = launch.assignment;
  if (learnerId) {
    restore(decoded.progress, learnerId, sessionStart);
    if (assignment) useAssignmentStore.getState().setRosterId(assignment.id, learnerId);
  }
  // Without an exit of "suspend" an LMS may start the next launch afresh, without suspend_data.
  connection.set(names.exit, "suspend");
  status.setState({
    connection: "connected",
    version: connection.version,
    learnerId,
    learnerName: learnerName || undefined,
    restoreProblems: [
      ...decoded.problems,
      ...(learnerId
        ? []
        : [
            `your course's learner id "${rawId}" cannot be used as a roster id (${"problem" in checked ? checked.problem : ""})`,
          ]),
    ],
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
    const app = useAppStore.getState();
    const values: ScormValue[] = [];
    let counts = reported;
    let fresh: GradedAttemptReport[] = [];
    if (assignment) {
      const report = assignmentReport(assignment, learnerId, reported, sessionStart);
      fresh = report.fresh;
      counts = { ...reported, ...report.counts };
      values.push(
        ...assignmentScoreValues(connection.version, { ...report.standing, passingScaled }),
      );
    } else {
      const lessonsRead = launch.lessonIds.filter(
        (id) => app.lessons[id]?.readAt !== undefined,
      ).length;
      const exercisesDone = launch.exerciseIds.filter(
        (id) => (app.exercises[id]?.attempts ?? 0) > 0,
      ).length;
      values.push(
        ...chapterCompletionValues(connection.version, {
          lessonsRead,
          lessons: launch.lessonIds.length,
          exercisesDone,
          exercises: launch.exerciseIds.length,
        }),
      );
    }
    const progress: SuspendProgress = {
      lessonsRead: Object.entries(app.lessons)
        .filter(([, lesson]) => lesson.readAt !== undefined)
        .map(([id]) => id),
      practice: practiceOf(app.exercises),
      assignments: assignmentsOf(useAssignmentStore.getState().work, learnerId),
      reported: counts,
    };
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
