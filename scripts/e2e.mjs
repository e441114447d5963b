#!/usr/bin/env node
// Runs the end-to-end tests the way a reader meets the app: build the static site (at the root
// and under a sub-path), serve it, and drive Chromium with Playwright.
//
// Browser: $CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own browser. When none is
// found and this is Debian/Ubuntu as root, Debian's `chromium` package is installed; otherwise
// the script says how to get one and stops.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumExecutable } from "./chromium.mjs";

const subpath = "/courses/feature-stores/";

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function ensureBrowser() {
  if (chromiumExecutable() || playwrightBrowser()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package…");
    execSync(
      "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium",
      { stdio: "inherit" },
    );
    if (chromiumExecutable()) return;
  }
  console.error(
    [
      "No Chromium found for the end-to-end tests. Get one of these:",
      "  - Debian/Ubuntu: sudo apt-get install chromium   (then /usr/bin/chromium is used)",
      "  - any browser build: export CHROMIUM_PATH=/path/to/chromium",
      "  - with internet access: npx playwright install chromium",
    ].join("\n"),
  );
  process.exit(1);
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureBrowser();
// E2E_SLOT=N builds into dist-e2e-N/ and serves on its own ports (playwright.config.ts), so
// several checkouts' test runs on one machine do not overwrite each other's site.
const slot = process.env["E2E_SLOT"];
const rootDir = slot ? `dist-e2e-${slot}` : "dist";
const build = ["vite", "build", "--configLoader", "runner", "--logLevel", "warn"];
run("npx", [...build, "--outDir", rootDir]);
run("npx", [...build, "--outDir", `${rootDir}-subpath`], { BASE_PATH: subpath });
run("npx", ["playwright", "test", ...process.argv.slice(2)]);
