// The gradebook worker: re-grades a batch of submission files off the main thread, with the same
// course functions the CLI runs, and writes every download here so the page only shows them.
import { expose } from "comlink";
import {
  buildGradebook,
  gradebookReportHtml,
  gradeExports,
  parseRoster,
  problemsReport,
} from "../course/index";
import type { GradebookApi, GradebookProgress, GradebookRequest } from "./gradebook-contract";

const api: GradebookApi = {
  async grade(request: GradebookRequest, onProgress: GradebookProgress) {
    const rosterRead = request.roster
      ? parseRoster(request.roster.text, request.roster.name)
      : undefined;
    // At most about 20 progress messages a second, and always the last one.
    let reportedAt = 0;
    const gradebook = buildGradebook(request.assignment, request.files, rosterRead?.roster, {
      onProgress: (done, total) => {
        const now = performance.now();
        if (done < total && now - reportedAt < 50) return;
        reportedAt = now;
        void onProgress(done, total);
      },
    });
    return {
      gradebook,
      rosterProblems: rosterRead?.problems ?? [],
      exports: {
        canvas: gradeExports.canvas(gradebook),
        moodle: gradeExports.moodle(gradebook),
        csv: gradeExports.csv(gradebook),
      },
      reportHtml: gradebookReportHtml(gradebook),
      problemsText: problemsReport(gradebook),
    };
  },
};

expose(api);
