// One cell output as a Jupyter MIME bundle: what a notebook file stores and what Jupyter's
// display protocol sends. Charts are SVG, tables and metrics HTML, text Markdown; every bundle
// carries a `text/plain` fallback for viewers (and terminals) that show nothing richer.
import type { CellOutput, MetricCard, TableOutput } from "../output-types";
import { formatAxisNumber } from "../../lab/core/format-number";
import { formatMetricValue, formatValue } from "../charts/chart-labels";
import { escapeXml } from "./svg-document";
import {
  barSvg,
  dagSvg,
  ecdfSvg,
  histogramSvg,
  lineSvg,
  scatterSvg,
  timelineSvg,
} from "./svg-charts";

/** MIME type to content, as nbformat's `display_data` output and Jupyter's display protocol. */
export type MimeBundle = Record<string, string>;

/** A table as HTML (numbers right-aligned) and as aligned plain-text columns. */
function tableBundle(output: TableOutput): MimeBundle {
  const head = output.columns.map((column) => `<th>${escapeXml(column)}</th>`).join("");
  const body = output.rows
    .map(
      (row) =>
        `<tr>${row
          .map((value) =>
            typeof value === "number"
              ? `<td style="text-align:right">${escapeXml(formatValue(value))}</td>`
              : `<td>${escapeXml(formatValue(value))}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("");
  const caption = output.title ? `<caption>${escapeXml(output.title)}</caption>` : "";
  const rows = [output.columns, ...output.rows.map((row) => row.map(formatValue))];
  const widths = output.columns.map((_, column) =>
    Math.max(...rows.map((row) => String(row[column] ?? "").length)),
  );
  const plain = rows
    .map((row) =>
      row
        .map((value, column) => String(value ?? "").padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
  return {
    "text/html": `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    "text/plain": output.title ? `${output.title}\n${plain}` : plain,
  };
}

function cardValue(card: MetricCard): string {
  const value = formatMetricValue(card);
  return card.unit ? `${value} ${card.unit}` : value;
}

function cardVerdict(card: MetricCard): string {
  if (card.pass === undefined) return card.threshold ?? "";
  return `${card.pass ? "pass" : "fail"}${card.threshold ? ` (${card.threshold})` : ""}`;
}

/** Metric cards as a small HTML table and as one `label: value  verdict` line each. */
function metricsBundle(title: string, cards: MetricCard[]): MimeBundle {
  const rows = cards
    .map(
      (card) =>
        `<tr><th style="text-align:left">${escapeXml(card.label)}</th><td style="text-align:right">${escapeXml(cardValue(card))}</td><td>${escapeXml(cardVerdict(card))}</td></tr>`,
    )
    .join("");
  const lines = cards.map((card) =>
    `${card.label}: ${cardValue(card)}${cardVerdict(card) ? `  ${cardVerdict(card)}` : ""}`.trim(),
  );
  return {
    "text/html": `<table>${title ? `<caption>${escapeXml(title)}</caption>` : ""}<tbody>${rows}</tbody></table>`,
    "text/plain": [...(title ? [title] : []), ...lines].join("\n"),
  };
}

/** A one-paragraph plain-text account of a chart, for viewers that cannot show its SVG. */
function chartSummary(
  output: Exclude<CellOutput, TableOutput | { kind: "metrics" | "text" }>,
): string {
  const heading = `${output.title || output.kind} (${output.kind} chart)`;
  switch (output.kind) {
    case "line":
      return `${heading}: ${output.series.map((series) => series.name).join(", ")} over ${output.x.length} points of ${output.xLabel || "x"}`;
    case "histogram":
      return `${heading}: ${output.series.map((series) => series.name).join(", ")} in ${output.edges.length - 1} bins of ${output.xLabel || "x"}`;
    case "bar":
      return `${heading}: ${output.series
        .map(
          (series) =>
            `${series.name}: ${output.categories
              .map(
                (category, index) =>
                  `${category} ${formatAxisNumber(series.values[index] ?? Number.NaN)}`,
              )
              .join(", ")}`,
        )
        .join("; ")}`;
    case "scatter":
      return `${heading}: ${output.series.map((series) => `${series.name} (${series.x.length} points)`).join(", ")}`;
    case "ecdf":
      return `${heading}: ${output.series.map((series) => series.name).join(", ")} over ${output.xLabel || "x"}`;
    case "timeline":
      return `${heading}: ${output.lanes
        .map(
          (lane) =>
            `${lane.label}: ${lane.events.map((event) => `${event.label} at ${formatAxisNumber(event.time)} (${event.status})`).join(", ")}`,
        )
        .join("; ")}`;
    case "dag": {
      const changed = output.nodes.filter((node) => node.changed).map((node) => node.label);
      return `${heading}: ${output.nodes.length} nodes, ${output.edges.length} edges; changed: ${changed.join(", ") || "none"}`;
    }
  }
}

/** The MIME bundle of one output of `show`. */
export function toMimeBundle(output: CellOutput): MimeBundle {
  switch (output.kind) {
    case "table":
      return tableBundle(output);
    case "metrics":
      return metricsBundle(output.title, output.cards);
    case "text":
      return { "text/markdown": output.markdown, "text/plain": output.markdown };
    case "line":
      return { "image/svg+xml": lineSvg(output), "text/plain": chartSummary(output) };
    case "histogram":
      return { "image/svg+xml": histogramSvg(output), "text/plain": chartSummary(output) };
    case "bar":
      return { "image/svg+xml": barSvg(output), "text/plain": chartSummary(output) };
    case "scatter":
      return { "image/svg+xml": scatterSvg(output), "text/plain": chartSummary(output) };
    case "ecdf":
      return { "image/svg+xml": ecdfSvg(output), "text/plain": chartSummary(output) };
    case "timeline":
      return { "image/svg+xml": timelineSvg(output), "text/plain": chartSummary(output) };
    case "dag":
      return { "image/svg+xml": dagSvg(output), "text/plain": chartSummary(output) };
  }
}
