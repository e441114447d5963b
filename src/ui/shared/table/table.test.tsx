// Every data table of the app is drawn by one component: these check what each of them relies
// on, in the markup the build prints (caption, header scopes, numeric alignment, the lab's number
// formats, a named focusable region).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RegionScope } from "../outputs/region-name";
import { Table, ValueTable } from "./table";

describe("ValueTable", () => {
  const columns = ["minute", "share", "source", "flag"];
  const rows = [
    [1, 0.123456789, "batch", true],
    [2, null, "stream", false],
  ];

  it("draws a captioned table in a focusable region named for it", () => {
    const html = renderToStaticMarkup(
      <ValueTable caption="Data of Figure 1" columns={columns} rows={rows} />,
    );
    expect(html).toContain(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Data of Figure 1">',
    );
    expect(html).toContain('<table class="data-table"><caption>Data of Figure 1</caption>');
    expect(html).toContain('<th scope="col">minute</th><th scope="col">share</th>');
  });

  it("marks a column of sentences as prose, so it keeps a readable width, and no other", () => {
    // As the release gate's table has it: a short result beside a long reason.
    const reason = "95% lower bound of the quality difference is -0.024, above -0.05";
    const html = renderToStaticMarkup(
      <ValueTable
        columns={["result", "reason"]}
        rows={[
          ["pass", reason],
          ["pass", "ok"],
        ]}
      />,
    );
    expect(html).toContain(`<td>pass</td><td class="prose">${reason}</td>`);
    expect(html).toContain('<td>pass</td><td class="prose">ok</td>');
    // A table that does not scroll (the exercises page's mastery table) keeps to its column.
    const fixed = renderToStaticMarkup(
      <Table
        scroll={false}
        columns={[{ header: "objective", cell: (row: string) => row }]}
        rows={[reason]}
      />,
    );
    expect(fixed).toContain(`<td>${reason}</td>`);
  });

  it("right-aligns numbers, prints them short by default and reads null as NULL", () => {
    const html = renderToStaticMarkup(<ValueTable columns={columns} rows={rows} />);
    expect(html).toContain(
      '<td class="numeric">1</td><td class="numeric">0.1235</td><td>batch</td><td>true</td>',
    );
    expect(html).toContain("<td>NULL</td>");
    expect(html).toContain('aria-label="Data table"');
  });

  it("prints every digit of data a reader computes from", () => {
    const html = renderToStaticMarkup(
      <ValueTable columns={["x"]} rows={[[0.1 + 0.2], [1e-9], [123456789]]} numbers="exact" />,
    );
    expect(html).toContain('<td class="numeric">0.30000000000000004</td>');
    expect(html).toContain('<td class="numeric">1e-9</td>');
    expect(html).toContain('<td class="numeric">123456789</td>');
  });

  it("names its region within the enclosing figure, or by its label", () => {
    const html = renderToStaticMarkup(
      <RegionScope.Provider value="Figure 2">
        <ValueTable label="Drift per feature" columns={["x"]} rows={[[1]]} />
      </RegionScope.Provider>,
    );
    expect(html).toContain('aria-label="Figure 2: Drift per feature"');
    expect(html).not.toContain("<caption>");
  });
});

describe("Table", () => {
  const rows = [
    { id: "s1", name: "Ada", points: 7.5 },
    { id: "s2", name: "Grace", points: 3 },
  ];

  it("marks row headers, numeric columns and row attributes", () => {
    const html = renderToStaticMarkup(
      <Table
        caption="Points"
        className="gradebook-grades"
        columns={[
          { header: "Roster id", cell: (row) => row.id, rowHeader: true },
          { header: "Name", cell: (row) => row.name },
          { header: "Total", numeric: true, cell: (row) => `${row.points} / 10` },
        ]}
        rows={rows}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ "data-roster-id": row.id })}
      />,
    );
    expect(html).toContain('<table class="data-table gradebook-grades">');
    expect(html).toContain(
      '<tr data-roster-id="s1"><th scope="row">s1</th><td>Ada</td><td class="numeric">7.5 / 10</td></tr>',
    );
  });

  it("leaves a small table out of a scrolling region when asked", () => {
    const html = renderToStaticMarkup(
      <Table
        scroll={false}
        columns={[{ header: "Name", cell: (row: { name: string }) => row.name }]}
        rows={[{ name: "Ada" }]}
      />,
    );
    expect(html.startsWith("<table")).toBe(true);
    expect(html).not.toContain("table-scroll");
  });
});
