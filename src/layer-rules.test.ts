// Proves that the layer rules of eslint.config.js bite: a pure layer (lab, exercises, course)
// (and the content model) may not import Node built-ins, React or unlisted packages, nor touch browser or Node globals,
// the layers below may not import the layers above, and a UI feature folder may not import
// another. Each case lints a fixture text as if it
// were a file of that layer; a clean file of the same layer is the control.
import { readdirSync } from "node:fs";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads the configuration and its plugins: seconds on a busy machine.
beforeAll(async () => {
  await eslint.lintText("", { filePath: "src/lab/fixture-module.ts" });
}, 60_000);

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const violations: Record<string, string> = {
  "a Node built-in (bare)":
    'import { readFileSync } from "fs";\nexport const read = readFileSync;\n',
  "a Node built-in (node:)": 'import path from "node:path";\nexport const join = path.join;\n',
  React: 'import { useState } from "react";\nexport const hook = useState;\n',
  "an unlisted package": 'import { create } from "zustand";\nexport const store = create;\n',
  localStorage: 'export const read = () => localStorage.getItem("x");\n',
  process: 'export const mode = () => process.env["MODE"];\n',
  setTimeout: "export const later = (f: () => void) => setTimeout(f, 1);\n",
  performance: "export const now = () => performance.now();\n",
};

describe.each(["lab", "exercises", "course", "content/model"])("the pure layer src/%s", (layer) => {
  const file = `src/${layer}/fixture-module.ts`;

  it("accepts a module of plain TypeScript and relative imports", async () => {
    const clean =
      'import { mean } from "./mean";\nexport const twice = (xs: number[]) => 2 * mean(xs);\n';
    expect(await ruleIds(file, clean)).toEqual([]);
  });

  it.each(Object.entries(violations))("rejects %s", async (_name, code) => {
    const ids = await ruleIds(file, code);
    expect(ids.some((id) => id === "no-restricted-imports" || id === "no-restricted-globals")).toBe(
      true,
    );
  });
});

describe("package allow-lists", () => {
  it("lets src/course import yaml and zod but not src/lab", async () => {
    const code =
      'import { parse } from "yaml";\nimport * as z from "zod/mini";\nexport const p = [parse, z];\n';
    expect(await ruleIds("src/course/fixture-module.ts", code)).toEqual([]);
    expect(await ruleIds("src/lab/fixture-module.ts", code)).toContain("no-restricted-imports");
  });

  it("lets src/lab import zod alone, for the data contract's schema", async () => {
    const code = 'import * as z from "zod/mini";\nexport const schema = z.string();\n';
    expect(await ruleIds("src/lab/contracts/fixture-module.ts", code)).toEqual([]);
  });
});

describe("layer order", () => {
  it("rejects an import from a higher layer", async () => {
    const code = 'import { grade } from "../exercises/grade";\nexport const g = grade;\n';
    expect(await ruleIds("src/lab/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });
});

describe("lab concept folders", () => {
  // The folder order is the one of eslint.config.js: core, special, random, inference, drift, …
  it("lets a folder import the folders before it", async () => {
    const code = 'import { mean } from "../core/descriptive";\nexport const m = mean;\n';
    expect(await ruleIds("src/lab/drift/fixture-module.ts", code)).toEqual([]);
  });

  it("rejects an import from a later folder", async () => {
    const code = 'import { psi } from "../drift/psi";\nexport const p = psi;\n';
    expect(await ruleIds("src/lab/core/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("rejects an import of the lab's public face from inside the lab", async () => {
    const code = 'import { mean } from "../index";\nexport const m = mean;\n';
    expect(await ruleIds("src/lab/drift/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });
});

describe("build-time code", () => {
  it("keeps the content compiler out of the app", async () => {
    const code =
      'import { compileChapter } from "../content/compiler/compile-chapter";\nexport const c = compileChapter;\n';
    expect(await ruleIds("src/ui/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("keeps the build's Node plugins out of everything the site runs", async () => {
    const code =
      'import { jupyterPlugin } from "../build/jupyter-plugin";\nexport const p = jupyterPlugin;\n';
    expect(await ruleIds("src/app/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("keeps the store out of the command line", async () => {
    const code =
      'import { useAppStore } from "../store/app-store";\nexport const s = useAppStore;\n';
    expect(await ruleIds("src/cli/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });
});

describe("UI feature folders", () => {
  // Every folder of src/ui but `shared` is a feature; the rule names the imported file, so each
  // case imports a module that exists.
  const features = readdirSync("src/ui", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "shared")
    .map((entry) => entry.name);
  const someModule = (feature: string) =>
    readdirSync(`src/ui/${feature}`)
      .filter((name) => /\.tsx?$/.test(name) && !name.includes(".test."))
      .sort()[0]!
      .replace(/\.tsx?$/, "");

  it("rejects a lesson module importing the notebook feature", async () => {
    const code =
      'import { NotebookPage } from "../notebook/notebook-page";\nexport const p = NotebookPage;\n';
    expect(await ruleIds("src/ui/lesson/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("lets a feature import src/ui/shared", async () => {
    const code =
      'import { CodeCell } from "../shared/cells/code-cell";\nimport { useChapter } from "../shared/chapter/chapter-context";\nexport const parts = [CodeCell, useChapter];\n';
    expect(await ruleIds("src/ui/lesson/fixture-module.ts", code)).toEqual([]);
  });

  it("rejects src/ui/shared importing a feature", async () => {
    const code =
      'import { LessonPage } from "../../lesson/lesson-page";\nexport const p = LessonPage;\n';
    expect(await ruleIds("src/ui/shared/prose/fixture-module.ts", code)).toContain(
      "import-x/no-restricted-paths",
    );
  });

  it("holds every feature folder to the rule", async () => {
    expect(features.length).toBeGreaterThan(1);
    for (const [index, feature] of features.entries()) {
      const other = features[(index + 1) % features.length]!;
      const code = `import * as other from "../${other}/${someModule(other)}";\nexport const o = other;\n`;
      expect(await ruleIds(`src/ui/${feature}/fixture-module.ts`, code), feature).toContain(
        "import-x/no-restricted-paths",
      );
    }
  });

  it("lets src/app import any feature", async () => {
    const code =
      'import { LessonPage } from "../ui/lesson/lesson-page";\nimport { NotebookPage } from "../ui/notebook/notebook-page";\nexport const pages = [LessonPage, NotebookPage];\n';
    expect(await ruleIds("src/app/fixture-module.ts", code)).toEqual([]);
  });
});
