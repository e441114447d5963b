import type { Page } from "@playwright/test";

/** The saved-progress key (see src/store/app-store.ts). */
export const storageKey = "feature-stores-chapter:progress";

/** Opens the overview and follows the sidebar to the n-th lesson (1-based). */
export async function openLesson(page: Page, number: number): Promise<void> {
  await page.goto("./#/");
  await page.getByRole("navigation", { name: "Chapter" }).getByRole("link").filter({ hasText: new RegExp(`^${number}\\b`) }).first().click();
  await page.locator(".lesson-body .block-html").first().waitFor();
}

/** Waits until the service worker controls the page (not just `.ready`), so offline works. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}
