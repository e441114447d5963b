import { describe, expect, it } from "vitest";
import { splitAfterElement, splitAfterElements } from "./split-html";

describe("splitAfterElement", () => {
  const html =
    '<h2 id="a">A <span class="katex"><math><mi>x</mi></math></span></h2><p>text<br>more</p>' +
    '<div class="definition" id="def-b"><div><p title="1 > 0">inner</p></div></div><p>after</p>';

  it("splits after a top-level heading or directive, nested tags included", () => {
    expect(splitAfterElement(html, "a")?.[1]).toMatch(/^<p>text<br>more<\/p>/);
    expect(splitAfterElement(html, "def-b")).toEqual([
      html.slice(0, html.indexOf("<p>after")),
      "<p>after</p>",
    ]);
  });

  it("splits after the first element when no id is given", () => {
    expect(splitAfterElement(html, "")?.[1]).toMatch(/^<p>text/);
  });

  it("finds no place for an id that is missing or not at the top level", () => {
    expect(splitAfterElement(html, "missing")).toBeUndefined();
    expect(splitAfterElement('<div><h3 id="c">C</h3></div>', "c")).toBeUndefined();
  });

  it("cuts after several elements in one pass, in document order", () => {
    const { pieces, cuts } = splitAfterElements(html, ["def-b", "missing", "", "a"]);
    expect(cuts).toEqual(["", "def-b"]);
    expect(pieces.join("")).toBe(html);
    expect(pieces[1]).toMatch(/^<p>text/);
    expect(pieces[2]).toBe("<p>after</p>");
  });

  it("gives an element both the first-element and its id cut when it is asked for twice", () => {
    const { cuts, pieces } = splitAfterElements(html, ["a", ""]);
    expect(cuts).toEqual(["a", ""]);
    expect(pieces[1]).toBe("<p>text<br>more</p>");
  });
});
