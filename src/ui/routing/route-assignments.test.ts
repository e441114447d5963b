import { describe, expect, it } from "vitest";
import { hrefs, parseRoute } from "./route";

const known = {
  lessons: new Set<string>(),
  pages: new Set<string>(),
  notebooks: new Set<string>(),
};

describe("assignment and instructor routes", () => {
  it("opens an assignment by id, with a shared assignment in the query", () => {
    const route = parseRoute(hrefs.assignment("quiz-1", "a1.abc_-"), known);
    expect(route.kind).toBe("assignment");
    if (route.kind !== "assignment") return;
    expect(route.id).toBe("quiz-1");
    expect(route.query.get("a")).toBe("a1.abc_-");
    expect(parseRoute("#/assignments/quiz-1", known)).toMatchObject({ kind: "assignment" });
  });

  it("names each instructor tool, the builder by default, and nothing else", () => {
    expect(parseRoute(hrefs.instructor(), known)).toMatchObject({ tool: "builder" });
    expect(parseRoute(hrefs.instructor("gradebook"), known)).toMatchObject({ tool: "gradebook" });
    expect(parseRoute(hrefs.instructor("answer-key"), known)).toMatchObject({ tool: "answer-key" });
    expect(parseRoute("#/instructor/grades", known)).toEqual({
      kind: "not-found",
      path: "/instructor/grades",
    });
    expect(parseRoute("#/assignments", known).kind).toBe("not-found");
  });
});
