import { expect, test, type Page } from "@playwright/test";
import { openPage, slowCpu, waitForServiceWorker } from "./support";

async function openNotebook(page: Page): Promise<void> {
  await openPage(page, "notebook-theory.html");
  await expect(page.locator(".code-cell").first().locator(".cell-outputs")).toBeVisible({
    timeout: 15_000,
  });
}

/** Replaces a cell's code through the editor (CodeMirror, loaded on demand). */
async function editCell(page: Page, index: number, code: string): Promise<void> {
  const cell = page.locator(".code-cell").nth(index);
  await cell.getByRole("button", { name: "Edit code" }).click();
  const editor = cell.locator(".cm-content");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
}

test("every demonstration runs in the worker and draws its outputs", async ({ page }) => {
  await openNotebook(page);
  const cells = page.locator(".code-cell");
  expect(await cells.count()).toBeGreaterThanOrEqual(14);
  for (const cell of await cells.all()) {
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.locator(".cell-outputs")).toBeVisible({ timeout: 15_000 });
    await expect(cell.locator(".cell-error")).toHaveCount(0);
  }
});

test("a slider is labelled, steps with the keyboard and re-runs its cell", async ({ page }) => {
  await openNotebook(page);
  const slider = page.locator(".code-cell").getByRole("slider").first();
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(slider).not.toHaveValue(before);
  await expect(slider).toHaveAccessibleName(/.+/);
});

test("arrow-key steps redraw the chart, and a theme switch recolours it", async ({ page }) => {
  await openPage(page, "notebook-theory.html#materialization-staleness");
  const cell = page.locator('[id="materialization-staleness"]');
  const line = cell.locator(".chart-line").first();
  await expect(line).toBeVisible({ timeout: 15_000 });
  // Each step either side is computed ahead; stepping there and back must still draw each value.
  const slider = cell.getByRole("slider", { name: /cadence/i });
  const shapes: (string | null)[] = [await line.getAttribute("d")];
  await slider.focus();
  for (const key of ["ArrowRight", "ArrowRight", "ArrowLeft"]) {
    await page.keyboard.press(key);
    await expect(line).not.toHaveAttribute("d", shapes.at(-1) ?? "");
    await expect(cell.locator(".cell-status")).toHaveText(/ms$/);
    shapes.push(await line.getAttribute("d"));
  }
  expect(shapes[3]).toBe(shapes[1]);
  // Colours are the theme's custom properties: the same chart, recoloured without a redraw.
  const tick = cell.locator(".chart-tick").first();
  const fill = () => tick.evaluate((element) => getComputedStyle(element).fill);
  const stroke = () => line.evaluate((element) => getComputedStyle(element).stroke);
  const before = { fill: await fill(), stroke: await stroke(), d: await line.getAttribute("d") };
  await page
    .getByLabel("Colour theme")
    .selectOption(
      (await page.locator("html").getAttribute("data-theme")) === "dark" ? "light" : "dark",
    );
  await expect.poll(fill).not.toBe(before.fill);
  await expect.poll(stroke).not.toBe(before.stroke);
  await expect(line).toHaveAttribute("d", before.d ?? "");
});

test("a line chart reads out the values under the pointer, and point by point with the keys", async ({
  page,
}) => {
  // A slowed CPU keeps the cell's chart unhydrated for a while after the page around it is: the
  // pointer enters it then, once, and the readout must still appear (React replays the
  // pointer-over once the cell is hydrated).
  const fullSpeed = await slowCpu(page, 6);
  await openPage(page, "notebook-theory.html#peeking-confidence-sequence");
  const cell = page.locator('[id="peeking-confidence-sequence"]');
  const plot = cell.getByRole("application").first();
  await expect(plot).toBeVisible({ timeout: 15_000 });
  const readout = cell.locator(".chart-readout").first();
  await expect(readout).toBeHidden();
  const box = await plot.boundingBox();
  if (!box) throw new Error("the chart has no plot area");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await fullSpeed();
  await expect(readout).toBeVisible({ timeout: 15_000 });
  await expect(readout).toContainText("observations per arm = ");
  await expect(readout).toContainText("peeking z-test: ");
  await page.mouse.move(0, 0);
  await expect(readout).toBeHidden();
  // The keyboard starts at the first point and steps right.
  await plot.focus();
  await page.keyboard.press("ArrowRight");
  const first = await readout.textContent();
  await page.keyboard.press("ArrowRight");
  await expect(readout).not.toHaveText(first ?? "");
  await page.keyboard.press("ArrowLeft");
  await expect(readout).toHaveText(first ?? "");
});

test("a runaway cell is stopped by the watchdog, the page stays responsive and other cells still run", async ({
  page,
}) => {
  await openNotebook(page);
  await editCell(page, 0, "while (true) {}");
  const first = page.locator(".code-cell").first();
  await first.getByRole("button", { name: "Run", exact: true }).click();
  await expect(first.locator(".cell-status")).toHaveText(/^Running…/);
  // The main thread is free while the worker spins: the theme switch still answers.
  await page.getByLabel("Colour theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(first.getByRole("alert")).toContainText("Stopped after", { timeout: 20_000 });
  const second = page.locator(".code-cell").nth(1);
  await second.getByRole("button", { name: "Run", exact: true }).click();
  await expect(second.locator(".cell-status")).toHaveText(/\d+ ms/, { timeout: 15_000 });
});

test("a throwing cell shows its error and line; malformed code never breaks the page", async ({
  page,
}) => {
  await openNotebook(page);
  await editCell(page, 0, "const a = 1;\nthrow new RangeError('boom');");
  const first = page.locator(".code-cell").first();
  await page.keyboard.press("Shift+Enter");
  // The run waits behind the other cells' first runs, queued on the same kernel when the page opened.
  await expect(first.getByRole("alert")).toContainText("RangeError on line 2: boom", {
    timeout: 20_000,
  });
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText("const = ;");
  await page.keyboard.press("Shift+Enter");
  await expect(first.getByRole("alert")).toContainText("SyntaxError on line 1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("edits survive a reload, and reset brings back the original", async ({ page }) => {
  await openNotebook(page);
  await editCell(page, 0, "show.text('edited by a reader');");
  await page.keyboard.press("Shift+Enter");
  const first = page.locator(".code-cell").first();
  await expect(first.locator(".cell-text")).toContainText("edited by a reader");
  await page.reload();
  await expect(page.locator(".code-cell").first().locator(".cell-text")).toContainText(
    "edited by a reader",
    { timeout: 15_000 },
  );
  await expect(page.locator(".code-cell").first().getByText("You edited this cell")).toBeVisible();
  await page.locator(".code-cell").first().getByRole("button", { name: "Reset" }).click();
  await expect(page.locator(".code-cell").first().getByText("You edited this cell")).toHaveCount(0);
});

test("a shared link restores a cell's parameters and runs it", async ({ page }) => {
  await openNotebook(page);
  const cell = page
    .locator(".code-cell")
    .filter({ has: page.getByRole("slider") })
    .first();
  const id = await cell.getAttribute("id");
  const control = cell
    .locator(".param[data-param]")
    .filter({ has: page.getByRole("slider") })
    .first();
  const name = await control.getAttribute("data-param");
  const max = await control.getByRole("slider").getAttribute("max");
  await openPage(page, `notebook-theory.html?${name}=${max}#${id}`);
  const shared = page.locator(`[id="${id}"]`);
  await expect(shared).toBeInViewport();
  await expect(shared.locator(`.param[data-param="${name}"]`).getByRole("slider")).toHaveValue(
    String(max),
  );
  await expect(shared.locator(".cell-status")).toHaveText(/\d+ ms/, { timeout: 15_000 });
});

test("the notebook downloads as a valid nbformat 4 .ipynb", async ({ page }) => {
  await openNotebook(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download .ipynb" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("theory.ipynb");
  const chunks = await (await file.createReadStream()).toArray();
  const notebook = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  expect(notebook.nbformat).toBe(4);
  expect(notebook.metadata.kernelspec.name).toBe("deno");
  const code: { id: string; source: string[]; outputs: unknown[] }[] = notebook.cells.filter(
    (cell: { cell_type: string }) => cell.cell_type === "code",
  );
  expect(code.length).toBeGreaterThanOrEqual(14);
  // The build's outputs came with it, and the first cell imports the lab from this site.
  for (const cell of code) expect(cell.outputs.length, cell.id).toBeGreaterThan(0);
  const imports = code[0]!.source.join("");
  expect(imports).toContain(`from "${new URL("lab.mjs", page.url()).href}"`);
  const lab = await page.request.get(new URL("lab.mjs", page.url()).href);
  expect(await lab.text()).toContain("export");
});

test("lessons show their simulations beside the text, linked to the notebook", async ({ page }) => {
  await openPage(page, "lesson-drift-detection.html");
  const cell = page.locator(".cell-slot .code-cell").first();
  await expect(cell.locator(".cell-outputs")).toBeVisible({ timeout: 15_000 });
  await cell.getByRole("link", { name: "Open in the notebook" }).click();
  await expect(page).toHaveURL(/notebook-theory\.html#[a-z0-9-]+$/);
});

test("offline, every cell still runs", async ({ page, context }) => {
  await openPage(page, "./");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await openNotebook(page);
  const cells = page.locator(".code-cell");
  for (const cell of await cells.all()) {
    await cell.scrollIntoViewIfNeeded();
    await expect(cell.locator(".cell-outputs")).toBeVisible({ timeout: 15_000 });
  }
  await context.setOffline(false);
});
