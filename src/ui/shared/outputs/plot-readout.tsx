import { useContext, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { chartHeight, chartWidth, ChartOverlay, type Plot } from "./chart-parts";
import { axisColor, seriesColor } from "./palette";

/** What a chart tells its readout: how pointer positions and keys map to its points. */
export interface ReadoutSource {
  /** The accessible name of the plot, which the keyboard can focus. */
  label: string;
  /** How many points (or bars) the keys step through. */
  count: number;
  /**
   * The key of the point under the pointer at chart pixel `x`, or null for none. The readout
   * keeps the key, not the index, so that a new run keeps it where the reader left it.
   */
  keyAt: (x: number, plot: Plot) => number | null;
  /** The index of the point a key stands for, or -1. */
  indexOf: (key: number) => number;
  /** The key of point `index` (for the arrow keys). */
  keyOf: (index: number) => number;
  /** Where the cursor sits for point `index`, in chart pixels (NaN: nothing to show). */
  anchor: (index: number, plot: Plot) => number;
  /** What the chart draws at the cursor (a line and dots, a band's highlight). */
  marks: (index: number, plot: Plot) => ReactNode;
  /** The readout's heading for point `index`. */
  title: (index: number) => string;
  /** One line per series: its name and its value at point `index`. */
  lines: (index: number) => { name: string; value: string }[];
}

/**
 * A cursor line across the plot at pixel `at`, with a dot on each series at its value's pixel
 * (none where a series has no value there).
 */
export function CursorMarks({ at, plot, values }: { at: number; plot: Plot; values: number[] }) {
  return (
    <>
      <line
        x1={at}
        x2={at}
        y1={plot.y}
        y2={plot.y + plot.height}
        stroke={axisColor}
        strokeDasharray="3 3"
      />
      {values.map((value, position) =>
        Number.isFinite(value) ? (
          <circle
            key={position}
            cx={at}
            cy={value}
            r={4}
            fill={seriesColor(position)}
            stroke="var(--bg)"
            strokeWidth={1.5}
          />
        ) : null,
      )}
    </>
  );
}

/**
 * The values under the pointer, or at the point the keyboard has reached: marks in the chart and
 * a readout beside them. The plot is one focusable target; the arrow keys (and Home, End) step
 * through the points, and the readout is announced as it changes.
 */
export function PlotReadout({ source, plot }: { source: ReadoutSource; plot: Plot }) {
  const overlay = useContext(ChartOverlay);
  const [key, setKey] = useState<number | null>(null);
  const index = key === null ? -1 : source.indexOf(key);
  const cursor = index >= 0 ? source.anchor(index, plot) : Number.NaN;
  const shown = Number.isFinite(cursor);

  const point = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const next = source.keyAt(plot.x + ((event.clientX - box.left) * plot.width) / box.width, plot);
    if (next !== null) setKey(next);
  };
  const step = (event: KeyboardEvent<SVGRectElement>) => {
    const last = source.count - 1;
    const moves: Record<string, number> = {
      ArrowLeft: Math.max(0, index - 1),
      ArrowRight: index < 0 ? 0 : Math.min(last, index + 1),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    setKey(source.keyOf(next));
  };

  // The readout sits right of the cursor, or left of it past the middle of the plot, and no
  // wider than the room on that side (it wraps instead of running off a narrow chart). The chart
  // is scaled to its cell's width, so chart pixels are placed as shares of the chart's size.
  const onLeft = cursor > plot.x + plot.width / 2;
  const share = (pixels: number, of: number) => `${((pixels / of) * 100).toFixed(2)}%`;
  const room = `max(120px, ${share(onLeft ? cursor - 10 : plot.x + plot.width - cursor - 10, chartWidth)})`;
  const top = share(plot.y + 4, chartHeight);
  const readout = (
    <div
      className="chart-readout"
      aria-live="polite"
      hidden={!shown}
      style={
        onLeft
          ? { right: share(chartWidth - cursor + 10, chartWidth), top, maxWidth: room }
          : { left: share(cursor + 10, chartWidth), top, maxWidth: room }
      }
    >
      {shown && (
        <>
          <div className="chart-readout-title">{source.title(index)}</div>
          {source.lines(index).map((line, position) => (
            <div key={position}>
              <span className="chart-swatch" style={{ background: seriesColor(position) }} />
              {line.name}: {line.value}
            </div>
          ))}
        </>
      )}
    </div>
  );
  return (
    <>
      <g className="chart-readout-layer">
        {shown && (
          <g className="chart-cursor" pointerEvents="none">
            {source.marks(index, plot)}
          </g>
        )}
        <rect
          className="chart-hit"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          role="application"
          tabIndex={0}
          aria-label={`${source.label}: left and right arrow keys read the values point by point`}
          // Pointer-over too: React replays it once a chart that is not yet hydrated is, so the
          // readout shows where the pointer entered; pointer moves before then are not replayed.
          onPointerOver={point}
          onPointerMove={point}
          onPointerDown={point}
          onPointerLeave={() => setKey(null)}
          onBlur={() => setKey(null)}
          onKeyDown={step}
        />
      </g>
      {overlay && createPortal(readout, overlay)}
    </>
  );
}
