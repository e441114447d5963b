import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { openLesson } from "./support";

// The built site under test (scripts/e2e.mjs): dist/ or dist-e2e-<slot>/.
const slot = process.env["E2E_SLOT"];
const assets = join(slot ? `dist-e2e-${slot}` : "dist", "assets");
const katexCode = "KaTeX parse error";

test("KaTeX's JavaScript is its own chunk, not part of palette-*.js", () => {
  const scripts = readdirSync(assets).filter((name) => name.endsWith(".js"));
  const withKatex = scripts.filter((name) =>
    readFileSync(join(assets, name), "utf8").includes(katexCode),
  );
  expect(withKatex).toHaveLength(1);
  expect(withKatex[0]).toMatch(/^katex-[\w-]+\.js$/);
  const palette = scripts.filter((name) => name.startsWith("palette-"));
  for (const name of palette) {
    expect(readFileSync(join(assets, name), "utf8")).not.toContain(katexCode);
  }
});

test("a lesson's math is pre-rendered: reading one loads no KaTeX JavaScript", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (request) => loaded.push(request.url()));
  await openLesson(page, 1);
  await expect(page.locator(".katex").first()).toBeVisible();
  expect(loaded.filter((url) => /\/katex-[\w-]+\.js$/.test(url))).toEqual([]);
});
