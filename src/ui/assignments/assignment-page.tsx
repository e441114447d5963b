import { useCallback, useEffect, useMemo } from "react";
import { version as buildVersion } from "../../../package.json";
import { assignmentPhase, feedbackVisible } from "../../course/assignment-clock";
import { regradeExercise } from "../../course/regrade";
import { createSubmission, submissionToJson } from "../../course/submission";
import { exerciseById } from "../../exercises/catalog/index";
import { workKey } from "../../store/assignment-schema";
import { syncAssignmentsAcrossTabs, useAssignmentStore } from "../../store/assignment-store";
import { useLmsStatus } from "../../store/lms/lms-status";
import { useChapter } from "../shared/chapter/chapter-context";
import { downloadText } from "../shared/downloads/download";
import { TextView } from "../shared/outputs/text-view";
import { Table } from "../shared/table/table";
import { hrefs } from "../../content/model/routes";
import { AssignmentExerciseCard } from "./assignment-exercise-card";
import { AssignmentFacts } from "./assignment-facts";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { resolveAssignment } from "../shared/assignments/resolve-assignment";
import { RosterIdEntry } from "./roster-id-entry";
import { points } from "./score-text";
import { formatDateTime, useNow } from "./use-now";
import "../shared/styles/forms.css";
import "./assignments.css";

/** A file name made of the ids, with anything unsafe in a file name replaced. */
export function submissionFileName(assignmentId: string, rosterId: string): string {
  return `${assignmentId}--${rosterId}`.replace(/[^A-Za-z0-9._@-]/g, "_") + ".submission.json";
}

/**
 * The student's assignment page (`assignment.html?id=<id>`, or a shared link carrying the assignment):
 * instructions, dates and policies, the roster id, the student's own variants with autosaved
 * answers, status per exercise, and Submit, which downloads the submission file (again and again:
 * the latest counts).
 */
export default function AssignmentPage({ id, query }: { id: string; query: URLSearchParams }) {
  const { chapter } = useChapter();
  const resolved = useMemo(() => resolveAssignment(id, query, courseAssignments), [id, query]);
  const assignment = resolved.assignment;
  const rosterId = useAssignmentStore((state) =>
    assignment ? state.rosterIds[assignment.id] : undefined,
  );
  const work = useAssignmentStore((state) =>
    assignment && rosterId ? state.work[workKey(assignment.id, rosterId)] : undefined,
  );
  const setRosterId = useAssignmentStore((state) => state.setRosterId);
  // The id typed for the latest other assignment, offered the first time (still confirmed by Start).
  const lastRosterId = useAssignmentStore((state) => Object.values(state.rosterIds).at(-1));
  const saveDraft = useAssignmentStore((state) => state.saveAssignmentDraft);
  const recordAttempt = useAssignmentStore((state) => state.recordAssignmentAttempt);
  const takeHint = useAssignmentStore((state) => state.takeAssignmentHint);
  const recordSubmission = useAssignmentStore((state) => state.recordSubmission);
  const now = useNow();
  const inLms = useLmsStatus((state) => state.connection === "connected");

  useEffect(() => syncAssignmentsAcrossTabs(), []);
  useEffect(() => {
    document.title = `${assignment?.title ?? "Assignment"} · ${chapter.title}`;
  }, [assignment?.title, chapter.title]);

  const assignmentId = assignment?.id ?? "";
  const onDraft = useCallback(
    (exerciseId: string, part: string, value: string | string[]) => {
      if (rosterId) saveDraft(assignmentId, rosterId, exerciseId, part, value);
    },
    [assignmentId, rosterId, saveDraft],
  );
  const onAttempt = useCallback(
    (exerciseId: string, answer: Record<string, string | string[]>) => {
      if (rosterId)
        recordAttempt(assignmentId, rosterId, exerciseId, answer, new Date().toISOString());
    },
    [assignmentId, rosterId, recordAttempt],
  );
  const onHint = useCallback(
    (exerciseId: string) => {
      if (rosterId) takeHint(assignmentId, rosterId, exerciseId, new Date().toISOString());
    },
    [assignmentId, rosterId, takeHint],
  );

  const statuses = useMemo(() => {
    if (!assignment || !rosterId) return [];
    return assignment.exercises.map((entry) =>
      regradeExercise(assignment, rosterId, entry, work?.exercises[entry.id]),
    );
  }, [assignment, rosterId, work]);

  if (!assignment) {
    return (
      <article className="assignment-page" aria-labelledby="assignment-title">
        <header className="lesson-header">
          <p className="eyebrow">Assignment</p>
          <h1 id="assignment-title" tabIndex={-1}>
            This assignment cannot be opened
          </h1>
        </header>
        <div className="callout callout-error" role="alert">
          <ul>
            {resolved.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
        <p>
          Nothing was saved or changed. <a href={hrefs.exercises()}>Practice exercises</a> are
          always open.
        </p>
      </article>
    );
  }

  const phase = assignmentPhase(assignment, now);
  const submittedAt = work?.submittedAt ?? [];
  const lastSubmittedAt = submittedAt[submittedAt.length - 1];
  const maxPoints = assignment.exercises.reduce((sum, entry) => sum + entry.points, 0);
  // On-submit feedback covers what was submitted: an answer checked since then waits for the next Submit.
  const checkedSinceSubmit =
    lastSubmittedAt !== undefined &&
    Object.values(work?.exercises ?? {}).some((exercise) =>
      exercise.attempts.some((attempt) => Date.parse(attempt.at) > Date.parse(lastSubmittedAt)),
    );
  const anyVisible = feedbackVisible(assignment, {
    now,
    submitted: lastSubmittedAt !== undefined && !checkedSinceSubmit,
  });
  const earned = statuses.reduce((sum, status) => sum + status.points, 0);

  const submit = () => {
    if (!rosterId) return;
    const at = new Date().toISOString();
    const submission = createSubmission({
      assignment,
      rosterId,
      build: buildVersion,
      submittedAt: at,
      work: work?.exercises ?? {},
    });
    downloadText(submissionFileName(assignment.id, rosterId), submissionToJson(submission));
    recordSubmission(assignment.id, rosterId, at);
  };

  return (
    <article className="assignment-page" aria-labelledby="assignment-title">
      <header className="lesson-header">
        <p className="eyebrow">
          Assignment{resolved.shared ? " · shared by your instructor" : ""} · {assignment.id}
        </p>
        <h1 id="assignment-title" tabIndex={-1}>
          {assignment.title}
        </h1>
        <AssignmentFacts assignment={assignment} now={now} />
      </header>
      {assignment.instructions.trim() && (
        <section className="prose assignment-instructions" aria-label="Instructions">
          <TextView markdown={assignment.instructions} />
        </section>
      )}
      <RosterIdEntry
        key={assignment.id}
        rosterId={rosterId}
        suggestion={lastRosterId}
        onChange={(next) => setRosterId(assignment.id, next)}
      />
      {phase === "not-open" && (
        <p className="callout" role="status">
          This assignment opens {formatDateTime(assignment.opens)}. Come back then: the exercises
          appear here.
        </p>
      )}
      {phase === "closed" && (
        <p className="callout callout-error" role="status">
          The due time has passed and this assignment is closed: answers checked now earn nothing.
          You can still submit what you did before the due time.
        </p>
      )}
      {rosterId && phase !== "not-open" && (
        <>
          {inLms ? (
            <p className="assignment-autosave">
              Your answers are saved in this browser as you type, and each checked answer is sent to
              your course with your score. <strong>Submit</strong> below also downloads a file you
              may keep.
            </p>
          ) : (
            <p className="assignment-autosave">
              Your answers are saved in this browser as you type. Nothing is sent anywhere: when you
              are done, press <strong>Submit</strong> below and hand in the file it downloads.
            </p>
          )}
          {assignment.exercises.map((entry, index) =>
            exerciseById(entry.id) ? (
              <AssignmentExerciseCard
                key={`${rosterId}-${entry.id}`}
                assignment={assignment}
                rosterId={rosterId}
                exerciseId={entry.id}
                number={index + 1}
                work={work?.exercises[entry.id]}
                status={statuses[index]}
                now={now}
                lastSubmittedAt={lastSubmittedAt}
                onDraft={onDraft}
                onAttempt={onAttempt}
                onHint={onHint}
              />
            ) : (
              <p key={entry.id} className="callout callout-error">
                Exercise “{entry.id}” is not in this version of the chapter; tell your instructor.
              </p>
            ),
          )}
          <section className="assignment-submit" aria-labelledby="submit-heading">
            <h2 id="submit-heading">Status and submission</h2>
            <Table
              caption="Your work on each exercise"
              className="assignment-status"
              columns={[
                {
                  header: "Exercise",
                  cell: ({ entry }) => (
                    <a href={`#${entry.id}`}>{exerciseById(entry.id)?.title ?? entry.id}</a>
                  ),
                },
                {
                  header: "Attempts used",
                  numeric: true,
                  cell: ({ counted }) => `${counted} of ${assignment.attempts}`,
                },
                {
                  header: "Status",
                  cell: ({ entry, status, started, counted }) =>
                    counted === 0
                      ? started
                        ? "not graded yet (unreadable answer)"
                        : "not started"
                      : anyVisible
                        ? `${points(status?.points ?? 0)} of ${points(entry.points)} points${status?.solved ? " · solved" : ""}`
                        : "answer recorded",
                },
              ]}
              rows={assignment.exercises.map((entry, index) => {
                const status = statuses[index];
                return {
                  entry,
                  status,
                  started: (work?.exercises[entry.id]?.attempts.length ?? 0) > 0,
                  counted: status?.attemptsCounted ?? 0,
                };
              })}
              rowKey={({ entry }) => entry.id}
            />
            {anyVisible && (
              <p>
                <strong>
                  {points(earned)} of {points(maxPoints)} points
                </strong>{" "}
                as this page grades your answers; your instructor re-grades your submission file
                with the same grader.
              </p>
            )}
            <div className="button-row">
              <button type="button" className="primary" onClick={submit}>
                {lastSubmittedAt ? "Submit again" : "Submit"}
              </button>
            </div>
            <p className="assignment-submitted" role="status">
              {lastSubmittedAt
                ? `Submitted ${submittedAt.length} time${submittedAt.length === 1 ? "" : "s"}, last ${formatDateTime(lastSubmittedAt)}: hand in the latest file (${submissionFileName(assignment.id, rosterId)}). You may submit again; the latest counts.`
                : "Submit downloads your submission file. You may submit again later; the latest counts."}
            </p>
          </section>
        </>
      )}
    </article>
  );
}
