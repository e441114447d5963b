import { spawnSync } from "node:child_process";
import { openPage } from "./support";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import {
  assignmentInstance,
  buildGradebook,
  createSubmission,
  formatPoints,
  parseAssignmentYaml,
  submissionToJson,
  toCanvasCsv,
  type Assignment,
} from "../src/course/index";
import { exerciseById } from "../src/exercises/catalog/index";
import { referenceAsRawAnswer } from "../src/exercises/practice";

// The instructor workflow end to end: build an assignment in the app, two students work on it in
// their own browsers and submit, and the gradebook page re-grades their files as the course
// library (the CLI's code) does, listing the bad files and writing the same Canvas CSV.

const psi = "psi-categorical-shift";
const incident = "incident-root-cause";

async function downloadOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

/** Types an answer into an exercise card: numbers into their boxes, options by their labels. */
async function answer(
  card: Locator,
  exerciseId: string,
  raw: Record<string, string | string[] | undefined>,
) {
  const exercise = exerciseById(exerciseId);
  if (!exercise) throw new Error(`${exerciseId} is in the catalogue`);
  for (const [name, part] of Object.entries(exercise.answer)) {
    const value = raw[name];
    if (part.kind === "number") {
      await card.getByRole("textbox", { name: part.label }).fill(String(value ?? ""));
    } else if (part.kind === "choice" || part.kind === "decision") {
      const label = part.options.find((option) => option.id === value)?.label ?? "";
      await card
        .getByRole("group", { name: part.label })
        .getByRole("radio", { name: label, exact: true })
        .check();
    } else {
      throw new Error(`this test answers number and option parts only, not ${part.kind}`);
    }
  }
}

/**
 * Runs `npm run gradebook`'s entry point on the files, in a folder of their own (so the CLI names
 * them as the page does), and returns what it prints for a format, with its exit code.
 */
async function gradebookCli(
  assignmentYaml: string,
  files: { name: string; text: string }[],
  format: "canvas" | "csv",
): Promise<{ stdout: string; status: number | null }> {
  const folder = await mkdtemp(join(tmpdir(), "gradebook-e2e-"));
  try {
    await writeFile(join(folder, "assignment.yaml"), assignmentYaml);
    for (const file of files) await writeFile(join(folder, file.name), file.text);
    const run = spawnSync(
      resolve("node_modules/.bin/tsx"),
      [
        resolve("src/cli/gradebook.ts"),
        "--assignment",
        "assignment.yaml",
        ...files.map((file) => file.name),
        "--format",
        format,
      ],
      { cwd: folder, encoding: "utf8" },
    );
    return { stdout: run.stdout, status: run.status };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The reference answer of a student's instance, as they would type it. */
function referenceFor(assignment: Assignment, rosterId: string, exerciseId: string) {
  const made = assignmentInstance(assignment, rosterId, exerciseId);
  return referenceAsRawAnswer(made.exercise, made.instance);
}

/** A student opens the link in their own browser, enters their roster id and sees their data. */
async function openAsStudent(browser: Browser, link: string, rosterId: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await openPage(page, link);
  await page.getByRole("textbox", { name: "Roster id" }).fill(rosterId);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator(".roster-id-value")).toHaveText(rosterId);
  const psiCard = page.locator(`article[id="${psi}"]`);
  const incidentCard = page.locator(`article[id="${incident}"]`);
  await expect(psiCard.getByRole("table").first()).toBeVisible();
  return { context, page, psiCard, incidentCard };
}

test("an instructor builds an assignment, two students submit, the gradebook grades them like the CLI", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // The instructor builds the assignment and downloads its file.
  await openPage(page, "./");
  await page.getByRole("link", { name: "Instructor tools" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assignment builder" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill("Drift week quiz");
  await expect(page.getByLabel("Id", { exact: true })).toHaveValue("drift-week-quiz");
  await page.getByLabel("Include PSI of a categorical feature with a new category").check();
  await page.getByLabel("Include Root cause of an incident from monitor signals").check();
  await page.getByLabel("Points for Root cause of an incident from monitor signals").fill("5");
  await expect(page.getByText("Ready: “Drift week quiz”, 2 exercises.")).toBeVisible();
  const yaml = await downloadOf(page, () =>
    page.getByRole("button", { name: "Download assignment file (YAML)" }).click(),
  );
  expect(yaml.name).toBe("drift-week-quiz.yaml");
  const parsed = parseAssignmentYaml(yaml.text, yaml.name);
  expect(parsed.problems).toEqual([]);
  const assignment = parsed.assignment as Assignment;
  expect(assignment.exercises).toEqual([
    { id: psi, points: 10 },
    { id: incident, points: 5 },
  ]);
  const link = await page.getByTestId("student-link").inputValue();

  // Two students, two browsers, two roster ids: different data.
  const ada = await openAsStudent(browser, link, "s-ada");
  const bob = await openAsStudent(browser, link, "s-bob");
  const adaData = await ada.psiCard.getByRole("table").first().innerText();
  const bobData = await bob.psiCard.getByRole("table").first().innerText();
  expect(adaData).not.toEqual(bobData);
  await expect(ada.page.getByRole("button", { name: "New variant" })).toHaveCount(0);

  // Ada gets the PSI right but the decision wrong, and the incident right.
  const adaPsi = referenceFor(assignment, "s-ada", psi);
  await answer(ada.psiCard, psi, {
    ...adaPsi,
    decision: adaPsi["decision"] === "drift" ? "no-drift" : "drift",
  });
  await ada.psiCard.getByRole("button", { name: "Check" }).click();
  await expect(ada.psiCard.getByTestId("attempt-feedback")).toContainText("Score 70%");
  await expect(ada.psiCard.locator(".part-feedback.part-incorrect")).toHaveCount(1);
  await answer(ada.incidentCard, incident, referenceFor(assignment, "s-ada", incident));
  await ada.incidentCard.getByRole("button", { name: "Check" }).click();
  await expect(ada.incidentCard.getByTestId("attempt-feedback")).toContainText("Score 100%");
  const adaFile = await downloadOf(ada.page, () =>
    ada.page.getByRole("button", { name: "Submit", exact: true }).click(),
  );
  expect(adaFile.name).toBe("drift-week-quiz--s-ada.submission.json");

  // Bob first types an unreadable PSI: explained, not graded, no attempt spent.
  const bobPsi = referenceFor(assignment, "s-bob", psi);
  await answer(bob.psiCard, psi, { ...bobPsi, psi: "12..3" });
  await bob.psiCard.getByRole("button", { name: "Check" }).click();
  await expect(bob.psiCard.getByTestId("attempt-feedback")).toContainText("Not graded");
  await expect(bob.psiCard.getByTestId("exercise-status")).toContainText("0 of 3 attempts used");
  await answer(bob.psiCard, psi, bobPsi);
  await bob.psiCard.getByRole("button", { name: "Check" }).click();
  await expect(bob.psiCard.getByTestId("attempt-feedback")).toContainText("Score 100%");
  await answer(bob.incidentCard, incident, referenceFor(assignment, "s-bob", incident));
  await bob.incidentCard.getByRole("button", { name: "Check" }).click();
  await expect(bob.incidentCard.getByTestId("attempt-feedback")).toContainText("Score 100%");
  const bobFile = await downloadOf(bob.page, () =>
    bob.page.getByRole("button", { name: "Submit", exact: true }).click(),
  );
  await expect(bob.page.getByRole("button", { name: "Submit again" })).toBeVisible();

  // Three bad files: a truncated one, a hand-edited score, one for another assignment.
  const edited = JSON.parse(bobFile.text) as { points: number; exercises: { score: number }[] };
  edited.points = 999;
  const other = createSubmission({
    assignment: { ...assignment, id: "another-quiz", title: "Another quiz" },
    rosterId: "s-cy",
    build: "e2e",
    submittedAt: new Date().toISOString(),
    work: {},
  });
  const files = [
    { name: "ada.submission.json", text: adaFile.text },
    { name: "bob.submission.json", text: bobFile.text },
    { name: "corrupted.json", text: adaFile.text.slice(0, adaFile.text.length / 2) },
    { name: "edited.json", text: `${JSON.stringify(edited, null, 2)}\n` },
    { name: "other-assignment.json", text: submissionToJson(other) },
  ];
  const expected = buildGradebook(assignment, files);

  // The instructor drops all five files into the gradebook.
  await page.getByRole("link", { name: "Gradebook" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gradebook" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Assignment" })).toContainText("Drift week quiz");
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list)
      data.items.add(new File([file.text], file.name, { type: "application/json" }));
    return data;
  }, files);
  await page.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
  await expect(
    page.getByRole("status").filter({ hasText: "Graded 2 students from 5 files" }),
  ).toBeVisible({
    timeout: 20_000,
  });
  const grades = page.getByTestId("gradebook-grades");
  for (const row of expected.rows) {
    const result = row.result;
    if (!result) throw new Error("both students are graded");
    await expect(grades.locator(`tr[data-roster-id="${row.rosterId}"]`)).toContainText(
      `${formatPoints(result.points)} / ${formatPoints(result.maxPoints)}`,
    );
  }
  expect(expected.rows.map((row) => row.result?.points)).toEqual([
    10 * 0.7 + 5, // Ada: PSI right, decision wrong (weights 0.7 and 0.3); the incident right
    15,
  ]);
  const problems = page.getByTestId("gradebook-problems");
  await expect(problems.locator('[data-kind="malformed"]')).toContainText("corrupted.json");
  await expect(problems.locator('[data-kind="checksum"]')).toContainText("edited.json");
  await expect(problems.locator('[data-kind="wrong-assignment"]')).toContainText(
    "other-assignment.json",
  );
  expect(expected.problems.map((problem) => `${problem.file} ${problem.kind}`)).toEqual([
    "corrupted.json malformed",
    "edited.json checksum",
    "other-assignment.json wrong-assignment",
  ]);

  // The downloads are the CLI's output, byte for byte (exit code 1: problems occurred).
  const canvas = await downloadOf(page, () =>
    page.getByRole("button", { name: "Canvas CSV" }).click(),
  );
  expect(canvas.text).toBe(toCanvasCsv(expected));
  const cliCanvas = await gradebookCli(yaml.text, files, "canvas");
  expect(cliCanvas.status).toBe(1);
  expect(canvas.text).toBe(cliCanvas.stdout);
  const perExercise = await downloadOf(page, () =>
    page.getByRole("button", { name: "CSV per exercise" }).click(),
  );
  expect(perExercise.text).toBe((await gradebookCli(yaml.text, files, "csv")).stdout);
  await ada.context.close();
  await bob.context.close();
});
