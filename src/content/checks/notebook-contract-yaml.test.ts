import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { exampleTransactionsContract } from "../../lab/index";

// The theory notebook's contract cell prints the YAML of the contract it evaluates; the cell itself
// evaluates lab.exampleTransactionsContract(). The two must be the same contract.
const notebook = readFileSync(
  new URL("../../../content/notebooks/theory.md", import.meta.url),
  "utf8",
);

describe("the contract cell's YAML", () => {
  it("is exactly the lab's example transactions contract", () => {
    const start = notebook.indexOf(
      "```yaml\napiVersion: v3.1.0\nkind: DataContract\nid: urn:datacontract:payments:transactions",
    );
    expect(start).toBeGreaterThan(0);
    const body = notebook.slice(start + "```yaml\n".length, notebook.indexOf("\n```", start + 8));
    expect(parse(body)).toEqual(JSON.parse(JSON.stringify(exampleTransactionsContract())));
  });
});
