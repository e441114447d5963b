import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, lessonIds, openPage, waitForHydrated } from "./support";

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

// Parts of a page laid out only near the screen (`content-visibility: auto`) clip what they hold,
// as paint containment does: a focus ring drawn outside a link at the start of a line, or around a
// scrolling diagram, was cut off at their edge until they left room for it.
test("focus rings are drawn whole inside the parts of a page laid out near the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [href, scrollTo] of [
    // The first screen: links at the start of a line, such as equation references.
    ["./lesson-drift-detection.html", undefined],
    ["./lesson-drift-detection.html", ".lesson-figure .diagram-scroll"],
    ["./notebook-theory.html", ".cell-outputs .diagram-scroll"],
  ] as const) {
    await openPage(page, href);
    const target = scrollTo ?? ".lesson-body .block-html > p a";
    if (scrollTo) {
      // Once React owns it (its cell or figure hydrated), it is not replaced any more: bring it
      // near the screen, so the part around it is laid out.
      await waitForHydrated(page, scrollTo);
      await page
        .locator(scrollTo)
        .first()
        .evaluate((element) => {
          element.scrollIntoView({ block: "center" });
        });
    }
    await page.waitForFunction(
      (selector) =>
        document.querySelector(selector)?.checkVisibility({ contentVisibilityAuto: true }),
      target,
    );
    const cut = await page.evaluate(() => {
      const found: string[] = [];
      let checked = 0;
      const focusable = "a[href], [tabindex='0'], summary, button, input, select, textarea";
      for (const element of document.querySelectorAll<HTMLElement>(`main :is(${focusable})`)) {
        let clip = element.parentElement;
        let scrolls = false;
        while (clip && getComputedStyle(clip).contentVisibility !== "auto") {
          if (getComputedStyle(clip).overflowX !== "visible") scrolls = true;
          clip = clip.parentElement;
        }
        // Not inside such a part, not laid out now, or inside a scroller (its own clip).
        if (!clip || scrolls || !element.checkVisibility({ contentVisibilityAuto: true })) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
        const style = getComputedStyle(element);
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const room = parseFloat(getComputedStyle(clip).overflowClipMargin) || 0;
        const edge = clip.getBoundingClientRect();
        checked += 1;
        if (
          box.left - reach < edge.left - room - 0.5 ||
          box.right + reach > edge.right + room + 0.5 ||
          box.top - reach < edge.top - room - 0.5 ||
          box.bottom + reach > edge.bottom + room + 0.5
        )
          found.push(`${element.outerHTML.slice(0, 80)} in ${clip.className}`);
      }
      return { checked, found };
    });
    const where = `${href} ${scrollTo ?? "at the top"}`;
    expect(cut.checked, where).toBeGreaterThan(2);
    expect(cut.found, where).toEqual([]);
  }
});

// A table or diagram that fits its column is no tab stop of its own once the app runs, so a
// notebook's tables are not one stop each; one that scrolls sideways is, and a diagram says so in
// its name. Without JavaScript every such region keeps its stop, to be scrolled with the keys.
test("a table or diagram is a tab stop only while it scrolls", async ({ page, browser }) => {
  const table = page.locator("#lineage-rebuild-set-notebook-outputs .table-scroll").first();
  await page.setViewportSize({ width: 1440, height: 900 });
  await openPage(page, "./notebook-theory.html");
  await waitForHydrated(page, "#lineage-rebuild-set-notebook-outputs .table-scroll");
  await table.scrollIntoViewIfNeeded();
  await expect(table).not.toHaveAttribute("tabindex");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toHaveAttribute("tabindex", "0");
  expect(await table.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);

  // Figure 7.1's decision tree fits a wide window's text column and scrolls on a phone.
  const figure = ".lesson-figure .diagram-scroll";
  const diagram = page.locator(figure).first();
  await page.setViewportSize({ width: 1440, height: 900 });
  await openPage(page, "./lesson-drift-detection.html");
  await waitForHydrated(page, figure);
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).not.toHaveAttribute("tabindex");
  await expect(diagram).toHaveAttribute("aria-label", /^Figure 7\.1: (?!.*scrolls sideways)/);
  await page.setViewportSize({ width: 390, height: 844 });
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute("tabindex", "0");
  await expect(diagram).toHaveAttribute("aria-label", /\(scrolls sideways\)$/);

  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  try {
    const still = await withoutScripts.newPage();
    await still.goto(page.url());
    await expect(still.locator(figure).first()).toHaveAttribute("tabindex", "0");
  } finally {
    await withoutScripts.close();
  }
});
