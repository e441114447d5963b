/**
 * The `package:scorm` command, as a function the entry point and the tests share: reads the
 * options, finds the assignment, builds the site (or takes a built one) and writes the SCORM zip.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parse } from "yaml";
import { compileAssignments } from "../content/compiler/compile-assignments";
import { formatProblem } from "../content/compiler/content-error";
import { loadAssignmentSources } from "../content/compiler/load-assignments";
import type { Assignment } from "../course/index";
import { scormVersions, type ScormVersion } from "../course/scorm-manifest";
import { buildScormPackage } from "./package-scorm-zip";
import { parseCommandLine, UsageError } from "./parse-command-line";

export const packageScormUsage = `usage: npm run package:scorm -- [--assignment <id>] [--scorm 1.2|2004] [--out <zip>]
         [--dist <built site>] [--mastery <percent>]

  --assignment  package one assignment (an id from content/assignments): the package launches
                its page; without it the package is the whole chapter, launching the overview
  --scorm       the SCORM edition: 1.2 (default) or 2004 (4th Edition)
  --out         the zip to write (default: scorm/<chapter or assignment id>-scorm<edition>.zip)
  --dist        package this built site instead of building one (it must be built with the
                default relative base)
  --mastery     the passing score in percent (default: 80 for an assignment; none for the
                whole chapter, which is tracked by completion)

Exit code: 0 when the zip was written, 1 when the build or packaging failed, 2 for a usage error.`;

/** What the command did: its exit code and what it printed. */
export interface CommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

// The content folder, as the build reads it (vite.config.ts honours CONTENT_DIR too).
const contentFolder = process.env["CONTENT_DIR"] ?? "content";

/** The compiled assignments of the content's `assignments/`, or a usage error with their problems. */
function contentAssignments(cwd: string): Assignment[] {
  const compiled = compileAssignments(loadAssignmentSources(resolve(cwd, contentFolder), cwd));
  if (compiled.problems.length > 0) {
    throw new UsageError(compiled.problems.map(formatProblem).join("\n"));
  }
  return compiled.assignments;
}

/** The chapter's title, from the content's `chapter.yaml`. */
function chapterTitle(cwd: string): string {
  const path = resolve(cwd, contentFolder, "chapter.yaml");
  const chapter: unknown = parse(readFileSync(path, "utf8"));
  const title =
    typeof chapter === "object" && chapter !== null && "title" in chapter
      ? chapter.title
      : undefined;
  if (typeof title !== "string" || title.trim() === "") {
    throw new UsageError(`${contentFolder}/chapter.yaml:1: the chapter has no title`);
  }
  return title;
}

/**
 * Builds the site into `outDir` the way the browser tests build it (scripts/e2e.mjs), with the
 * relative base: a package is unpacked under a path the LMS chooses.
 */
function buildSite(outDir: string, cwd: string): string {
  // A production build whatever runs the command (the tests run under NODE_ENV=test).
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env["BASE_PATH"];
  const result = spawnSync(
    "npx",
    ["vite", "build", "--configLoader", "runner", "--logLevel", "warn", "--outDir", outDir],
    { cwd, env, encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new Error(
      `the site did not build (vite build exited with ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stderr;
}

/**
 * Runs the command.
 *
 * @param argv - the arguments after the command name
 * @param cwd - the project folder (content/ and the default output are relative to it)
 * @returns the exit code and the text for standard output and standard error
 */
export function runPackageScormCommand(argv: string[], cwd: string): CommandResult {
  let stdout = "";
  let stderr = "";
  let buildDir: string | undefined;
  try {
    const { values } = parseCommandLine(argv, {
      options: {
        assignment: { type: "string" },
        scorm: { type: "string" },
        out: { type: "string" },
        dist: { type: "string" },
        mastery: { type: "string" },
        help: { type: "boolean" },
      },
      allowPositionals: false,
    });
    if (values.help) return { exitCode: 0, stdout: `${packageScormUsage}\n`, stderr: "" };
    const version = (values.scorm ?? "1.2") as ScormVersion;
    if (!scormVersions.includes(version)) {
      throw new UsageError(`--scorm must be 1.2 or 2004, got ${values.scorm}`);
    }
    let masteryScore: number | undefined;
    if (values.mastery !== undefined) {
      masteryScore = Number(values.mastery);
      if (!/^\d+(\.\d+)?$/.test(values.mastery.trim()) || masteryScore > 100) {
        throw new UsageError(`--mastery must be a percentage from 0 to 100, got ${values.mastery}`);
      }
    }
    let assignment: Assignment | undefined;
    if (values.assignment !== undefined) {
      const known = contentAssignments(cwd);
      assignment = known.find((candidate) => candidate.id === values.assignment);
      if (!assignment) {
        const ids = known.map((candidate) => candidate.id).join(", ") || "none";
        throw new UsageError(
          `--assignment ${values.assignment}: no assignment with that id in ${contentFolder}/assignments (known: ${ids})`,
        );
      }
    }
    const title = chapterTitle(cwd);
    let distDir: string;
    if (values.dist !== undefined) {
      distDir = resolve(cwd, values.dist);
      if (!existsSync(join(distDir, "index.html"))) {
        throw new UsageError(`--dist ${values.dist}: not a built site (no index.html in it)`);
      }
    } else {
      buildDir = mkdtempSync(join(tmpdir(), "scorm-site-"));
      distDir = join(buildDir, "site");
      stderr += buildSite(distDir, cwd);
    }
    const built = buildScormPackage({
      distDir,
      version,
      chapterTitle: title,
      assignment,
      masteryScore,
    });
    const edition = version === "1.2" ? "12" : "2004";
    const outName = values.out ?? `scorm/${assignment?.id ?? "chapter"}-scorm${edition}.zip`;
    const out = resolve(cwd, outName);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, built.zip);
    const mastery =
      built.masteryScore === undefined
        ? "no mastery score"
        : `mastery score ${built.masteryScore} %`;
    stdout += `${outName}: SCORM ${version === "1.2" ? "1.2" : "2004 4th Edition"}, ${built.files.length} files, ${built.zip.length} bytes; launches ${built.launch}; ${mastery}\n`;
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof UsageError) {
      return { exitCode: 2, stdout, stderr: `${stderr}${error.message}\n\n${packageScormUsage}\n` };
    }
    return {
      exitCode: 1,
      stdout,
      stderr: `${stderr}package:scorm: ${error instanceof Error ? error.message : String(error)}\n`,
    };
  } finally {
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  }
}
