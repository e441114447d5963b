import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

for (const theme of ["light", "dark"] as const) {
  for (const [name, hash] of [
    ["the overview", "#/"],
    ["a lesson", "#/lessons/drift-detection"],
  ] as const) {
    test(`${name} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      // A lesson with its simulations and figures is a large page for axe on a busy machine.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`./${hash}`);
      // The app's page, not the static preview shown while it loads.
      await page.locator(".app-shell:not(.static-preview) main h1").waitFor();
      if (hash !== "#/") {
        await page.locator(".lesson-body .block-html").first().waitFor();
        // Scan the simulations beside the text too, once they have drawn their outputs.
        await page.locator(".cell-slot .cell-outputs").first().waitFor({ state: "attached" });
      }
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(" "))
            .join(", ")}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
