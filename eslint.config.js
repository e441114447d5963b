// Lint rules, including the one-way import direction of DESIGN.md §3:
// lab -> exercises -> course -> kernel -> store -> ui -> app (content/compiler is build-time only).
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const layers = ["lab", "exercises", "course", "kernel", "store", "ui", "app"];
const layerZones = layers.flatMap((layer, index) =>
  layers.slice(index + 1).map((higher) => ({
    target: `./src/${layer}`,
    from: `./src/${higher}`,
    message: `src/${layer} sits below src/${higher}: imports flow one way (DESIGN.md §3).`,
  })),
);
const pureLayers = ["src/lab/**", "src/exercises/**", "src/course/**"];
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
        {
          zones: [
            ...layerZones,
            {
              target: "./src/content",
              from: ["./src/store", "./src/ui", "./src/app", "./src/kernel"],
              message: "the content compiler runs at build time and stays independent of the app.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: pureLayers,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*"],
              message: "pure layers never import React.",
            },
            { group: ["zustand", "zustand/*"], message: "pure layers never import Zustand." },
            { group: ["comlink"], message: "pure layers never import Comlink." },
            {
              group: ["node:*"],
              message: "pure layers run in the browser too: no Node built-ins.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...browserOnlyGlobals.map((name) => ({
          name,
          message: "pure layers never touch the DOM or browser globals.",
        })),
      ],
    },
  },
  {
    // Published coefficient tables (AS241, Lanczos, ...) are written with all their digits.
    files: ["src/lab/**"],
    rules: { "no-loss-of-precision": "off" },
  },
  {
    // Tests of pure layers may read fixtures from disk with Node.
    files: ["src/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
