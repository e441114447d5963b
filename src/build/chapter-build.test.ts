import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { CellRunner } from "../content/compiler/cell-outputs";
import { chapterBuild } from "./chapter-build";

const fixture = fileURLToPath(new URL("../content/compiler/__fixtures__/basic", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "chapter-build-"));
cpSync(fixture, folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("one chapter build per content folder", () => {
  it("compiles once and runs the cells once for every plugin that asks", async () => {
    let runs = 0;
    const run: CellRunner = async () => {
      runs += 1;
      return { outputs: [], error: undefined, durationMs: 0 };
    };
    const first = chapterBuild(folder, folder);
    const second = chapterBuild(folder, folder);
    expect(second).toBe(first);
    expect(second.chapter()).toBe(first.chapter());
    const [a, b] = await Promise.all([first.cellOutputs(run), second.cellOutputs(run)]);
    expect(b).toBe(a);
    expect(runs).toBe(a.encoded.size);
  });

  it("starts afresh once a content file changes", () => {
    const before = chapterBuild(folder, folder);
    const lesson = join(folder, "lessons", "02-beta.md");
    writeFileSync(lesson, readFileSync(lesson, "utf8").replace("Worked.", "Worked again."));
    const after = chapterBuild(folder, folder);
    expect(after).not.toBe(before);
    expect(JSON.stringify(after.chapter().lessons)).toContain("Worked again.");
  });
});
