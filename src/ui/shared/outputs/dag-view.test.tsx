import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DagView } from "./dag-view";

describe("DagView", () => {
  it("cuts a node's label and detail to fit its box at the narrow graph's text size", () => {
    const html = renderToStaticMarkup(
      <DagView
        output={{
          kind: "dag",
          title: "Release",
          nodes: [
            { id: "a", label: "snapshot-2024-06-01", kind: "data", changed: false },
            {
              id: "b",
              label: "release v1",
              kind: "release",
              changed: true,
              detail: "0522d12caee3 → caf0912ab34d",
            },
          ],
          edges: [{ from: "a", to: "b" }],
        }}
      />,
    );
    const texts = (name: string) =>
      [...html.matchAll(new RegExp(`class="${name}">([^<]*)<`, "g"))].map((match) => match[1]);
    expect(texts("dag-label")).toEqual(["snapshot-2024-06…", "release v1"]);
    expect(texts("dag-kind")).toEqual(["data", "0522d12caee3 → caf…"]);
    // The full label and detail stay in the node's tooltip.
    expect(html).toContain("<title>release v1 (release), changed: 0522d12caee3 → caf0912ab34d");
  });

  it("keeps whole the labels of Figure 7.1's decision tree (17 characters)", () => {
    const labels = ["numeric, n_u > 5?", "Wasserstein ÷ std", "reference rows?"];
    const html = renderToStaticMarkup(
      <DagView
        output={{
          kind: "dag",
          title: "Default drift test",
          nodes: labels.map((label, index) => ({
            id: String(index),
            label,
            kind: "question",
            changed: false,
          })),
          edges: [],
        }}
      />,
    );
    for (const label of labels)
      expect(html).toContain(`class="dag-label">${label.replace(">", "&gt;")}<`);
  });
});
