import { lazy, memo, Suspense } from "react";
import type { CellOutput } from "../../../kernel/output-types";
import { PrerenderedRunData } from "./prerendered-runs";

/**
 * Charts (Recharts), SVG diagrams and runtime math (KaTeX) load only when a page shows cells;
 * a cell asks for them as it mounts, so they arrive while its first run is still computing.
 */
export const loadOutputView = () => import("./output-view");
const OutputView = lazy(loadOutputView);

/** The outputs themselves: redrawn only when a run delivers new ones. */
const Outputs = memo(function Outputs({ outputs }: { outputs: CellOutput[] }) {
  return (
    <Suspense fallback={<p className="loading">Drawing…</p>}>
      {outputs.map((output, index) => (
        <OutputView key={`${output.kind}-${index}`} output={output} />
      ))}
    </Suspense>
  );
});

/**
 * A cell's outputs in order. While a new run is under way the old ones stay, dimmed. `id` names
 * the element in the page, and `<id>-run` the build's run data after the outputs.
 */
export function OutputList({
  id,
  outputs,
  stale,
}: {
  id: string;
  outputs: CellOutput[];
  stale: boolean;
}) {
  if (outputs.length === 0) return null;
  return (
    <div className="cell-outputs" id={id} data-stale={stale || undefined} aria-busy={stale}>
      <Outputs outputs={outputs} />
      <PrerenderedRunData outputs={outputs} id={`${id}-run`} />
    </div>
  );
}
