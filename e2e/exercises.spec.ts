import { expect, test, type Locator, type Page } from "@playwright/test";
import { openPage, storageKey, waitForServiceWorker } from "./support";

const scratch = `const [table] = data.tables;
const reference = table.rows.map((row) => row[0]).filter((value) => value !== null);
const current = table.rows.map((row) => row[1]).filter((value) => value !== null);
const exact = lab.ks2samp(reference, current);
const asymptotic = lab.ks2samp(reference, current, { method: "asymp" });
show.text("D=" + exact.statistic + " p=" + exact.pvalue + " asymp=" + asymptotic.pvalue);`;

// A fixed pseudonym makes the student's data (and so the planted mistake's value) the same every run.
test.beforeEach(async ({ page }) => {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key)) {
      localStorage.setItem(
        key,
        JSON.stringify({ state: { studentId: "e2e-student-2" }, version: 2 }),
      );
    }
  }, storageKey);
});

async function openKsExercise(page: Page): Promise<Locator> {
  await openPage(page, "exercises.html#ks-basket-value-drift");
  const exercise = page.locator('[id="ks-basket-value-drift"]');
  await expect(exercise.getByRole("heading", { level: 2 })).toContainText("Kolmogorov-Smirnov", {
    timeout: 15_000,
  });
  return exercise;
}

/** Computes the answer in the exercise's scratch cell with the lab, as a student would. */
async function computeInScratchCell(page: Page, exercise: Locator) {
  await exercise.getByText("Scratch cell: compute with the lab").click();
  const cell = exercise.locator(".code-cell");
  await cell.getByRole("button", { name: "Edit code" }).click();
  await cell.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(scratch);
  await page.keyboard.press("Shift+Enter");
  const text = await cell
    .locator(".cell-text")
    .filter({ hasText: "D=" })
    .textContent({ timeout: 15_000 });
  const match = /D=([\d.e-]+) p=([\d.e-]+) asymp=([\d.e-]+)/.exec(text ?? "");
  expect(match).not.toBeNull();
  return { statistic: match?.[1] ?? "", pvalue: match?.[2] ?? "", asymptotic: match?.[3] ?? "" };
}

test("a new student computes the answer in the scratch cell, submits it and gets full marks", async ({
  page,
}) => {
  const exercise = await openKsExercise(page);
  await expect(exercise.getByRole("table").first()).toBeVisible();
  const answer = await computeInScratchCell(page, exercise);
  await exercise.getByLabel("KS statistic D").fill(answer.statistic);
  await exercise.getByLabel("p-value").fill(answer.pvalue);
  await exercise
    .getByRole("radio", { name: Number(answer.pvalue) <= 0.05 ? "Drift detected" : "No drift" })
    .check();
  await exercise.getByRole("button", { name: "Submit" }).click();
  await expect(exercise.getByRole("status").filter({ hasText: "Score 100%" })).toBeVisible();
  await expect(exercise.getByText("Worked solution")).toBeVisible();
});

test("a planted mistake gets its targeted feedback, and attempts survive a reload", async ({
  page,
}) => {
  const exercise = await openKsExercise(page);
  const answer = await computeInScratchCell(page, exercise);
  await exercise.getByLabel("KS statistic D").fill(answer.statistic);
  await exercise.getByLabel("p-value").fill(answer.asymptotic);
  await exercise.getByRole("radio", { name: "Drift detected" }).check();
  await exercise.getByRole("button", { name: "Submit" }).click();
  await expect(exercise.getByText("That is the asymptotic p-value")).toBeVisible();
  await expect(exercise.getByText(/1 graded attempt/)).toBeVisible();
  await page.reload();
  const reloaded = page.locator('[id="ks-basket-value-drift"]');
  await expect(reloaded.getByText(/1 graded attempt/)).toBeVisible();
  await expect(reloaded.getByLabel("p-value")).toHaveValue(answer.asymptotic);
});

test("input that cannot be read is invalid, not wrong, and costs no attempt", async ({ page }) => {
  const exercise = await openKsExercise(page);
  await exercise.getByLabel("KS statistic D").fill("0,5,5");
  await exercise.getByLabel("p-value").fill("abc");
  await exercise.getByRole("radio", { name: "No drift" }).check();
  await exercise.getByRole("button", { name: "Submit" }).click();
  await expect(exercise.getByText("did not cost an attempt")).toBeVisible();
  await expect(exercise.getByText(/0 graded attempts/)).toBeVisible();
});

test("the exercises work offline", async ({ page, context }) => {
  await openPage(page, "./");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const exercise = await openKsExercise(page);
  await exercise.getByLabel("KS statistic D").fill("0.5");
  await exercise.getByLabel("p-value").fill("0.5");
  await exercise.getByRole("radio", { name: "No drift" }).check();
  await exercise.getByRole("button", { name: "Submit" }).click();
  await expect(exercise.getByText(/Score \d+%/)).toBeVisible();
  await context.setOffline(false);
});
