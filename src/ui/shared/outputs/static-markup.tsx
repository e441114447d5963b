import { renderToStaticMarkup } from "react-dom/server";
import type { CellOutput } from "../../../kernel/output-types";
import OutputView, { Chart } from "./output-view";

// Cell outputs as static markup, for files read outside the app (a downloaded notebook's
// `image/svg+xml` and `text/html` outputs): the same views the page draws, rendered once in Node.
// Only build code imports this module (react-dom/server stays out of the app's JavaScript).

/** One output as the page shows it (a chart with its data table, a table, metric cards, text). */
export function renderOutputToStaticMarkup(output: CellOutput): string {
  return renderToStaticMarkup(<OutputView output={output} />);
}

/** A chart's or diagram's SVG alone (undefined for tables, metric cards and text). */
export function renderChartToSvg(output: CellOutput): string | undefined {
  const html = renderToStaticMarkup(<Chart output={output} />);
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0];
  if (!svg) return undefined;
  // A file on its own needs the SVG namespace, which HTML leaves implicit.
  return svg.includes("xmlns=")
    ? svg
    : svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
}

/** A run's outputs, in order, as the page shows them. */
export function renderOutputsToStaticMarkup(outputs: readonly CellOutput[]): string {
  return outputs.map(renderOutputToStaticMarkup).join("");
}
