// The exercise CLI parses its arguments strictly (node:util parseArgs): an unknown option or a
// missing value is a usage error (exit code 2), and good arguments reach the same library calls.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { deriveSeed } from "../exercises/seeds";

function exerciseCli(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "src/cli/exercise.ts", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("exercise CLI arguments", () => {
  it("rejects an unknown option with exit code 2 and says which", () => {
    const result = exerciseCli("show", "psi-categorical-shift", "--seed", "3", "--sede", "4");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--sede'");
  }, 60_000);

  it("rejects an option without its value", () => {
    const result = exerciseCli("show", "psi-categorical-shift", "--seed");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--seed");
  }, 60_000);

  it("derives a seed from named options", () => {
    const inputs = { context: "course-2026", student: "ada", exercise: "psi-categorical-shift" };
    const result = exerciseCli(
      "seed",
      "--context",
      inputs.context,
      "--student",
      inputs.student,
      "--exercise",
      inputs.exercise,
      "--variant",
      "2",
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(String(deriveSeed({ ...inputs, variant: 2 })));
  }, 60_000);
});
