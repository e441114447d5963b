#!/usr/bin/env node
// Reports, for every lesson and page at phone and desktop widths, content that overflows its column
// (anything wider than the viewport that is not inside a scrolling equation or table) and display
// equations that need horizontal scrolling. Usage: node scripts/check-overflow.mjs <base-url>
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:4173/";
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
await page.goto(baseUrl);
await page.locator("main h1").waitFor();
const routes = await page.evaluate(() =>
  [...document.querySelectorAll(".sidebar-nav a")].map((link) => link.getAttribute("href")),
);
let problems = 0;
for (const width of [390, 1440]) {
  await page.setViewportSize({ width, height: 900 });
  for (const route of routes) {
    await page.goto(new URL(route, baseUrl).href);
    await page.locator("main h1").waitFor();
    await page.waitForTimeout(150);
    const report = await page.evaluate(() => {
      const pageOverflow = document.documentElement.scrollWidth - window.innerWidth;
      // The outermost visible elements that stick out of the viewport (hidden MathML, scrolling
      // equations and code blocks excluded), to say what has to be rewritten.
      const culprits = [...document.querySelectorAll(".lesson-body *, .overview *")]
        .filter(
          (element) => !element.closest(".katex-mathml, .equation, pre, .table-scroll, table"),
        )
        // A formula is measured as a whole: KaTeX clips the long tails of its root signs itself.
        .map((element) => element.closest(".katex") ?? element)
        .filter((element, index, all) => all.indexOf(element) === index)
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter(
          (element) =>
            !(
              element.parentElement &&
              element.parentElement.getBoundingClientRect().right > window.innerWidth + 1 &&
              element.parentElement.closest(".lesson-body *")
            ),
        )
        .map((element) =>
          (
            element.closest(".katex")?.querySelector("annotation")?.textContent ??
            element.textContent ??
            ""
          ).slice(0, 90),
        );
      const wide = [...document.querySelectorAll(".equation")]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => element.id || "(unlabelled equation)");
      return { pageOverflow, wide, culprits };
    });
    if (report.pageOverflow > 0 || report.wide.length > 0) {
      problems += report.pageOverflow > 0 ? 1 : 0;
      console.log(
        `${width}px ${route}: page overflow ${report.pageOverflow}px; scrolling equations: ${report.wide.join(", ") || "none"}`,
      );
      for (const culprit of report.culprits) console.log(`    too wide: ${culprit}`);
    }
  }
}
await browser.close();
console.log(problems === 0 ? "no page overflows" : `${problems} page(s) overflow`);
process.exit(problems === 0 ? 0 : 1);
