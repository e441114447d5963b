#!/usr/bin/env node
// Renders public/icon.svg to the PNG icons the web app manifest lists (192 and 512 pixels).
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

const svg = readFileSync("public/icon.svg", "utf8");
const browser = await chromium.launch(launchOptions());
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log("wrote public/icon-192.png and public/icon-512.png");
