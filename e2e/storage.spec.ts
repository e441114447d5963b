import { expect, test } from "@playwright/test";
import { openLesson, openPage, readToTheEnd, storageKey } from "./support";

test("corrupt saved data is set aside with a message, never a blank page", async ({ page }) => {
  await openPage(page, "./");
  await page.evaluate((key) => localStorage.setItem(key, "{not json"), storageKey);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("could not be read and was set aside");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download the set-aside data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("set-aside-progress.json");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((key) => key.includes(":set-aside:"))).toBe(true);
});

test("damaged entries are dropped one by one and the valid ones kept", async ({ page }) => {
  await openPage(page, "./");
  await page.evaluate((key) => {
    const state = {
      lessons: {
        "production-artifacts": { progress: 1, readAt: 1 },
        "features-entities-time": { progress: "lots" },
      },
      restate: {},
      theme: "dark",
    };
    localStorage.setItem(key, JSON.stringify({ state, version: 1 }));
  }, storageKey);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("valid parts were kept");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByText("1 of 10 read")).toBeVisible();
});

test("progress exports to a file and imports back, reporting rejected entries", async ({
  page,
}) => {
  await openLesson(page, 1);
  await readToTheEnd(page);
  await openPage(page, "progress.html");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export progress" }).click();
  const exported = JSON.parse(
    await (
      await (await download).createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString("utf8")),
  );
  expect(exported.state.lessons["production-artifacts"].readAt).toBeGreaterThan(0);

  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Erase all progress" }).click();
  await expect(page.getByText("0 of 10 read")).toBeVisible();

  exported.state.restate["restate-bogus"] = { text: 42 };
  await page.getByLabel("Progress file to import").setInputFiles({
    name: "progress.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(page.getByRole("status")).toContainText("Imported");
  await expect(page.getByRole("status")).toContainText('restatement "restate-bogus"');
  await expect(page.getByText("1 of 10 read")).toBeVisible();
});

test("an import of a foreign file is refused with a reason", async ({ page }) => {
  await openPage(page, "progress.html");
  await page.getByLabel("Progress file to import").setInputFiles({
    name: "other.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ hello: "world" })),
  });
  await expect(page.getByRole("status")).toContainText("not a progress file of this chapter");
});

test("progress syncs across tabs", async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openLesson(first, 4);
  await openPage(second, "./");
  await readToTheEnd(first);
  await expect(second.getByText("1 of 10 read")).toBeVisible();
});
