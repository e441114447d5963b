import { useCallback, useEffect, useMemo } from "react";
import { version as buildVersion } from "../../../package.json";
import { regradeExercise } from "../../course/regrade";
import { createSubmission, submissionToJson } from "../../course/submission";
import { workKey } from "../../store/assignment-schema";
import { syncAssignmentsAcrossTabs, useAssignmentStore } from "../../store/assignment-store";
import { useLmsStatus } from "../../store/lms/lms-status";
import { useChapter } from "../shared/chapter/chapter-context";
import { downloadText } from "../shared/downloads/download";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { resolveAssignment } from "../shared/assignments/resolve-assignment";
import { useNow } from "./use-now";

/** A file name made of the ids, with anything unsafe in a file name replaced. */
export function submissionFileName(assignmentId: string, rosterId: string): string {
  return `${assignmentId}--${rosterId}`.replace(/[^A-Za-z0-9._@-]/g, "_") + ".submission.json";
}

/**
 * The assignment page's state: the assignment resolved from the page's id or shared link, the
 * roster id and saved work for it (kept in step across tabs), the clock, the regraded status per
 * exercise, and the handlers that save drafts, log checks and hints, and submit.
 */
export function useAssignmentPage(id: string, query: URLSearchParams) {
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

  const submit = () => {
    if (!assignment || !rosterId) return;
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

  return {
    resolved,
    rosterId,
    work,
    lastRosterId,
    setRosterId,
    now,
    inLms,
    statuses,
    onDraft,
    onAttempt,
    onHint,
    submit,
  };
}
