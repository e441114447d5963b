import { expect, test, type Page } from "@playwright/test";
import { openPage, storageKey } from "./support";

const exerciseWork = (best: number, draft: string) => ({
  variant: 0,
  draft: { psi: draft },
  attempts: 1,
  hintsUsed: 0,
  best,
  solutionOpen: false,
});

const progressFile = (studentId: string) => ({
  format: "feature-stores-chapter-progress",
  version: 2,
  exportedAt: "2026-01-01T00:00:00.000Z",
  state: {
    lessons: { "production-artifacts": { progress: 1, readAt: 1 } },
    restate: { "restate-one": { text: "mine", updatedAt: 1 } },
    cells: { "theory/psi": { params: { shift: 1 } } },
    exercises: { "psi-categorical-shift": exerciseWork(0.75, "0.2") },
    studentId,
    theme: "system",
  },
});

async function importFile(page: Page, body: unknown) {
  await page.getByLabel("Progress file to import").setInputFiles({
    name: "progress.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(body)),
  });
}

async function savedStudentId(page: Page): Promise<string> {
  return page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? "{}") as { state?: { studentId?: string } }).state
        ?.studentId ?? "",
    storageKey,
  );
}

test("an import into a fresh browser restores the file's identity and counts every kind", async ({
  page,
}) => {
  await openPage(page, "progress.html");
  await importFile(page, progressFile("student-file"));
  const status = page.getByRole("status");
  await expect(status).toContainText(
    "1 lesson position, 1 restatement, 1 notebook cell, 1 exercise and the student identity student-file",
  );
  await expect(status).toContainText("now uses the file's student identity");
  await expect.poll(() => savedStudentId(page)).toBe("student-file");
});

test("an import over other exercise work asks whose identity to keep", async ({ page }) => {
  await openPage(page, "progress.html");
  await page.evaluate((key) => {
    const state = {
      lessons: {},
      restate: {},
      cells: {},
      exercises: {
        "psi-categorical-shift": {
          variant: 0,
          draft: { psi: "9" },
          attempts: 2,
          hintsUsed: 0,
          best: 0.5,
          solutionOpen: false,
        },
      },
      studentId: "student-here",
      theme: "system",
    };
    localStorage.setItem(key, JSON.stringify({ state, version: 2 }));
  }, storageKey);
  await page.reload();
  await importFile(page, progressFile("student-file"));
  await page.getByRole("button", { name: "Use the file's identity (student-file)" }).click();
  await expect(page.getByRole("status")).toContainText("now uses the file's student identity");
  await expect.poll(() => savedStudentId(page)).toBe("student-file");
});

test("a rejected entry says why", async ({ page }) => {
  await openPage(page, "progress.html");
  const file = progressFile("student-file");
  (file.state.lessons as Record<string, unknown>)["features-entities-time"] = { progress: 3 };
  await importFile(page, file);
  await expect(page.getByRole("status")).toContainText(
    'lesson progress "features-entities-time": progress is 3, above the maximum 1',
  );
});
