// Charts are printed into the page's HTML at build time: rendered on the server they must be a
// complete SVG (fixed viewBox, axes, series), coloured only through the theme's CSS custom
// properties, so the dark theme recolours a printed chart without drawing it again.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CellOutput } from "../../../kernel/output-types";
import { chartHeight, chartWidth, narrowTextSize, plotArea, yTitleRight } from "./chart-parts";
import { Chart } from "./output-view";
import { renderChartToSvg, renderOutputsToStaticMarkup } from "./static-markup";

const f = (values: number[]) => Float64Array.from(values);

const outputs: CellOutput[] = [
  {
    kind: "line",
    title: "Staleness",
    xLabel: "minutes",
    yLabel: "age",
    x: f([0, 1, 2, 3]),
    series: [
      { name: "a", y: f([1, 3, Number.NaN, 2]), lower: f([0, 2, 1, 1]), upper: f([2, 4, 3, 3]) },
      { name: "b", y: f([2, 2, 2, 2]) },
    ],
    references: [{ y: 2.5, label: "SLA" }],
    markers: [{ x: 2, label: "deploy" }],
    area: false,
  },
  {
    kind: "histogram",
    title: "H",
    xLabel: "v",
    edges: f([0, 1, 2]),
    series: [{ name: "s", shares: f([0.4, 0.6]) }],
  },
  {
    kind: "bar",
    title: "B",
    yLabel: "n",
    categories: ["point-in-time join", "latest"],
    series: [{ name: "s", values: f([3, 5]) }],
  },
  {
    kind: "scatter",
    title: "S",
    xLabel: "x",
    yLabel: "y",
    series: [{ name: "s", x: f([1, 2]), y: f([3, 4]) }],
  },
  {
    kind: "ecdf",
    title: "E",
    xLabel: "x",
    series: [{ name: "s", x: f([1, 2, 3]), p: f([0.3, 0.6, 1]) }],
  },
];

describe("charts rendered on the server", () => {
  for (const output of outputs) {
    it(`a ${output.kind} chart is a complete SVG with a viewBox and theme colours`, () => {
      const html = renderToStaticMarkup(<Chart output={output} />);
      expect(html).toContain(`<svg class="chart-svg" viewBox="0 0 ${chartWidth} ${chartHeight}"`);
      expect(html).toContain("</svg>");
      // Tick labels of both axes are printed (no measuring in the DOM first).
      expect(html.match(/class="chart-tick"/g)?.length ?? 0).toBeGreaterThan(2);
      expect(html).toMatch(/(stroke|fill)="var\(--chart-series-1\)"/);
      expect(html).toContain('"var(--chart-axis)"');
      // No colour is written as a literal: every one is a theme variable (or the card's colour).
      const literal = [...html.matchAll(/(?:stroke|fill)="(#[0-9a-f]+|rgb[^"]*)"/gi)];
      expect(literal).toEqual([]);
    });
  }

  it("places every mark to a tenth of a pixel, so the page's HTML carries no long coordinates", () => {
    const awkward: CellOutput = {
      kind: "bar",
      title: "Thirds",
      yLabel: "n",
      categories: ["a", "b", "c"],
      series: [
        { name: "s", values: f([1 / 3, 2 / 3, 7 / 3]) },
        { name: "t", values: f([0.7, 1.9, 2.2]) },
      ],
    };
    for (const output of [...outputs, awkward]) {
      const html = renderToStaticMarkup(<Chart output={output} />);
      const positions = [
        ...html.matchAll(/\s(?:x|y|x1|x2|y1|y2|cx|cy|width|height)="(-?[\d.]+)"/g),
      ].map((match) => match[1]!);
      expect(positions.length).toBeGreaterThan(10);
      expect(positions.filter((value) => /\.\d{2,}/.test(value))).toEqual([]);
    }
  });

  it("draws a line chart's series, band, reference line and marker from the data", () => {
    const html = renderToStaticMarkup(<Chart output={outputs[0]!} />);
    // Two series lines; the first breaks at its missing value (two pieces: two "M" moves).
    const lines = [...html.matchAll(/<path class="chart-line" d="([^"]+)"/g)].map((m) => m[1]);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.match(/M/g)).toHaveLength(2);
    expect(html).toContain("SLA");
    expect(html).toContain("deploy");
    expect(html).toContain('stroke-dasharray="6 4"');
  });

  it("draws a scatter's line series as a line under the dots, from end to end", () => {
    const scatter: CellOutput = {
      kind: "scatter",
      title: "S",
      xLabel: "offline",
      yLabel: "online",
      series: [
        { name: "values", x: f([3, 20, 9.4]), y: f([3, 20, 0]) },
        { name: "y = x", x: f([0, 20]), y: f([0, 20]), line: true },
      ],
    };
    const html = renderToStaticMarkup(<Chart output={scatter} />);
    const lines = [...html.matchAll(/<path class="chart-line" d="([^"]+)"/g)].map((m) => m[1]);
    // One segment from the origin's corner of the plot to the far corner, not two dots.
    expect(lines).toEqual([expect.stringMatching(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)]);
    expect(html).toContain('stroke="var(--chart-series-2)"');
    expect(html.match(/<circle/g)).toHaveLength(3);
    // Drawn before the dots, so a dot on the line stays visible.
    expect(html.indexOf('class="chart-line"')).toBeLessThan(html.indexOf("<circle"));
  });

  it("moves a reference line's label off a marker's label that would cover it", () => {
    const cusum = (markers: { x: number; label: string }[]): CellOutput => ({
      kind: "line",
      title: "Upper CUSUM",
      xLabel: "chunk t",
      yLabel: "S_t",
      x: f([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      series: [{ name: "S_t", y: f([0, 0, 0, 0, 0.6, 0, 0.9, 1.3, 2.5, 3.2, 3.5, 4.9]) }],
      references: [{ y: 4, label: "h = 4" }],
      markers,
      area: false,
    });
    const label = (html: string) =>
      /<text x="([\d.]+)"[^>]*text-anchor="(\w+)"[^>]*>h = 4</.exec(html);
    // Alone, it sits at the line's right end.
    const alone = label(
      renderToStaticMarkup(<Chart output={cusum([{ x: 7, label: "shift starts" }])} />),
    );
    expect(alone?.[2]).toBe("end");
    // The alarm's label, in the second row at the right edge, would cover it: it moves left.
    const markers = [
      { x: 7, label: "shift starts" },
      { x: 12, label: "CUSUM alarm (chunk 12)" },
    ];
    const moved = label(renderToStaticMarkup(<Chart output={cusum(markers)} />));
    expect(moved?.[2]).toBe("start");
    expect(Number(moved?.[1])).toBeLessThan(100);
  });

  it("writes a reference line's label inside the chart: below a line at the top of the plot", () => {
    // Lesson 8's Shewhart chart: control limits at ±3σ are the axis' ends.
    const html = renderToStaticMarkup(
      <Chart
        output={{
          kind: "line",
          title: "z",
          xLabel: "chunk t",
          yLabel: "z_t",
          x: f([1, 2, 3]),
          series: [{ name: "z", y: f([0.3, -0.8, 1.9]) }],
          references: [
            { y: 3, label: "+3σ" },
            { y: -3, label: "−3σ" },
          ],
          markers: [],
          area: false,
        }}
      />,
    );
    const labelY = (text: string) =>
      Number(new RegExp(`<text x="[\\d.]+" y="([\\d.-]+)"[^>]*>${text}<`).exec(html)?.[1]);
    const lineY = (value: number) => (value > 0 ? 8 : 8 + plotArea().height);
    // Below the top line (its text hangs from y + 5), above the bottom one.
    expect(labelY("\\+3σ")).toBe(lineY(3) + 5);
    expect(labelY("−3σ")).toBe(lineY(-3) - 5);
  });

  it("labels all of six categories whose words are too long for one band, in staggered rows", () => {
    // Lesson 7's drift-kinds cell: six changes, four checks each.
    const categories = [
      "no change",
      "mean shift 1σ",
      "scale × 2",
      "new category (5%)",
      "prior 0.5 → 0.8",
      "concept turned 90°",
    ];
    const html = renderToStaticMarkup(
      <Chart
        output={{
          kind: "bar",
          title: "Share flagged",
          yLabel: "share",
          categories,
          series: ["x1", "x2", "channel", "dataset"].map((name) => ({
            name,
            values: f(categories.map(() => 0.5)),
          })),
        }}
      />,
    );
    const labels = [
      ...html.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle">(.*?)<\/text>/g),
    ].map((match) =>
      [...match[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((line) => line[1]),
    );
    expect(labels.map((lines) => lines.join(" ").trim())).toEqual(categories);
    // Odd categories start a row lower than the even ones end.
    expect(labels[1]?.[0]).toBe("\u00a0");
    expect(labels[0]?.[0]).not.toBe("\u00a0");
  });

  it("labels every k-th of many categories, on one line in k bands' room", () => {
    const categories = Array.from({ length: 20 }, (_, run) =>
      run === 0 ? "as drawn" : `shuffle ${run}`,
    );
    const bars: CellOutput = {
      kind: "bar",
      title: "B",
      yLabel: "error",
      categories,
      series: [{ name: "error", values: f(categories.map((_, index) => index - 10)) }],
    };
    const html = renderToStaticMarkup(<Chart output={bars} />);
    const labels = [
      ...html.matchAll(/<text[^>]*text-anchor="middle">((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g),
    ].map((match) =>
      match[1]!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    );
    // "shuffle 10" needs five bands at a narrow chart's text size.
    expect(labels).toEqual(["as drawn", "shuffle 5", "shuffle 10", "shuffle 15"]);
    // A few categories that fit keep a label each.
    const few = renderToStaticMarkup(<Chart output={outputs[2]!} />);
    expect(few).toContain(">point-in-time join<");
    expect(few).toContain(">latest<");
  });

  it("writes a value-axis title too long to read beside the plot on a phone above it", () => {
    const scatter = (yLabel: string): CellOutput => ({
      kind: "scatter",
      title: "S",
      xLabel: "x",
      yLabel,
      series: [{ name: "s", x: f([1, 2]), y: f([3, 4]) }],
    });
    const long = "share of non-null values in range";
    const html = renderToStaticMarkup(<Chart output={scatter(long)} />);
    expect(html).toContain(`<p class="chart-y-title-above">${long}</p>`);
    expect(html).not.toContain('class="chart-y-title"');
    const short = renderToStaticMarkup(<Chart output={scatter("share flagged")} />);
    expect(short).toMatch(/<text class="chart-y-title"[^>]*>share flagged<\/text>/);
    expect(short).not.toContain("chart-y-title-above");
  });

  it("widens the value axis for long tick labels, so they stay clear of its title", () => {
    // Lesson 2's backlog chart: "events waiting" beside ticks up to 25000.
    const backlog = (peak: number): CellOutput => ({
      kind: "line",
      title: "Backlog",
      xLabel: "minute",
      yLabel: "events waiting",
      x: f([0, 30, 60]),
      series: [{ name: "backlog", y: f([0, peak, 0]) }],
      references: [],
      markers: [],
      area: false,
    });
    const axisLine = (html: string) => Number(/<line x1="([\d.]+)" x2="\1" y1="8"/.exec(html)?.[1]);
    const narrow = 0.62 * narrowTextSize; // a digit of a narrow chart's tick label
    const small = renderToStaticMarkup(<Chart output={backlog(40)} />);
    const large = renderToStaticMarkup(<Chart output={backlog(24_000)} />);
    expect(large).toContain(">25000</text>");
    expect(small).toContain(">40</text>");
    expect(axisLine(small)).toBe(72);
    // The label "25000" ends 8 units left of the axis; at the narrow size it starts right of the
    // vertical title, which is about 20 units wide and centred 11 units from the edge.
    expect(axisLine(large)).toBeGreaterThan(72);
    expect(axisLine(large) - 8 - 5 * narrow).toBeGreaterThanOrEqual(yTitleRight);
  });
});

describe("static markup for files outside the app", () => {
  it("gives a chart's SVG alone, with its namespace, and a table as HTML", () => {
    const svg = renderChartToSvg(outputs[0]!);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-svg"/);
    expect(svg).toMatch(/<\/svg>$/);
    const table: CellOutput = { kind: "table", title: "T", columns: ["a"], rows: [[1]] };
    expect(renderChartToSvg(table)).toBeUndefined();
    expect(renderOutputsToStaticMarkup([table])).toContain("<table");
  });
});
