#!/usr/bin/env node
// Takes screenshots of pages of a served site for review: node scripts/screenshot.mjs <base-url>
// <out-folder> <page>... (pages as the route grammar names them: ./, lesson-<id>.html#<anchor>,
// glossary.html …). Each page is shot at desktop and phone widths, in light and dark themes.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

const [baseUrl, outFolder = "screenshots", ...pages] = process.argv.slice(2);
if (!baseUrl) {
  console.error("usage: node scripts/screenshot.mjs <base-url> [out-folder] [page ...]");
  process.exit(2);
}
mkdirSync(outFolder, { recursive: true });
const browser = await chromium.launch(launchOptions());
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
for (const route of pages.length ? pages : ["./"]) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await page.goto(new URL(route, baseUrl).href);
      await page.waitForSelector("main h1");
      await page.waitForTimeout(300);
      const name = `${
        route
          .replace(/^\.\/$/, "")
          .replace(/\.html/, "")
          .replace(/[^a-z0-9]+/gi, "_")
          .replace(/^_|_$/g, "") || "overview"
      }-${device}-${scheme}.png`;
      await page.screenshot({
        path: `${outFolder}/${name}`,
        fullPage: process.env.FULL_PAGE === "1",
      });
      await page.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${outFolder}`);
