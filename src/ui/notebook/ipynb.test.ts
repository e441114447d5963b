import { describe, expect, it } from "vitest";
import type { CompiledNotebook } from "../../content/notebook-types";
import { toIpynb } from "./ipynb";

const notebook: CompiledNotebook = {
  id: "theory",
  title: "Theory notebook",
  summary: "Demonstrations",
  cells: [
    { kind: "markdown", html: "<h1>Hi</h1>", source: "# Hi\n\nText with $x$." },
    {
      kind: "code",
      id: "demo",
      title: "Demo",
      source: "show.text('a');\nshow.text('b');",
      params: { n: { kind: "range", label: "N", min: 1, max: 9, step: 1, default: 3 } },
      lesson: { id: "drift-detection", anchor: "psi" },
    },
  ],
};

describe("toIpynb", () => {
  it("writes a valid nbformat 4 notebook with Markdown and JavaScript code cells", () => {
    const parsed = JSON.parse(
      toIpynb(
        notebook,
        () => "show.text('edited');",
        () => ({ n: 5 }),
      ),
    );
    expect(parsed.nbformat).toBe(4);
    expect(parsed.nbformat_minor).toBeGreaterThanOrEqual(4);
    expect(parsed.metadata.kernelspec.language).toBe("javascript");
    expect(parsed.metadata.language_info.name).toBe("javascript");
    expect(parsed.cells.map((cell: { cell_type: string }) => cell.cell_type)).toEqual([
      "markdown",
      "code",
    ]);
    const [markdown, code] = parsed.cells;
    expect(markdown.source.join("")).toBe("# Hi\n\nText with $x$.");
    expect(code.outputs).toEqual([]);
    expect(code.execution_count).toBeNull();
    expect(code.source.join("")).toContain('"n": 5');
    expect(code.source.join("")).toContain("show.text('edited');");
    expect(code.metadata.lesson).toBe("drift-detection#psi");
    // nbformat 4.5 requires unique cell ids.
    expect(new Set(parsed.cells.map((cell: { id: string }) => cell.id)).size).toBe(2);
  });
});
