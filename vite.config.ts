import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { prerenderPlugin } from "./src/build/prerender-plugin";
import { themeScriptPlugin } from "./src/build/theme-script-plugin";
import { compileHintsPlugin } from "./src/build/compile-hints-plugin";
import { jupyterPlugin } from "./src/build/jupyter-plugin";
import { assignmentsPlugin } from "./src/build/assignments-plugin";
import { cellOutputsPlugin } from "./src/build/cell-outputs-plugin";
import { contentPlugin } from "./src/build/chapter-plugin";
import { defaultTimeLimitMs } from "./src/content/compiler/cell-outputs";
import { cellRunnerInWorker } from "./src/build/run-cells-in-worker";

/** KaTeX font files (by name up to their hash) that no math of the chapter draws with. */
const unusedKatexFonts = [
  "Main-Bold", // and Main-BoldItalic
  "Main-Italic",
  "Math-BoldItalic",
  "SansSerif-Bold",
  "SansSerif-Italic",
  "Fraktur",
  "Script",
  "Caligraphic-Bold",
];

// A relative base makes one build work from any folder of any static host; set BASE_PATH
// (for example /courses/feature-stores/) to build for one fixed sub-path instead.
const base = process.env["BASE_PATH"] ?? "./";

export default defineConfig({
  base,
  plugins: [
    contentPlugin({ contentDirectory: process.env["CONTENT_DIR"] ?? "content" }),
    assignmentsPlugin({ contentDirectory: process.env["CONTENT_DIR"] ?? "content" }),
    // Every cell's and figure's first output, computed with the worker's runner for the prerender,
    // in a worker thread that stops a cell running past the time limit.
    cellOutputsPlugin({
      run: cellRunnerInWorker({
        module: new URL("./src/kernel/run-with-lab.ts", import.meta.url).href,
        exportName: "runWithLab",
        timeLimitMs: defaultTimeLimitMs,
      }),
      contentDirectory: process.env["CONTENT_DIR"] ?? "content",
    }),
    // lab.mjs, show.mjs and the notebooks with their outputs, for Jupyter with the Deno kernel.
    jupyterPlugin({ contentDirectory: process.env["CONTENT_DIR"] ?? "content" }),
    react(),
    // The saved theme applied before the first paint, in every page.
    themeScriptPlugin(),
    // React DOM compiled off the main thread as it loads.
    compileHintsPlugin(["react-dom"]),
    // One prerendered HTML file per route, written before the service worker lists them.
    prerenderPlugin(),
    VitePWA({
      // An update waits until the reader chooses to reload (never in the middle of an answer).
      registerType: "prompt",
      injectRegister: false,
      includeAssets: ["icon.svg", "icon-192.png", "icon-512.png"],
      manifest: {
        name: "Feature Stores and Data Contracts",
        short_name: "Feature Stores",
        description:
          "An interactive chapter on feature stores and data contracts, readable offline.",
        theme_color: "#1f4e79",
        background_color: "#ffffff",
        display: "standalone",
        start_url: ".",
        scope: ".",
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      // After the prerender step (writeBundle) has written every route's file.
      integration: { closeBundleOrder: "post" },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,woff2,webmanifest}"],
        // Every page and the fonts its math draws with are precached, so every page works offline
        // after one visit. KaTeX's stylesheet names a font for every style it can draw; the
        // chapter's math uses upright, italic, calligraphic, blackboard, sans-serif and typewriter
        // letters and sized delimiters, never bold, text italic, Fraktur or script ones: those
        // fonts stay out of the precache, and are cached when first used.
        globIgnores: unusedKatexFonts.map((family) => `**/KaTeX_${family}-*.woff2`),
        runtimeCaching: [
          {
            urlPattern: /\/KaTeX_[\w-]+\.woff2$/,
            handler: "CacheFirst",
            options: { cacheName: "katex-fonts", expiration: { maxEntries: 20 } },
          },
          // The notebooks with the build's outputs (about 95 KB gzipped each) would take the
          // precache over its 2 MB; offline, a download falls back to the notebook without
          // outputs, or to the copy kept here once it was downloaded online.
          {
            urlPattern: /\/downloads\/[\w-]+\.ipynb$/,
            handler: "NetworkFirst",
            options: { cacheName: "notebook-downloads", expiration: { maxEntries: 8 } },
          },
        ],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Every route is a precached file; any other address gets the 404 page. Queries (a
        // notebook's shared slider values, an assignment's id) do not change which file it is.
        navigateFallback: "404.html",
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // Take control of the open page at once, so it works offline from the first visit; a later
        // version waits for the reader's "Reload to update".
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: "es2022",
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // Lessons ship pre-rendered math; KaTeX's JavaScript, needed only for math produced at
        // run time (cell text, exercise prompts), gets a chunk of its own, loaded with them.
        codeSplitting: {
          groups: [
            { name: "katex", test: /node_modules[\\/]katex[\\/].*\.m?js$/ },
            // React DOM gets a chunk of its own, compiled as it loads (see compileHintsPlugin).
            { name: "react-dom", test: /node_modules[\\/](react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  worker: { format: "es" },
});
