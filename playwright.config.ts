import { defineConfig } from "@playwright/test";
import { launchOptions } from "./scripts/chromium.mjs";

// Tests run against the built site (dist/ and dist-subpath/), served like any static host.
const rootPort = 4391;
const subpathPort = 4392;
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
      command: `node scripts/serve.mjs dist --port ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs dist-subpath --port ${subpathPort} --base ${subpath}`,
      url: `http://127.0.0.1:${subpathPort}${subpath}`,
      reuseExistingServer: false,
    },
  ],
});
