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

// Every route of the chapter, one test each (the exercises page alone takes axe a while).
const everyRoute = [
  "#/",
  ...[
    "production-artifacts",
    "features-entities-time",
    "training-serving-skew",
    "data-contracts",
    "schema-evolution",
    "lineage-versioning-rollback",
    "drift-detection",
    "offline-online-monitoring",
    "release-gates-canaries",
    "llm-traces-failure-modes",
  ].map((id) => `#/lessons/${id}`),
  "#/notebooks/theory",
  "#/exercises",
  "#/glossary",
  "#/notation",
  "#/progress",
];

for (const theme of ["light", "dark"] as const) {
  for (const hash of everyRoute) {
    test(`${hash} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`./${hash}`);
      await page.locator(".app-shell:not(.static-preview) main h1").waitFor();
      if (hash.startsWith("#/lessons/") || hash.startsWith("#/notebooks/"))
        await page
          .locator(".cell-outputs")
          .first()
          .waitFor({ state: "attached", timeout: 15_000 })
          .catch(() => undefined);
      if (hash.startsWith("#/exercises")) await page.locator(".exercise").first().waitFor();
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
