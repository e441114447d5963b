import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { isHydrated } from "../scripts/bench-probes.mjs";

/** The saved-progress key, as the app defines it. */
export { progressStorageKey as storageKey } from "../src/store/storage-keys";

/**
 * Opens a page of the site (a link as the route grammar builds it, relative to the site's folder)
 * and waits until the app has hydrated its prerendered HTML, so its controls answer clicks (a
 * page's cells hydrate a little later, each a Suspense boundary: clicks, key presses and a
 * pointer entering a chart are replayed once they are).
 */
export async function openPage(page: Page, href: string): Promise<void> {
  await page.goto(href);
  await page.locator("html[data-app=live]").waitFor({ state: "attached" });
}

/**
 * Waits until React has hydrated the element matching `selector` (a cell's or figure's part
 * hydrates after the page around it): from then on it is the page's own, not replaced.
 */
export async function waitForHydrated(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(isHydrated, selector);
}

/**
 * Slows the page's CPU `rate` times (DevTools emulation), as a busy machine would, and returns a
 * function that restores full speed.
 */
export async function slowCpu(page: Page, rate: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return async () => {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  };
}

/** Opens the overview and follows the sidebar to the n-th lesson (1-based). */
export async function openLesson(page: Page, number: number): Promise<void> {
  await openPage(page, "./");
  await sidebarLesson(page, number).click();
  await page.locator(".lesson-body .block-html").first().waitFor();
}

/** Waits until the service worker controls the page (not just `.ready`), so offline works. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

/** The sidebar link of the n-th lesson (1-based). */
export function sidebarLesson(page: Page, number: number) {
  return page
    .getByRole("navigation", { name: "Chapter" })
    .locator(".sidebar-lessons > li")
    .nth(number - 1)
    .getByRole("link");
}

/** Scrolls to the end of the open lesson, which marks it read. */
export async function readToTheEnd(page: Page): Promise<void> {
  await page.locator(".lesson-footer").scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 20_000);
  await page
    .getByRole("checkbox", { name: "I have read this lesson" })
    .and(page.locator(":checked"))
    .waitFor();
}

/** The chapter's lessons in order (content/chapter.yaml). */
export const lessonIds = [
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
] as const;

/** Runs axe on the page and expects no violation (each listed with up to three of its nodes). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
  expect(summary).toEqual([]);
}
