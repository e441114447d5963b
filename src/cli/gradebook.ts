/**
 * Re-grades submission files offline and writes a gradebook for Canvas, Moodle or a spreadsheet.
 * Same grader as the page: every instance is re-created from its seed and every attempt
 * re-graded; scores written in the files are never trusted. See `--help`.
 */
import { runGradebookCommand } from "./gradebook-command";

const result = runGradebookCommand(process.argv.slice(2), process.cwd());
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
