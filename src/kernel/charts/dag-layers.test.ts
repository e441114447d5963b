import { describe, expect, it } from "vitest";
import { dagLayers } from "./dag-layers";

const node = (id: string) => ({ id, label: id, kind: "data", changed: false });

describe("dagLayers", () => {
  it("puts each node one layer after its deepest input", () => {
    const layers = dagLayers({
      kind: "dag",
      title: "",
      nodes: ["a", "b", "c", "d"].map(node),
      edges: [
        { from: "a", to: "b" },
        { from: "b", to: "c" },
        { from: "a", to: "c" },
        { from: "d", to: "c" },
      ],
    });
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it("cuts a cycle where it closes instead of looping", () => {
    const layers = dagLayers({
      kind: "dag",
      title: "",
      nodes: ["a", "b"].map(node),
      edges: [
        { from: "a", to: "b" },
        { from: "b", to: "a" },
      ],
    });
    expect(Object.fromEntries(layers)).toEqual({ a: 2, b: 1 });
  });
});
