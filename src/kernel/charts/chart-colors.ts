// The light theme's chart colours. The app's stylesheet sets them, and the dark theme's, as CSS
// custom properties (--chart-series-1 … and --chart-axis), so a chart follows a theme switch; a
// test holds the stylesheet's light values to these. A notebook file's SVG is shown without the
// page's CSS and takes these values directly.

/** The series colours in order; each keeps 3:1 contrast on white. */
export const lightSeriesColors = [
  "#1f5f9e",
  "#c2410c",
  "#1d7048",
  "#6b3fa0",
  "#a16207",
  "#be185d",
] as const;

/** The colour of axes, tick labels and reference lines. */
export const lightAxisColor = "#4d5b6b";
