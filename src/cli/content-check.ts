/**
 * Compiles the chapter's content and reports every problem as `file:line:column: message [rule-id]`.
 * Usage: npm run content:check [-- <content folder>]
 */
import { resolve } from "node:path";
import { compileChapter } from "../content/compiler/compile-chapter";
import { compileAssignments } from "../content/compiler/compile-assignments";
import { ContentError, formatProblem } from "../content/compiler/content-error";
import { loadAssignmentSources } from "../content/compiler/load-assignments";
import { loadChapterSources } from "../content/compiler/load-chapter";

const projectRoot = process.cwd();
const contentDirectory = resolve(projectRoot, process.argv[2] ?? "content");

// Assignments are checked whatever the lessons do, so every problem is reported in one run.
const compiledAssignments = compileAssignments(
  loadAssignmentSources(contentDirectory, projectRoot),
);
for (const problem of compiledAssignments.problems) console.error(formatProblem(problem));
for (const assignment of compiledAssignments.assignments) {
  const points = assignment.exercises.reduce((sum, entry) => sum + entry.points, 0);
  console.log(
    `    assignment ${assignment.id.padEnd(22)} ${assignment.exercises.length} exercises, ${points} points, due ${assignment.due}`,
  );
}
if (compiledAssignments.problems.length > 0) {
  console.error(`${compiledAssignments.problems.length} problem(s) in assignments.`);
  process.exitCode = 1;
}

try {
  const { lessons, pages, notebooks, index } = compileChapter(
    loadChapterSources(contentDirectory, projectRoot),
  );
  for (const lesson of lessons) {
    const equations = lesson.blocks.reduce(
      (count, block) =>
        count + (block.kind === "html" ? block.html.split('class="equation"').length - 1 : 0),
      0,
    );
    console.log(
      `${String(lesson.number).padStart(2)}  ${lesson.id.padEnd(32)} ${String(lesson.wordCount).padStart(5)} words  ${String(equations).padStart(3)} display equations`,
    );
  }
  for (const notebook of notebooks) {
    const code = notebook.cells.filter((cell) => cell.kind === "code").length;
    console.log(
      `    notebook ${notebook.id.padEnd(24)} ${code} code cells, ${notebook.cells.length - code} Markdown cells`,
    );
  }
  console.log(
    `${lessons.length} lessons, ${pages.length} pages, ${notebooks.length} notebooks, ${index.objectives.length} objectives: content compiles.`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    console.error(`${error.problems.length} problem(s) in content.`);
    process.exit(1);
  }
  throw error;
}
