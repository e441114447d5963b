// Finds a Chromium for Playwright: $CHROMIUM_PATH, then /usr/bin/chromium (Debian), then
// Playwright's own downloaded browser. Shared by the test runner, the config and the benchmarks.
import { existsSync } from "node:fs";

/** Flags that keep a headless Chromium quiet and offline-friendly in CI sandboxes. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The executable to launch, or undefined to let Playwright use its own browser. */
export function chromiumExecutable() {
  return candidates.find((path) => path && existsSync(path));
}

/** Playwright launch options using the browser found above. */
export function launchOptions() {
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}
