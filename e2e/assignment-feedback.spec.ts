import { expect, test } from "@playwright/test";
import { openPage } from "./support";
import { assignmentInstance, encodeAssignmentLink, type Assignment } from "../src/course/index";
import { referenceAsRawAnswer } from "../src/exercises/practice";

// Feedback modes on the student's assignment page, with the page's clock set by the test.

const afterDue: Assignment = {
  version: 1,
  id: "after-due-check",
  title: "After-due check",
  instructions: "Answer now; correctness is shown after the **due time**.",
  exercises: [{ id: "psi-categorical-shift", points: 10 }],
  opens: "2026-03-01T00:00:00Z",
  due: "2026-03-08T17:00:00Z",
  late: { kind: "closed" },
  attempts: 2,
  feedback: "after-due",
  hints: false,
  solutions: "after-due",
};

test("after-due mode validates input but shows no correctness, score or solution before the due time", async ({
  page,
}) => {
  await page.clock.install({ time: new Date("2026-03-05T11:30:00Z") });
  await openPage(page, `assignment.html?id=${afterDue.id}&a=${encodeAssignmentLink(afterDue)}`);
  await expect(page.getByRole("heading", { level: 1, name: "After-due check" })).toBeVisible();
  await expect(page.getByTestId("time-left")).toContainText("3 days 5 hours left");
  await page.getByRole("textbox", { name: "Roster id" }).fill("s-eve");
  await page.getByRole("button", { name: "Start" }).click();
  const card = page.locator('article[id="psi-categorical-shift"]');
  await expect(card.getByRole("button", { name: "Hint 1 of 3" })).toHaveCount(0);

  // Invalid is still not wrong: an unreadable number is pointed out at once.
  await card.getByRole("textbox", { name: "PSI" }).fill("0..2");
  await card.getByRole("radio", { name: "Drift detected" }).check();
  await card.getByRole("button", { name: "Record answer" }).click();
  await expect(card.getByTestId("attempt-feedback")).toContainText("Not graded");
  await expect(card.locator(".part-feedback.part-invalid")).toContainText("two decimal points");

  // A readable answer (the PSI right, the decision wrong) is recorded, and nothing more is said.
  const made = assignmentInstance(afterDue, "s-eve", "psi-categorical-shift");
  const reference = referenceAsRawAnswer(made.exercise, made.instance);
  await card.getByRole("textbox", { name: "PSI" }).fill(String(reference["psi"]));
  await card
    .getByRole("radio", { name: reference["decision"] === "drift" ? "No drift" : "Drift detected" })
    .check();
  await card.getByRole("button", { name: "Record answer" }).click();
  const feedback = card.getByTestId("attempt-feedback");
  await expect(feedback).toContainText("Answer recorded (1 of 2 attempts)");
  await expect(feedback).toContainText("shown after the due time");
  await expect(page.locator(".part-feedback")).toHaveCount(0);
  await expect(page.getByText(/Score \d+%/)).toHaveCount(0);
  await expect(page.getByText("Worked solution")).toHaveCount(0);
  await expect(page.getByText(/points as this page grades/)).toHaveCount(0);
  await expect(card.getByTestId("exercise-status")).not.toContainText("of 10 points");
  await expect(page.locator(".assignment-status")).toContainText("answer recorded");

  // After the due time the same page shows correctness, score and the worked solution.
  await page.clock.fastForward(4 * 24 * 60 * 60 * 1000);
  await expect(page.getByTestId("time-left")).toContainText("ago");
  await expect(feedback).toContainText("Score 70%");
  await expect(card.locator(".part-feedback.part-correct")).toHaveCount(1);
  await expect(card.locator(".part-feedback.part-incorrect")).toHaveCount(1);
  await expect(card.getByTestId("exercise-status")).toContainText("7 of 10 points");
  await expect(page.getByText("Worked solution")).toBeVisible();
  await expect(page.getByText("7 of 10 points as this page grades")).toBeVisible();
});

test("on-submit mode shows correctness once the student has submitted", async ({ page }) => {
  const onSubmit: Assignment = {
    ...afterDue,
    id: "on-submit-check",
    title: "On-submit check",
    feedback: "on-submit",
    solutions: "after-correct",
    due: "2099-01-01T00:00:00Z",
  };
  await openPage(page, `assignment.html?id=${onSubmit.id}&a=${encodeAssignmentLink(onSubmit)}`);
  await page.getByRole("textbox", { name: "Roster id" }).fill("s-fay");
  await page.getByRole("button", { name: "Start" }).click();
  const card = page.locator('article[id="psi-categorical-shift"]');
  const made = assignmentInstance(onSubmit, "s-fay", "psi-categorical-shift");
  const reference = referenceAsRawAnswer(made.exercise, made.instance);
  await card.getByRole("textbox", { name: "PSI" }).fill(String(reference["psi"]));
  await card
    .getByRole("radio", { name: reference["decision"] === "drift" ? "Drift detected" : "No drift" })
    .check();
  await card.getByRole("button", { name: "Record answer" }).click();
  await expect(card.getByTestId("attempt-feedback")).toContainText("shown after you submit");
  await expect(page.getByText("Worked solution")).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Submit", exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("on-submit-check--s-fay.submission.json");
  await expect(card.getByTestId("attempt-feedback")).toContainText("Score 100%");
  await expect(page.getByText("Worked solution")).toBeVisible();
});
