// Lint rules, including the one-way import direction of DESIGN.md §3:
// lab -> exercises -> course -> kernel -> store -> ui -> app (content/compiler is build-time only).
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { readdirSync } from "node:fs";
import tseslint from "typescript-eslint";

const layers = ["lab", "exercises", "course", "kernel", "store", "ui", "app"];
const layerZones = layers.flatMap((layer, index) =>
  layers.slice(index + 1).map((higher) => ({
    target: `./src/${layer}`,
    from: `./src/${higher}`,
    message: `src/${layer} sits below src/${higher}: imports flow one way (DESIGN.md §3).`,
  })),
);
// The lab's concept folders import one another as a DAG in this order: a folder may import only
// the folders before it, and none imports the public face `src/lab/index.ts`.
const labFolders = [
  "core",
  "special",
  "random",
  "inference",
  "drift",
  "monitoring",
  "release",
  "lineage",
  "feature-store",
  "contracts",
  "llm",
];
const labFolderZones = labFolders.flatMap((folder, index) => [
  ...labFolders.slice(index + 1).map((later) => ({
    target: `./src/lab/${folder}`,
    from: `./src/lab/${later}`,
    message: `src/lab/${folder} comes before src/lab/${later}: lab folders import only the folders before them.`,
  })),
  {
    target: `./src/lab/${folder}`,
    from: "./src/lab/index.ts",
    message:
      "src/lab/index.ts is the lab's public face for other layers: lab modules import each other directly.",
  },
]);
// The UI's feature folders (every folder of src/ui but `shared`) import only src/ui/shared and
// themselves; src/ui/shared imports no feature. The app composes features; read from the disk so
// a new feature folder is held to the rule from its first file.
const uiFeatures = readdirSync(new URL("./src/ui", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "shared")
  .map((entry) => entry.name)
  .sort();
const uiFeatureZones = [
  ...uiFeatures.map((feature) => ({
    target: `./src/ui/${feature}`,
    from: uiFeatures.filter((other) => other !== feature).map((other) => `./src/ui/${other}`),
    message: `src/ui/${feature} is a feature folder: it imports only src/ui/shared and itself; src/app composes features.`,
  })),
  {
    target: "./src/ui/shared",
    from: uiFeatures.map((feature) => `./src/ui/${feature}`),
    message: "src/ui/shared is what features share: it imports no feature folder.",
  },
];
// The content compiler and the command line are Node-only: the app never imports them, and the
// command line uses the pure layers (and the compiler), never the store, the UI or the app.
const buildZones = [
  {
    target: "./src/content",
    from: ["./src/store", "./src/ui", "./src/app", "./src/kernel", "./src/cli"],
    message: "the content compiler runs at build time and stays independent of the app.",
  },
  {
    target: layers.map((layer) => `./src/${layer}`),
    from: "./src/content/compiler",
    message: "src/content/compiler is Node-only build code: the app reads compiled content.",
  },
  {
    target: [...layers.map((layer) => `./src/${layer}`), "./src/content", "./src/cli"],
    from: "./src/build",
    message:
      "src/build holds the build's Node plugins: nothing that runs in the site imports them.",
  },
  {
    target: "./src/cli",
    from: ["./src/store", "./src/ui", "./src/app"],
    message: "the command line runs in Node: no store, UI or app.",
  },
];
// The packages each pure layer may import (plain JavaScript that runs anywhere). The lab takes
// zod for one schema: the ODCS data contract, whose type and validator come from it.
const purePackages = {
  lab: ["zod"],
  exercises: ["zod"],
  course: ["zod", "yaml"],
  // The compiled chapter's types, the route grammar and the output codec: read by the app, the
  // worker and the build alike.
  "content/model": [],
};
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const browserOnlyGlobals = [
  "window",
  "document",
  "localStorage",
  "sessionStorage",
  "navigator",
  "location",
  "HTMLElement",
  "fetch",
  "self",
  "process",
  "setTimeout",
  "setInterval",
  "performance",
  "postMessage",
  "indexedDB",
  "Worker",
  "crypto",
];

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "test-results", "playwright-report", "dev-dist"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver()] },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/set-state-in-effect": "off",
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": [
        "error",
        { zones: [...layerZones, ...labFolderZones, ...uiFeatureZones, ...buildZones] },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // Pure layers: an allow-list of packages per layer (relative imports are always allowed; the
  // layer order above still applies). Globals are enforced by tsconfig.pure.json, which gives these
  // layers ES2023 alone: no DOM, no Node types.
  ...Object.entries(purePackages).map(([layer, packages]) => ({
    files: [`src/${layer}/**/*.ts`],
    ignores: ["src/**/*.test.ts", "src/**/__fixtures__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^(?!\\.{1,2}/)(?!(${packages.map(escapeRegex).join("|") || "$^"})(/|$))`,
              message: `src/${layer} is pure: it may import only ${packages.join(", ") || "its own modules and the layers below"} (DESIGN.md §3).`,
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...browserOnlyGlobals.map((name) => ({
          name,
          message: "pure layers never touch the DOM, browser or Node globals.",
        })),
      ],
    },
  })),
  {
    // Published coefficient tables (AS241, Lanczos, ...) are written with all their digits.
    files: ["src/lab/**"],
    rules: { "no-loss-of-precision": "off" },
  },
  {
    // Tests may read fixtures from disk with Node and compile content with the compiler.
    files: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": "off",
      "import-x/no-restricted-paths": [
        "error",
        { zones: [...layerZones, ...labFolderZones, ...uiFeatureZones] },
      ],
    },
  },
);
