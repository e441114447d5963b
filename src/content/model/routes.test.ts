import { describe, expect, it } from "vitest";
import {
  hrefs,
  knownIds,
  legacyHashHref,
  parseLocation,
  prerenderRoutes,
  routeFile,
  routeHref,
  siteLocation,
  type Route,
} from "./routes";

// A small chapter index in the shape of the compiled one (ids as in content/).
const index = {
  lessons: [{ id: "production-artifacts" }, { id: "drift-detection" }],
  pages: [{ id: "glossary" }, { id: "notation" }],
  notebookPages: [{ id: "theory" }, { id: "exercises" }],
};
const known = knownIds(index);

/** Parses a link the way the browser resolves it against a page of the site. */
function parseHref(href: string): Route {
  const url = new URL(href, "https://example.org/courses/chapter/index.html");
  return parseLocation(siteLocation(url.pathname, url.search, url.hash), known);
}

describe("the route grammar", () => {
  it("reads back every link it builds (parse ∘ href is the identity)", () => {
    const routes: Route[] = [
      { kind: "overview" },
      { kind: "lesson", id: "drift-detection", anchor: undefined },
      { kind: "lesson", id: "drift-detection", anchor: "eq-psi" },
      { kind: "page", id: "glossary", anchor: "feature-store" },
      {
        kind: "notebook",
        id: "theory",
        cellId: "pit-join",
        query: new URLSearchParams("ttl=2.5&filter=true&seed=3"),
      },
      { kind: "exercises", exerciseId: "ex-psi" },
      { kind: "progress" },
      {
        kind: "assignment",
        id: "quiz 1",
        query: new URLSearchParams({ id: "quiz 1", a: "a1.x_-" }),
      },
      { kind: "instructor", tool: "gradebook", query: new URLSearchParams({ tool: "gradebook" }) },
    ];
    for (const route of routes) {
      const parsed = parseHref(routeHref(route));
      expect(JSON.stringify(parsed, replacer)).toBe(JSON.stringify(route, replacer));
    }
  });

  it("builds the documented file names", () => {
    expect(hrefs.lesson("drift-detection", "eq-psi")).toBe("lesson-drift-detection.html#eq-psi");
    expect(hrefs.page("glossary", "psi")).toBe("glossary.html#psi");
    expect(hrefs.notebook("theory", "pit-join", new URLSearchParams("n=3"))).toBe(
      "notebook-theory.html?n=3#pit-join",
    );
    expect(hrefs.exercises("ex-1")).toBe("exercises.html#ex-1");
    expect(hrefs.assignment("quiz-1", "a1.abc")).toBe("assignment.html?id=quiz-1&a=a1.abc");
    expect(hrefs.instructor()).toBe("instructor.html");
    expect(hrefs.instructor("answer-key")).toBe("instructor.html?tool=answer-key");
  });

  it("understands the overview's folder, index.html and hosts that drop .html", () => {
    expect(parseHref("./")).toEqual({ kind: "overview" });
    expect(parseHref("index.html")).toEqual({ kind: "overview" });
    expect(parseHref("lesson-drift-detection#x")).toEqual({
      kind: "lesson",
      id: "drift-detection",
      anchor: "x",
    });
  });

  it("makes unknown ids, tools and malformed escapes a not-found route, never an exception", () => {
    expect(parseHref("lesson-nope.html").kind).toBe("not-found");
    expect(parseHref("notebook-nope.html").kind).toBe("not-found");
    expect(parseHref("instructor.html?tool=grades").kind).toBe("not-found");
    expect(parseHref("index.html").kind).toBe("overview");
    expect(() => parseLocation({ file: "%", search: "", hash: "" }, known)).not.toThrow();
    expect(parseLocation({ file: "%", search: "", hash: "" }, known)).toEqual({
      kind: "not-found",
      path: "%",
    });
    expect(
      parseLocation({ file: "lesson-a.html", search: "", hash: "#%E0%A4%A" }, known).kind,
    ).toBe("not-found");
  });

  it("still decodes well-formed escapes", () => {
    expect(parseHref("lesson-production%2Dartifacts.html")).toMatchObject({
      kind: "lesson",
      id: "production-artifacts",
    });
  });

  it("gives an assignment link without an id to the assignment page, which explains it", () => {
    expect(parseHref("assignment.html")).toMatchObject({ kind: "assignment", id: "" });
  });

  it("resolves the same from every page, since every page sits in the site's folder", () => {
    for (const route of prerenderRoutes(index)) {
      const file = routeFile(route);
      expect(file).not.toContain("/");
      const from = new URL(file, "https://example.org/site/");
      expect(new URL(hrefs.page("glossary", "psi"), from).href).toBe(
        "https://example.org/site/glossary.html#psi",
      );
    }
  });
});

describe("the prerendered routes", () => {
  it("have one file each, and each file parses back to its route", () => {
    const routes = prerenderRoutes(index);
    const files = routes.map(routeFile);
    expect(new Set(files).size).toBe(files.length);
    expect(files).toContain("index.html");
    expect(files).toContain("lesson-drift-detection.html");
    expect(files).toContain("notebook-theory.html");
    expect(files).toContain("glossary.html");
    expect(files).toContain("404.html");
    for (const route of routes) {
      if (route.kind === "not-found") continue;
      expect(parseLocation(siteLocation(routeFile(route)), known).kind).toBe(route.kind);
    }
  });
});

describe("old hash links", () => {
  it("map to the new files", () => {
    expect(legacyHashHref("#/")).toBe("./");
    expect(legacyHashHref("#/lessons/drift-detection/eq-psi")).toBe(
      "lesson-drift-detection.html#eq-psi",
    );
    expect(legacyHashHref("#/lessons/drift-detection")).toBe("lesson-drift-detection.html");
    expect(legacyHashHref("#/notebooks/theory/pit-join?ttl=2.5&seed=3")).toBe(
      "notebook-theory.html?ttl=2.5&seed=3#pit-join",
    );
    expect(legacyHashHref("#/glossary/psi")).toBe("glossary.html#psi");
    expect(legacyHashHref("#/exercises/ex-1")).toBe("exercises.html#ex-1");
    expect(legacyHashHref("#/progress")).toBe("progress.html");
    expect(legacyHashHref("#/assignments/quiz-1?a=a1.x")).toBe("assignment.html?id=quiz-1&a=a1.x");
    expect(legacyHashHref("#/instructor/gradebook")).toBe("instructor.html?tool=gradebook");
    expect(legacyHashHref("#/instructor")).toBe("instructor.html");
  });

  it("leave a plain anchor alone", () => {
    expect(legacyHashHref("#section")).toBeUndefined();
    expect(legacyHashHref("")).toBeUndefined();
  });

  it("are mapped by the function's source alone, as the page's inline script runs it", () => {
    // The build inlines legacyHashHref's source: it must not reach outside its own body.
    const inlined = new Function(`return (${legacyHashHref.toString()});`)() as (
      hash: string,
    ) => string | undefined;
    for (const hash of ["#/lessons/a/b", "#/notebooks/t/c?n=3", "#/glossary/x", "#/", "#x"]) {
      expect(inlined(hash)).toBe(legacyHashHref(hash));
    }
  });

  it("land on the route the old link named", () => {
    const old = "#/notebooks/theory/pit-join?n=3";
    expect(parseHref(legacyHashHref(old) ?? "")).toMatchObject({
      kind: "notebook",
      id: "theory",
      cellId: "pit-join",
    });
  });
});

/** JSON with URLSearchParams as text, to compare routes. */
function replacer(_: string, value: unknown): unknown {
  return value instanceof URLSearchParams ? value.toString() : value;
}
