import type { Plugin } from "vite";
import { progressStorageKey } from "../store/storage-keys";

/**
 * Applies the saved theme before the first paint, so dark-mode readers never see a white flash.
 * Self-contained: it runs as an inline script in `<head>`, before any module loads.
 */
function applySavedTheme(key: string): void {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? "{}") as {
      state?: { theme?: string };
    } | null;
    const theme = saved?.state?.theme;
    const dark =
      theme === "dark" || (theme !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.dataset["theme"] = dark ? "dark" : "light";
  } catch {
    document.documentElement.dataset["theme"] = "light";
  }
}

/**
 * Puts the pre-paint theme script into every page (in development too), reading the saved
 * settings under the one progress storage key the store writes.
 */
export function themeScriptPlugin(): Plugin {
  return {
    name: "theme-script",
    transformIndexHtml: {
      order: "pre",
      handler: () => [
        {
          tag: "script",
          children: `(${applySavedTheme.toString()})(${JSON.stringify(progressStorageKey)});`,
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
