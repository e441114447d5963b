/**
 * The course layer (DESIGN.md §3): assignments, submissions, re-grading and gradebooks. Pure: no
 * DOM, no Node built-ins, no React or stores, so the assignment page, the gradebook Web Worker
 * and the `npm run gradebook` CLI all use these same functions.
 *
 * The workflow, and what to call at each step:
 * - an assignment comes from a YAML file (`parseAssignmentYaml`), a shared link
 *   (`decodeAssignmentLink`) or the builder (`validateAssignment` on plain data); the builder
 *   downloads it with `assignmentToYaml` and shares it with `encodeAssignmentLink`;
 * - the student page checks the roster id (`checkRosterId`), gets each instance
 *   (`assignmentInstance`: seed from assignment id + roster id + exercise + variant), logs every
 *   attempt as an `AttemptRecord` (answer as typed, ISO time, hints used before it), shows status
 *   with `regradeExercise` (the same re-grade the gradebook runs) and what `feedbackVisible` /
 *   `solutionVisible` / `assignmentPhase` allow at the current time, and on Submit downloads
 *   `submissionToJson(createSubmission(...))`;
 * - the gradebook (page worker or CLI) calls `buildGradebook(assignment, files, roster)` and writes
 *   `toCanvasCsv` / `toMoodleCsv` / `toExerciseCsv` (byte-identical wherever they run) and
 *   `gradebookReportHtml`.
 */

export {
  assignmentSchema,
  assignmentVersion,
  assignmentExerciseSchema,
  creditPolicySchema,
  latePolicySchema,
  zonedDateTimeSchema,
} from "./assignment-schema";
export type {
  Assignment,
  AssignmentExercise,
  CreditPolicy,
  FeedbackMode,
  LatePolicy,
  SolutionPolicy,
} from "./assignment-schema";
export { validateAssignment } from "./assignment-validate";
export type {
  AssignmentProblem,
  AssignmentValidation,
  ValidationSource,
} from "./assignment-validate";
export { assignmentToYaml, parseAssignmentYaml } from "./assignment-yaml";
export { assignmentHash } from "./assignment-hash";
export { decodeAssignmentLink, encodeAssignmentLink } from "./assignment-link";
export {
  assignmentPhase,
  daysLate,
  feedbackVisible,
  lateFactor,
  solutionVisible,
} from "./assignment-clock";
export type { AssignmentPhase } from "./assignment-clock";
export { checkRosterId, maxRosterIdLength } from "./roster-id";
export { assignmentInstance, assignmentSeedInputs, cachedInstance } from "./instances";
export type { AssignmentInstance } from "./instances";
export { submissionFormat, submissionVersion } from "./submission-types";
export type {
  AttemptRecord,
  Submission,
  SubmissionContent,
  SubmissionSeedInputs,
  SubmittedExercise,
} from "./submission-types";
export {
  createSubmission,
  readSubmission,
  submissionChecksum,
  submissionToJson,
  verifySubmission,
} from "./submission";
export type { ExerciseWork, SubmissionReadProblem } from "./submission";
export { regradeExercise, regradeSubmission } from "./regrade";
export type { RegradeResult, RegradedAttempt, RegradedExercise } from "./regrade-types";
export { parseRoster } from "./roster";
export { assembleGradebook, buildGradebook, gradeSubmissionFile } from "./gradebook";
export type { GradebookOptions, GradedFile } from "./gradebook";
export { itemAnalysis, median, objectiveMastery } from "./item-analysis";
export type {
  FileProblem,
  FileProblemKind,
  Gradebook,
  GradebookRow,
  ItemAnalysis,
  ObjectiveMastery,
  Roster,
  RosterEntry,
  SubmissionFile,
  WrongAnswerGroup,
} from "./gradebook-types";
export {
  canvasColumnName,
  formatPoints,
  gradeExports,
  toCanvasCsv,
  toExerciseCsv,
  toMoodleCsv,
} from "./csv-export";
export type { GradeExportFormat } from "./csv-export";
export { gradebookReportHtml, problemsReport } from "./report";
