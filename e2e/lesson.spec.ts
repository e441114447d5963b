import { expect, test } from "@playwright/test";
import { openLesson, openPage, readToTheEnd, sidebarLesson, slowCpu } from "./support";

test("a lesson renders its math at build time, numbered equations and working cross-references", async ({
  page,
}) => {
  await openLesson(page, 2);
  const body = page.locator(".lesson-body");
  await expect(body.locator(".katex").first()).toBeVisible();
  // MathML is in the page for screen readers; no KaTeX JavaScript is loaded to show it.
  expect(await body.locator("math").count()).toBeGreaterThan(0);
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((entry) => entry.name),
  );
  expect(scripts.some((name) => /katex[^/]*\.js$/.test(name))).toBe(false);
  await expect(body.locator(".equation .katex-tag").first()).toBeVisible();
  const reference = body.locator("a.eqref").first();
  const href = await reference.getAttribute("href");
  expect(href).toMatch(/^lesson-[a-z0-9-]+\.html#eq-/);
  await reference.click();
  const anchor = href?.split("#").pop() ?? "";
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test("a formula's MathML reaches the accessibility tree, set in the visible formula's font and size", async ({
  page,
}) => {
  await openLesson(page, 7);
  // A formula with a subscript: MathML's own style would set the script smaller and its letters as
  // mathematical italic characters, each size and character a font lookup of its own.
  const formula = page.locator(".lesson-body .katex:has(msub)").first();
  await expect(formula).toBeVisible();
  const styles = await formula.evaluate((katex) => {
    const font = (element: Element) => getComputedStyle(element).font;
    return {
      katex: font(katex),
      mathml: [...katex.querySelectorAll("math, math *")].map((element) => ({
        font: font(element),
        transform: getComputedStyle(element).textTransform,
      })),
    };
  });
  expect(styles.mathml.length).toBeGreaterThan(2);
  for (const style of styles.mathml)
    expect(style).toEqual({ font: styles.katex, transform: "none" });

  // Screen readers still get the formula as MathML: a math node whose identifiers are letters.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const axNode = async (selector: string) => {
    const { result } = await cdp.send("Runtime.evaluate", {
      expression: `document.querySelector(${JSON.stringify(selector)})`,
    });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", {
      objectId: result.objectId,
      fetchRelatives: false,
    });
    return nodes[0];
  };
  const math = await axNode(".lesson-body .katex:has(msub) math");
  expect(math?.role?.value).toBe("MathMLMath");
  const identifier = await axNode(".lesson-body .katex:has(msub) math mi");
  expect(identifier?.role?.value).toBe("MathMLIdentifier");
  const { nodes: text } = await cdp.send("Accessibility.getChildAXNodes", {
    id: identifier?.nodeId ?? "",
  });
  expect(text.map((node) => node.name?.value).join("")).toMatch(/^[A-Za-z\u0370-\u03ff]+$/);
});

test("a deep link far down a lesson stays on screen while the blocks above it are laid out", async ({
  page,
}) => {
  // Blocks above the target are laid out only as they come near, with estimated heights until
  // then; on a slow machine that happens after the scroll to the target, and moves it.
  const fullSpeed = await slowCpu(page, 6);
  await openPage(page, "lesson-features-entities-time.html#thm-pit-correctness");
  const target = page.locator('[id="thm-pit-correctness"]');
  await expect(target).toHaveClass(/is-target/, { timeout: 20_000 });
  await fullSpeed();
  // The mark clears after the page has settled (and after the hold on the target has ended).
  await expect(target).not.toHaveClass(/is-target/, { timeout: 20_000 });
  await expect(target).toBeInViewport();
});

test("lessons have an on-page table of contents and previous/next links in chapter order", async ({
  page,
}) => {
  await openLesson(page, 3);
  const toc = page.getByRole("navigation", { name: "On this page" });
  // Beside simulations the contents are folded at the top of the text.
  if ((await toc.locator("summary").count()) > 0) await toc.locator("summary").click();
  const first = toc.getByRole("link").first();
  await first.click();
  await expect(page).toHaveURL(/lesson-training-serving-skew\.html#.+/);
  const pager = page.getByRole("navigation", { name: "Lessons" });
  await pager.getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/lesson-data-contracts\.html$/);
  await page
    .getByRole("navigation", { name: "Lessons" })
    .getByRole("link", { name: /Previous/ })
    .click();
  await expect(page).toHaveURL(/lesson-training-serving-skew\.html$/);
});

test("a restatement is saved as it is typed and survives a reload", async ({ page }) => {
  await openLesson(page, 1);
  const box = page.locator(".directive-restate textarea").first();
  await box.fill("A release is a tuple of hashes; change one input and the tuple's hash changes.");
  await expect(page.locator(".restate-status").first()).toContainText("Saved");
  await page.reload();
  await expect(page.locator(".directive-restate textarea").first()).toHaveValue(/tuple of hashes/);
});

test("reading to the end marks a lesson read in the navigation", async ({ page }) => {
  await openLesson(page, 1);
  await expect(page.getByRole("checkbox", { name: "I have read this lesson" })).not.toBeChecked();
  await readToTheEnd(page);
  const firstLesson = sidebarLesson(page, 1);
  await expect(firstLesson.getByRole("img", { name: "read", exact: true })).toBeVisible();
  await page.getByRole("checkbox", { name: "I have read this lesson" }).uncheck();
  // Unticked: no longer shown as read, and scrolling does not tick it again.
  await expect(firstLesson.getByRole("img", { name: "read", exact: true })).toHaveCount(0);
  await page.mouse.wheel(0, -400);
  await page.mouse.wheel(0, 2_000);
  await expect(page.getByRole("checkbox", { name: "I have read this lesson" })).not.toBeChecked();
});

test("printing a lesson shows the text without navigation", async ({ page }) => {
  await openLesson(page, 1);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Chapter" })).toBeHidden();
  await expect(page.locator(".lesson-body")).toBeVisible();
});

test("no lesson or page is wider than a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPage(page, "./");
  await page.locator(".sidebar-nav a").first().waitFor({ state: "attached" });
  const routes = await page.evaluate(() =>
    [...document.querySelectorAll(".sidebar-nav a")].map((link) => link.getAttribute("href") ?? ""),
  );
  expect(routes.length).toBeGreaterThan(10);
  const overflowing: string[] = [];
  for (const route of routes) {
    await openPage(page, `./${route}`);
    await page.locator("main h1").waitFor();
    await page
      .locator(".lesson-body .block-html, .overview, .progress-page, .notebook-cells, .exercise")
      .first()
      .waitFor({ timeout: 15_000 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) overflowing.push(`${route} (${overflow}px)`);
  }
  expect(overflowing).toEqual([]);
});
