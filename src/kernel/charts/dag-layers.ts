import type { DagOutput } from "../output-types";

/**
 * The layer of each node of a dependency graph: the length of the longest path reaching it, so
 * every edge points to a later layer (a cycle, which a lineage graph never has, is cut where it
 * closes). A graph is drawn in these layers from left to right.
 */
export function dagLayers(output: DagOutput): Map<string, number> {
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const inputs = new Map<string, string[]>();
  for (const edge of output.edges) inputs.set(edge.to, [...(inputs.get(edge.to) ?? []), edge.from]);
  const visit = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const value = Math.max(-1, ...(inputs.get(id) ?? []).map(visit)) + 1;
    visiting.delete(id);
    depth.set(id, value);
    return value;
  };
  for (const node of output.nodes) visit(node.id);
  return depth;
}
