import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseAssignmentYaml } from "../course/index";
import { runGradebookCommand } from "./gradebook-command";
import { sampleClass } from "./sample-class-files";

const readme = readFileSync(join(process.cwd(), "README.md"), "utf8");
const section = readme.slice(readme.indexOf("### A worked example, from a fresh clone"));

/** The text of the first ```text block after `marker` in the worked example. */
function block(marker: string): string {
  const start = section.indexOf("```text\n", section.indexOf(marker)) + "```text\n".length;
  return section.slice(start, section.indexOf("```", start));
}

const folder = mkdtempSync(join(tmpdir(), "readme-example-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the README's worked example for instructors", () => {
  it("prints what the README shows, and writes the grades.csv it shows", () => {
    const source = readFileSync(
      join(process.cwd(), "content/assignments/drift-skew-problem-set.yaml"),
      "utf8",
    );
    const assignment = parseAssignmentYaml(source, "drift-skew-problem-set.yaml").assignment;
    if (!assignment) throw new Error("the shipped assignment is valid");
    // As `npx tsx src/cli/sample-class.ts --assignment drift-skew-problem-set --out sample-class`.
    const sample = sampleClass(assignment, 6);
    mkdirSync(join(folder, "sample-class", "submissions"), { recursive: true });
    writeFileSync(join(folder, "sample-class", "roster.csv"), sample.roster);
    for (const file of sample.submissions) {
      writeFileSync(join(folder, "sample-class", "submissions", file.name), file.text);
    }
    writeFileSync(join(folder, "assignment.yaml"), source);
    const result = runGradebookCommand(
      [
        "--assignment",
        "assignment.yaml",
        "sample-class/submissions",
        "--roster",
        "sample-class/roster.csv",
        "--out",
        "grades.csv",
        "--report",
        "report.html",
      ],
      folder,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(block("Standard error lists"));
    expect(readFileSync(join(folder, "grades.csv"), "utf8")).toBe(
      block("`grades.csv`, ready for Canvas").replaceAll("\n", "\r\n"),
    );
  });
});
