import { defineConfig } from "@playwright/test";
import { launchOptions } from "./scripts/chromium.mjs";

// Tests run against the built site (dist/ and dist-subpath/), served like any static host.
// E2E_SLOT=N (scripts/e2e.mjs) serves dist-e2e-N/ on ports of its own.
const slot = Number(process.env["E2E_SLOT"] ?? 0);
const rootDir = slot ? `dist-e2e-${slot}` : "dist";
const rootPort = 4391 + 2 * slot;
const subpathPort = rootPort + 1;
export const subpath = "/courses/feature-stores/";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env["CI"] ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    launchOptions: launchOptions(),
    trace: "off",
  },
  projects: [
    {
      name: "site",
      testIgnore: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${rootPort}/` },
    },
    {
      name: "subpath",
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${subpathPort}${subpath}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs ${rootDir} --port ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs ${rootDir}-subpath --port ${subpathPort} --base ${subpath}`,
      url: `http://127.0.0.1:${subpathPort}${subpath}`,
      reuseExistingServer: false,
    },
  ],
});
