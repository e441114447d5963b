import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, lessonIds, openPage } from "./support";

// Every route of the chapter, one test each (the exercises page alone takes axe a while).
const everyRoute = [
  "./",
  ...lessonIds.map((id) => `lesson-${id}.html`),
  "notebook-theory.html",
  "exercises.html",
  "glossary.html",
  "notation.html",
  "progress.html",
];

for (const theme of ["light", "dark"] as const) {
  for (const hash of everyRoute) {
    test(`${hash} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      // A lesson with its simulations and figures is a large page for axe on a busy machine.
      test.setTimeout(180_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      await openPage(page, `./${hash}`);
      await page.locator("main h1").waitFor();
      if (hash.startsWith("lesson-") || hash.startsWith("notebook-"))
        await page
          .locator(".cell-outputs")
          .first()
          .waitFor({ state: "attached", timeout: 15_000 })
          .catch(() => undefined);
      if (hash.startsWith("exercises.html")) await page.locator(".exercise").first().waitFor();
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      await expectNoAxeViolations(page);
    });
  }
}
