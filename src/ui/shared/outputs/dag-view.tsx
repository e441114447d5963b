import type { CSSProperties } from "react";
import { dagNodeTitle, truncateLabel } from "../../../kernel/charts/chart-labels";
import { dagLayers } from "../../../kernel/charts/dag-layers";
import type { DagOutput } from "../../../kernel/output-types";
import { DiagramRegion } from "./diagram-region";

const nodeWidth = 140;
const nodeHeight = 40;
const columnGap = 44;
const rowGap = 18;
/**
 * The most characters a node's two lines hold: its label (12 px, bold) and its detail or kind,
 * drawn at 11 px in a narrow graph (notebook.css) and 10 px otherwise, so cut to fit at 11 px.
 * About 0.62 em a character for the bold label and 0.6 em for the detail (digits and lowercase
 * letters of a sans-serif), inside the node less 6 px each side.
 */
const labelChars = Math.floor((nodeWidth - 12) / (0.62 * 12));
const detailChars = Math.floor((nodeWidth - 12) / (0.6 * 11));

/** A dependency graph drawn left to right; changed nodes (a rebuild set) are highlighted. */
export function DagView({ output }: { output: DagOutput }) {
  // Columns by longest path from a root, so every edge points right.
  const depth = dagLayers(output);
  const rows = new Map<number, number>();
  const position = new Map<string, { x: number; y: number }>();
  for (const node of output.nodes) {
    const column = depth.get(node.id) ?? 0;
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    position.set(node.id, {
      x: column * (nodeWidth + columnGap) + 4,
      y: row * (nodeHeight + rowGap) + 4,
    });
  }
  const width =
    Math.max(...[...depth.values()].map((column) => (column + 1) * (nodeWidth + columnGap))) -
    columnGap +
    8;
  const height = Math.max(...rows.values()) * (nodeHeight + rowGap) - rowGap + 8;
  return (
    <DiagramRegion name={output.title || "Dependency graph"}>
      <svg
        className="dag"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        // Its own width, for a lesson figure that draws it smaller to fit (figures.css).
        style={{ "--diagram-width": `${width}px` } as CSSProperties}
        role="img"
        aria-label={`${output.title || "Dependency graph"}: ${output.nodes.filter((node) => node.changed).length} of ${output.nodes.length} artifacts changed`}
      >
        <defs>
          <marker
            id="dag-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0L10 5L0 10z" className="dag-arrow" />
          </marker>
        </defs>
        {output.edges.map((edge) => {
          const from = position.get(edge.from);
          const to = position.get(edge.to);
          if (!from || !to) return null;
          const x1 = from.x + nodeWidth;
          const y1 = from.y + nodeHeight / 2;
          const x2 = to.x;
          const y2 = to.y + nodeHeight / 2;
          const middle = (x1 + x2) / 2;
          return (
            <path
              key={`${edge.from}-${edge.to}`}
              className="dag-edge"
              d={`M${x1} ${y1}C${middle} ${y1} ${middle} ${y2} ${x2} ${y2}`}
              markerEnd="url(#dag-arrow)"
            />
          );
        })}
        {output.nodes.map((node) => {
          const at = position.get(node.id) ?? { x: 0, y: 0 };
          return (
            <g
              key={node.id}
              className={`dag-node${node.changed ? " dag-node-changed" : ""}`}
              transform={`translate(${at.x} ${at.y})`}
            >
              <title>{dagNodeTitle(node)}</title>
              <rect width={nodeWidth} height={nodeHeight} rx={8} />
              <text x={nodeWidth / 2} y={17} textAnchor="middle" className="dag-label">
                {truncateLabel(node.label, labelChars)}
              </text>
              <text x={nodeWidth / 2} y={31} textAnchor="middle" className="dag-kind">
                {truncateLabel(node.detail || node.kind, detailChars)}
              </text>
            </g>
          );
        })}
      </svg>
    </DiagramRegion>
  );
}
