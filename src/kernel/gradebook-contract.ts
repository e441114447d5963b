// The gradebook worker's boundary: plain data in (the assignment, the files' names and texts, a
// roster's text), plain data out (the gradebook and every download, already written).
import type { Assignment, GradeExportFormat, Gradebook, SubmissionFile } from "../course/index";

/** What the page hands the gradebook worker. */
export interface GradebookRequest {
  assignment: Assignment;
  files: SubmissionFile[];
  /** A roster CSV, when the instructor gave one. */
  roster?: SubmissionFile;
}

/** The gradebook with its downloads, byte-identical to the CLI's for the same inputs. */
export interface GradebookResponse {
  gradebook: Gradebook;
  /** One `file:line: message` per unusable roster row. */
  rosterProblems: string[];
  /** Canvas, Moodle and per-exercise CSV texts. */
  exports: Record<GradeExportFormat, string>;
  /** The stand-alone HTML report. */
  reportHtml: string;
  /** The problems report as plain text, one line per problem. */
  problemsText: string;
}

/** Progress of a batch: files handled so far out of all files. */
export type GradebookProgress = (done: number, total: number) => void;

export interface GradebookApi {
  grade(request: GradebookRequest, onProgress: GradebookProgress): Promise<GradebookResponse>;
}
