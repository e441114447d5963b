import { useSyncExternalStore } from "react";

/** Series colours that keep 3:1 contrast against the page in each theme. */
const light = ["#1f5f9e", "#c2410c", "#1d7048", "#6b3fa0", "#a16207", "#be185d"];
const dark = ["#7cb7f2", "#fdba74", "#7fd3a7", "#c8a8f0", "#f2c86b", "#f9a8d4"];

export function seriesColor(index: number): string {
  const palette = document.documentElement.dataset["theme"] === "dark" ? dark : light;
  return palette[index % palette.length] ?? "#888888";
}

export function axisColor(): string {
  return document.documentElement.dataset["theme"] === "dark" ? "#a9b5c2" : "#4d5b6b";
}

/** Short numbers for axes and tables; a missing number (NaN, a gap in a line) as a dash. */
export function formatValue(value: number | string | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value !== "number") return String(value);
  if (Number.isNaN(value)) return "—";
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

const themeName = () => document.documentElement.dataset["theme"] ?? "light";

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/**
 * The theme applied to the page, re-rendering the caller when the reader switches it: chart
 * colours are SVG attributes chosen in code, so a chart must redraw to follow the theme.
 */
export function useThemeName(): string {
  return useSyncExternalStore(subscribeToTheme, themeName, () => "light");
}
