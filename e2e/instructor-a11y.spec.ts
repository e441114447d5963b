import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import {
  createSubmission,
  parseAssignmentYaml,
  submissionToJson,
  type Assignment,
} from "../src/course/index";
import { expectNoAxeViolations, openPage } from "./support";

// Axe on the assignment page and the instructor's tools, in light and dark, with their content
// shown (an answer checked, a gradebook graded, an answer key made).

const problemSet = parseAssignmentYaml(
  readFileSync("content/assignments/drift-skew-problem-set.yaml", "utf8"),
  "drift-skew-problem-set.yaml",
).assignment as Assignment;

/** A submission file for a student who answered one exercise (a wrong guess). */
function submissionFile(assignment: Assignment, rosterId: string, name: string) {
  const submission = createSubmission({
    assignment,
    rosterId,
    build: "e2e",
    submittedAt: "2026-12-01T12:00:00Z",
    work: {
      "psi-categorical-shift": {
        attempts: [
          { answer: { psi: "0.5", decision: "drift" }, at: "2026-12-01T11:00:00Z", hintsUsed: 1 },
        ],
        hints: ["2026-12-01T10:50:00Z"],
      },
    },
  });
  return { name, mimeType: "application/json", buffer: Buffer.from(submissionToJson(submission)) };
}

for (const theme of ["light", "dark"] as const) {
  test(`the assignment page has no accessibility violations in the ${theme} theme`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await openPage(page, "assignment.html?id=drift-skew-problem-set");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Drift and skew problem set");
    await expectNoAxeViolations(page);
    await page.getByRole("textbox", { name: "Roster id" }).fill("s001");
    await page.getByRole("button", { name: "Start" }).click();
    const card = page.locator(".assignment-exercise").first();
    await card.getByRole("textbox", { name: "PSI" }).fill("0.5");
    await card.getByRole("radio", { name: "Drift detected" }).check();
    await card.getByRole("button", { name: "Check" }).click();
    await card.getByRole("button", { name: "Hint 1 of 3" }).click();
    await expect(card.getByTestId("attempt-feedback")).toContainText("Score");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expectNoAxeViolations(page);
  });

  test(`the instructor's tools have no accessibility violations in the ${theme} theme`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await openPage(page, "instructor.html");
    await page.getByRole("button", { name: "Copy “Drift and skew problem set”" }).click();
    await expect(page.getByTestId("variant-preview")).toBeVisible();
    await expectNoAxeViolations(page);
    // On a phone the exercise list becomes cards; it must stay as accessible.
    const desktop = page.viewportSize();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    if (desktop) await page.setViewportSize(desktop);

    await page.getByRole("link", { name: "Gradebook" }).click();
    await page.getByRole("combobox", { name: "Assignment" }).waitFor();
    await page
      .getByRole("combobox", { name: "Assignment" })
      .selectOption({ label: "Course: Drift and skew problem set (drift-skew-problem-set)" });
    await page.getByTestId("submission-files").setInputFiles([
      submissionFile(problemSet, "s1", "s1.json"),
      submissionFile(problemSet, "s2", "s2.json"),
      submissionFile({ ...problemSet, id: "another-set" }, "s3", "other.json"),
      // Chosen with the submissions, a CSV is the roster: s9 has no submission.
      {
        name: "roster.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("id,name\ns1,Ada\ns2,Bob\ns9,Cy\n"),
      },
    ]);
    await expect(page.getByText("Graded 2 students from 3 files; 1 problem.")).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText("Roster: roster.csv")).toBeVisible();
    await expect(
      page.getByTestId("gradebook-problems").locator('[data-kind="missing"]'),
    ).toContainText("s9");
    await expect(page.locator('tr[data-roster-id="s9"]')).toContainText("no submission");
    await expect(page.locator('tr[data-roster-id="s1"]')).toContainText("Ada");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Answer key" }).click();
    await page.getByRole("textbox", { name: "Roster ids, one per line" }).fill("s1\ns2");
    await page.getByRole("checkbox", { name: /prompt and data tables/ }).check();
    await page.getByRole("button", { name: "Make the answer key for 2 students" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "s2" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
