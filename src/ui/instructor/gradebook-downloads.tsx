import type { GradebookResponse } from "../../kernel/gradebook-contract";
import { downloadText } from "../shared/downloads/download";

/** The gradebook's exports, named after the assignment id. */
export function GradebookDownloads({ id, response }: { id: string; response: GradebookResponse }) {
  return (
    <section aria-labelledby="gradebook-downloads">
      <h2 id="gradebook-downloads">Downloads</h2>
      <p>
        The same files as <code>npm run gradebook</code> writes, byte for byte.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => downloadText(`${id}-canvas.csv`, response.exports.canvas, "text/csv")}
        >
          Canvas CSV
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${id}-moodle.csv`, response.exports.moodle, "text/csv")}
        >
          Moodle CSV
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${id}-grades.csv`, response.exports.csv, "text/csv")}
        >
          CSV per exercise
        </button>
        <button
          type="button"
          onClick={() => downloadText(`${id}-report.html`, response.reportHtml, "text/html")}
        >
          HTML report
        </button>
        {response.problemsText && (
          <button
            type="button"
            onClick={() => downloadText(`${id}-problems.txt`, response.problemsText, "text/plain")}
          >
            Problems (text)
          </button>
        )}
      </div>
    </section>
  );
}
