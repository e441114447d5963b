// A new reader's walk through the chapter, at phone and desktop sizes: what hurt in review
// (overlapping side cards, equation numbers over formulas, clipped outputs, lost work, stale
// messages) stays fixed.
import { expect, test, type Page } from "@playwright/test";
import { openPage, storageKey } from "./support";

const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

/** The lesson routes in chapter order, read from the sidebar. */
async function lessonRoutes(page: Page): Promise<string[]> {
  await openPage(page, "./");
  await page.locator(".sidebar-lessons a").first().waitFor({ state: "attached" });
  return page.evaluate(() =>
    [...document.querySelectorAll(".sidebar-lessons a")].map(
      (link) => link.getAttribute("href") ?? "",
    ),
  );
}

async function openRoute(page: Page, href: string): Promise<void> {
  await openPage(page, href);
  await page.locator("main h1").waitFor();
}

/** Waits until every simulation beside the lesson text has drawn its first output. */
async function waitForSideCells(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll(".cell-slot .code-cell")];
    return cells.length > 0 && cells.every((cell) => cell.querySelector(".cell-outputs") !== null);
  });
}

test("equation numbers never sit on top of their formulas, on phones or desktops", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const routes = await lessonRoutes(page);
  const overlaps: string[] = [];
  let checked = 0;
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    for (const route of routes) {
      await openRoute(page, route);
      await page.locator(".lesson-body .block-html").first().waitFor();
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const found = await page.evaluate(async () => {
        const hits: string[] = [];
        const equations = [...document.querySelectorAll(".lesson-body .equation")].filter(
          (equation) => equation.querySelector(".katex-tag") !== null,
        );
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const overlapping = (equation: Element) => {
          const tag = equation.querySelector(".katex-html > .katex-tag")!.getBoundingClientRect();
          return [...equation.querySelectorAll(".katex-html > .katex-base")].some((base) => {
            const box = base.getBoundingClientRect();
            return !(
              tag.right <= box.left + 0.5 ||
              tag.left >= box.right - 0.5 ||
              tag.bottom <= box.top + 0.5 ||
              tag.top >= box.bottom - 0.5
            );
          });
        };
        for (const equation of equations) {
          // An equation's number is placed as it comes near the screen: within a few frames
          // (a quarter of a second here) of being scrolled to.
          equation.scrollIntoView();
          let frames = 0;
          while (overlapping(equation) && frames < 15) {
            await frame();
            frames += 1;
          }
          if (overlapping(equation)) hits.push(equation.id || "(unlabelled)");
        }
        return { hits, count: equations.length };
      });
      checked += found.count;
      overlaps.push(...found.hits.map((id) => `${viewport.width}px ${route} ${id}`));
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(overlaps).toEqual([]);
});

test("simulations beside a lesson's text never overlap, even with their data shown", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(desktop);
  const routes = await lessonRoutes(page);
  const problems: string[] = [];
  for (const route of routes) {
    await openRoute(page, route);
    if ((await page.locator(".lesson.has-cells").count()) === 0) continue;
    await waitForSideCells(page);
    // Every card's "Show data" opened: the tallest each card can be.
    for (const summary of await page.locator(".cell-slot .show-data > summary").all())
      await summary.click();
    await page.waitForTimeout(200);
    const found = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll(".cell-slot .code-cell")].map((cell) =>
        cell.getBoundingClientRect(),
      );
      const hits: string[] = [];
      for (let i = 1; i < boxes.length; i++) {
        const gap = boxes[i]!.top - boxes[i - 1]!.bottom;
        if (gap < 0) hits.push(`card ${i + 1} overlaps card ${i} by ${Math.round(-gap)} px`);
      }
      const footer = document.querySelector(".lesson-footer")!.getBoundingClientRect();
      const last = boxes.at(-1);
      if (last && last.bottom > footer.top)
        hits.push(`the last card runs ${Math.round(last.bottom - footer.top)} px into the footer`);
      return hits;
    });
    problems.push(...found.map((hit) => `${route}: ${hit}`));
  }
  expect(problems).toEqual([]);
});

test("wide outputs beside the text can be opened at full width and then fit", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(desktop);
  const routes = await lessonRoutes(page);
  const clipped: string[] = [];
  let wideSeen = 0;
  for (const route of routes) {
    await openRoute(page, route);
    if ((await page.locator(".lesson.has-cells").count()) === 0) continue;
    await waitForSideCells(page);
    const cells = await page.locator(".cell-slot .code-cell").all();
    for (const cell of cells) {
      await cell.scrollIntoViewIfNeeded();
      const wide = await cell.evaluate((element) =>
        [...element.querySelectorAll(".table-scroll, .diagram-scroll")].some(
          (box) => box.scrollWidth > box.clientWidth + 1,
        ),
      );
      if (!wide) continue;
      wideSeen += 1;
      const title = (await cell.locator(".code-cell-title").textContent()) ?? "";
      // A cut-off output says so and offers the full width.
      await expect(cell.locator(".output-clipped-cue").first()).toBeVisible();
      await cell.getByRole("button", { name: "Expand" }).click();
      await page.waitForTimeout(100);
      const still = await cell.evaluate((element) =>
        [...element.querySelectorAll(".table-scroll, .diagram-scroll")]
          .filter((box) => box.scrollWidth > box.clientWidth + 1)
          .map((box) => `${box.scrollWidth} > ${box.clientWidth}`),
      );
      if (still.length > 0) clipped.push(`${route} ${title}: ${still.join(", ")}`);
      await cell.getByRole("button", { name: "Collapse" }).click();
    }
  }
  expect(wideSeen).toBeGreaterThan(0);
  expect(clipped).toEqual([]);
});

/** Saves a notebook cell's edited source in the browser, as an earlier visit would have. */
async function seedCellSource(page: Page, cellId: string, source: string): Promise<void> {
  await page.evaluate(
    ([key, id, code]) => {
      const saved = JSON.parse(localStorage.getItem(key!) ?? "null") ?? { state: {}, version: 2 };
      saved.state.cells = { ...saved.state.cells, [id!]: { source: code } };
      localStorage.setItem(key!, JSON.stringify(saved));
    },
    [storageKey, cellId, source],
  );
}

test("Reset clears an old error and shows the original outputs without another Run", async ({
  page,
}) => {
  await openRoute(page, "notebook-theory.html");
  await seedCellSource(page, "lineage-rebuild-set", "const = ;");
  await page.reload();
  const cell = page.locator('[id="lineage-rebuild-set"]');
  await expect(cell.getByRole("alert")).toContainText("SyntaxError on line 1", {
    timeout: 15_000,
  });
  await cell.getByRole("button", { name: "Reset" }).click();
  await expect(cell.locator(".cell-error")).toHaveCount(0);
  // It waits its turn behind the notebook's other cells, which all run as the page opens.
  await expect(cell.locator(".cell-outputs")).toBeVisible({ timeout: 15_000 });
  await expect(cell.locator(".cell-status")).toHaveText(/\d+ ms/);
});

test("a stopped run shows only why it stopped, not an error from earlier code; a long run shows its time and can be stopped", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openRoute(page, "notebook-theory.html");
  await seedCellSource(page, "lineage-rebuild-set", "throw new Error('from earlier code');");
  await page.reload();
  const cell = page.locator('[id="lineage-rebuild-set"]');
  await expect(cell.getByRole("alert")).toContainText("from earlier code", { timeout: 15_000 });
  await cell.getByRole("button", { name: "Edit code" }).click();
  await cell.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText("while (true) {}");
  await page.keyboard.press("Shift+Enter");
  // After a second, the cell says how long it has been running and offers to stop it.
  await expect(cell.locator(".cell-status")).toHaveText(/Running… [1-9]\d* s/, { timeout: 5_000 });
  await expect(cell.locator(".cell-error")).toHaveCount(0);
  await cell.getByRole("button", { name: "Stop this cell" }).click();
  await expect(cell.locator(".cell-error")).toHaveCount(1);
  await expect(cell.getByRole("alert")).toContainText("Stopped");
  await expect(cell.getByRole("alert")).not.toContainText("from earlier code");
  // Other cells still run.
  const second = page.locator(".notebook-cells .code-cell").nth(1);
  await second.getByRole("button", { name: "Run", exact: true }).click();
  await expect(second.locator(".cell-status")).toHaveText(/\d+ ms/, { timeout: 15_000 });
});

test("code is folded by default, so a cell's controls sit right above its output", async ({
  page,
}) => {
  await page.setViewportSize(desktop);
  await openRoute(page, "notebook-theory.html");
  const cell = page
    .locator(".notebook-cells .code-cell")
    .filter({ has: page.getByRole("slider") })
    .first();
  await expect(cell.locator(".cell-outputs")).toBeVisible({ timeout: 15_000 });
  await expect(cell.locator(".cell-source")).toHaveCount(0);
  const gap = await cell.evaluate((element) => {
    const controls = element.querySelector(".cell-toolbar")!.getBoundingClientRect();
    const outputs = element.querySelector(".cell-outputs")!.getBoundingClientRect();
    return outputs.top - controls.bottom;
  });
  expect(gap).toBeLessThan(80);
  await cell.getByRole("button", { name: "Show code" }).click();
  await expect(cell.locator(".cell-source")).toBeVisible();
});

test("when the clipboard is refused, Copy link shows the link to copy by hand", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: {
        writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")),
      },
    });
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await openRoute(page, "notebook-theory.html");
  const cell = page.locator('[id="lineage-rebuild-set"]');
  await cell.getByRole("button", { name: "Copy link" }).click();
  const link = cell.getByRole("textbox", { name: "Link to this cell" });
  await expect(link).toBeVisible();
  await expect(link).toHaveValue(/notebook-theory\.html(\?[^#]*)?#lineage-rebuild-set$/);
  expect(errors).toEqual([]);
});

test("the scratch cell's link opens its exercise, not a missing page", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: {
        writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")),
      },
    });
  });
  await openRoute(page, "exercises.html#ks-basket-value-drift");
  const exercise = page.locator('[id="ks-basket-value-drift"]');
  await exercise.getByText("Scratch cell: compute with the lab").click();
  await exercise.locator(".code-cell").getByRole("button", { name: "Copy link" }).click();
  const link = exercise.getByRole("textbox", { name: "Link to this cell" });
  await expect(link).toHaveValue(/exercises\.html#ks-basket-value-drift$/);
  await openPage(page, await link.inputValue());
  await expect(page.locator('[id="ks-basket-value-drift"]')).toBeInViewport({ timeout: 15_000 });
  await expect(page.locator(".not-found")).toHaveCount(0);
});

/** Replaces the saved progress with these entries (missing kinds empty), then reloads. */
async function seedProgress(page: Page, state: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ([key, saved]) =>
      localStorage.setItem(
        key!,
        JSON.stringify({
          state: {
            lessons: {},
            restate: {},
            cells: {},
            exercises: {},
            studentId: "",
            theme: "system",
            ...(saved as object),
          },
          version: 2,
        }),
      ),
    [storageKey, state] as const,
  );
  await page.reload();
  await page.locator("main h1").waitFor();
}

test("following a link to another page starts at its top, with focus on its heading", async ({
  page,
}) => {
  await page.setViewportSize(desktop);
  await openRoute(page, "lesson-features-entities-time.html");
  await page.locator(".lesson-body .block-html").first().waitFor();
  await page.evaluate(() => window.scrollTo(0, 3000));
  await page.waitForFunction(() => window.scrollY > 1000);
  await page
    .getByRole("navigation", { name: "Chapter" })
    .getByRole("link", { name: "Theory notebook" })
    .click();
  await page.locator(".notebook-cells").waitFor();
  await expect(page.locator("main h1")).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
});

test("a deep link to a section, cell or exercise that does not exist says so", async ({ page }) => {
  await openRoute(page, "lesson-data-contracts.html#no-such-section");
  await expect(page.getByRole("status").filter({ hasText: "no-such-section" })).toBeVisible();
  await openRoute(page, "notebook-theory.html#no-such-cell");
  await expect(page.getByRole("status").filter({ hasText: "no-such-cell" })).toBeVisible();
  await openRoute(page, "exercises.html#no-such-exercise");
  await expect(page.getByRole("status").filter({ hasText: "no-such-exercise" })).toBeVisible();
});

test("a shared value outside a control's range says it was clamped", async ({ page }) => {
  await openRoute(page, "notebook-theory.html");
  const cell = page
    .locator(".notebook-cells .code-cell")
    .filter({ has: page.getByRole("slider") })
    .first();
  const id = await cell.getAttribute("id");
  const control = cell.locator(".param[data-param]").filter({ has: page.getByRole("slider") });
  const name = await control.first().getAttribute("data-param");
  const max = await control.first().getByRole("slider").getAttribute("max");
  await openRoute(page, `notebook-theory.html?${name}=999999#${id}`);
  await expect(page.getByRole("status").filter({ hasText: "999999" })).toContainText(String(max));
});

test("a restatement typed just before a reload is not lost", async ({ page }) => {
  await openRoute(page, "lesson-production-artifacts.html");
  const box = page.locator(".directive-restate textarea").first();
  await box.fill("Typed a moment before leaving.");
  await page.reload();
  await expect(page.locator(".directive-restate textarea").first()).toHaveValue(
    "Typed a moment before leaving.",
  );
});

test("when storage is full, the page says what did not save, once, and how to keep it", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if ((window as unknown as { storageFull?: boolean }).storageFull && this === localStorage)
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      original.call(this, key, value);
    };
  });
  await openRoute(page, "lesson-production-artifacts.html");
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
  const box = page.locator(".directive-restate textarea").first();
  for (const text of ["one", "one two", "one two three"]) {
    await box.fill(text);
    await page.waitForTimeout(600);
  }
  await expect(page.locator(".restate-status").first()).not.toContainText("Saved");
  await expect(page.locator(".restate-status").first()).toContainText("Not saved");
  await expect(page.locator(".storage-issue")).toHaveCount(1);
  await expect(page.locator(".storage-issue")).toContainText("restatement");
  await expect(
    page.locator(".storage-issue").getByRole("button", { name: "Export progress" }),
  ).toBeVisible();
});

test("the exercises page opens with an index: status, score, seed and student id, and links", async ({
  page,
}) => {
  await openRoute(page, "exercises.html");
  // A first visit draws a student id and saves it once the page has loaded: seed after that, or
  // the page's own save would replace the seeded progress.
  await expect(page.locator(".exercise-identity")).toContainText("student-");
  await seedProgress(page, {
    studentId: "student-walk",
    exercises: {
      "ks-basket-value-drift": {
        variant: 0,
        draft: {},
        attempts: 2,
        hintsUsed: 0,
        best: 0.75,
        solutionOpen: false,
      },
    },
  });
  const index = page.getByRole("navigation", { name: "Exercises index" });
  await expect(index).toBeVisible();
  expect(await index.getByRole("link").count()).toBeGreaterThanOrEqual(10);
  // Under the lessons they practise, in the notebook's order: the numbers run 1, 2, 3, ...
  const numbers = await index
    .locator("li")
    .evaluateAll((items) => items.map((item) => (item as HTMLLIElement).value));
  expect(numbers).toEqual(numbers.map((_, position) => position + 1));
  await expect(index.getByRole("heading", { level: 3 }).first()).toHaveText(/^Lesson 2: /);
  await expect(page.locator(".exercise-identity")).toContainText("student-walk");
  const row = index
    .locator("li")
    .filter({ has: page.locator('a[href$="#ks-basket-value-drift"]') });
  await expect(row.first()).toContainText("75%");
  await expect(row.first()).toContainText(/seed \d+/);
  await row.first().getByRole("link").click();
  await expect(page).toHaveURL(/exercises\.html#ks-basket-value-drift$/);
  await expect(page.locator('[id="ks-basket-value-drift"]')).toBeInViewport();
});

test("erasing progress says what goes, offers an export first, and can erase one kind", async ({
  page,
}) => {
  await openRoute(page, "progress.html");
  await seedProgress(page, {
    studentId: "student-keep",
    restate: { "restate-a": { text: "my words", updatedAt: 1 } },
    exercises: {
      "ks-basket-value-drift": {
        variant: 0,
        draft: {},
        attempts: 1,
        hintsUsed: 0,
        best: 1,
        solutionOpen: false,
      },
    },
  });
  // The page reports exercise work, not only reading.
  await expect(page.locator(".progress-page")).toContainText(/worked on 1 exercise:/);
  const erase = page.getByRole("group", { name: "What to erase" });
  await expect(erase.getByRole("button", { name: "Download a copy first" })).toBeVisible();
  for (const box of await erase.getByRole("checkbox").all()) await box.uncheck();
  await erase.getByRole("checkbox", { name: /Restatements/ }).check();
  page.once("dialog", (dialog) => void dialog.accept());
  await erase.getByRole("button", { name: /Erase/ }).click();
  const saved = await page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? "{}"),
    storageKey,
  );
  expect(saved.state.restate).toEqual({});
  expect(saved.state.exercises["ks-basket-value-drift"].best).toBe(1);
  expect(saved.state.studentId).toBe("student-keep");
});

test("a table's note shows code as code, and its downloads have names without spaces", async ({
  page,
}) => {
  await openRoute(page, "exercises.html#schema-compatibility-upgrade");
  const exercise = page.locator('[id="schema-compatibility-upgrade"]');
  const note = exercise.locator(".table-note").first();
  await expect(note).toContainText("= value");
  await expect(note).not.toContainText("`");
  await expect(note.locator("code")).toHaveText("= value");
  const download = page.waitForEvent("download");
  await exercise.getByRole("button", { name: "CSV" }).first().click();
  expect((await download).suggestedFilename()).toMatch(/^[\w.-]+\.csv$/);
});

test("reopening a lesson read part-way offers to continue where the reader left off", async ({
  page,
}) => {
  // Seeded on the overview: an open lesson saves its own reading position, which could land
  // after the seed and replace it before the reload.
  await openRoute(page, "./");
  await seedProgress(page, { lessons: { "data-contracts": { progress: 0.6 } } });
  await openRoute(page, "lesson-data-contracts.html");
  await page.locator(".lesson-body .block-html").first().waitFor();
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
});

test("a lesson read part-way shows a filled slice in the navigation, not a spinner-like arc", async ({
  page,
}) => {
  await openRoute(page, "./");
  await seedProgress(page, { lessons: { "data-contracts": { progress: 0.4 } } });
  const meter = page
    .getByRole("navigation", { name: "Chapter" })
    .getByRole("img", { name: "40% read" });
  await expect(meter.locator(".progress-meter-pie")).toHaveCount(1);
  await expect(meter.locator("[stroke-dasharray]")).toHaveCount(0);
});

test("a cell shows its seed and takes a new one", async ({ page }) => {
  await openRoute(page, "notebook-theory.html");
  const cell = page.locator('[id="lineage-rebuild-set"]');
  const seed = cell.getByRole("spinbutton", { name: /^Seed of / });
  await expect(seed).toHaveValue("1");
  await cell.getByRole("button", { name: "New sample" }).click();
  await expect(seed).toHaveValue("2");
  await seed.fill("42");
  await expect(cell.locator(".cell-status")).toHaveText(/\d+ ms/, { timeout: 15_000 });
  // The copied link carries the seed.
  await page.evaluate(() =>
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    }),
  );
  await cell.getByRole("button", { name: "Copy link" }).click();
  await expect(cell.getByRole("textbox", { name: "Link to this cell" })).toHaveValue(/seed=42/);
});

test("the reader is told when the chapter is ready offline and when they are offline", async ({
  page,
  context,
}) => {
  await openRoute(page, "./");
  await expect(page.getByText("saved in this browser for offline reading")).toBeVisible({
    timeout: 20_000,
  });
  await context.setOffline(true);
  await expect(page.getByText("You are offline.")).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText("You are offline.")).toHaveCount(0);
});
