import type { Heading, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { parseNotebooks } from "./compile-notebooks";
import { ProblemList } from "./content-error";

const notebook = `---
id: demo
title: Demo notebook
summary: Demonstrations of one idea.
---

# Demonstrations of one idea

An introduction.

\`\`\`{code-cell} javascript
---
id: first-cell
title: First cell
---
show.text("one");
\`\`\`

# Part two

More text.
`;

/** The headings of a Markdown tree, as depth and text. */
function headings(tree: Root): string[] {
  return tree.children
    .filter((node): node is Heading => node.type === "heading")
    .map((node) => {
      const text = node.children.map((child) => ("value" in child ? child.value : "")).join("");
      return `h${node.depth} ${text}`;
    });
}

describe("a notebook's headings on its page", () => {
  const problems = new ProblemList();
  const [parsed] = parseNotebooks([{ file: "notebooks/demo.md", text: notebook }], problems);

  it("parses without problems", () => {
    expect(problems.problems).toEqual([]);
    expect(parsed?.documents).toHaveLength(2);
  });

  it("leaves out the title that opens the notebook (the page header shows title and summary)", () => {
    expect(headings(parsed!.documents[0]!.tree)).toEqual([]);
    expect(parsed!.documents[0]!.tree.children[0]?.type).toBe("paragraph");
  });

  it("makes any later level-1 heading a level-2 heading under the page's own h1", () => {
    expect(headings(parsed!.documents[1]!.tree)).toEqual(["h2 Part two"]);
  });

  it("keeps the title in the cell's source, which the downloaded notebook uses", () => {
    const first = parsed!.pieces[0];
    expect(first?.kind === "markdown" && first.text).toContain("# Demonstrations of one idea");
  });
});
