import { describe, expect, it } from "vitest";
import { parseRoute } from "./route";

const known = {
  lessons: new Set(["production-artifacts"]),
  pages: new Set(["glossary"]),
  notebooks: new Set(["theory"]),
};

describe("a malformed address", () => {
  it("is a not-found route, not a URIError", () => {
    expect(() => parseRoute("#/%", known)).not.toThrow();
    expect(parseRoute("#/%", known)).toEqual({ kind: "not-found", path: "/%" });
    expect(parseRoute("#/lessons/%E0%A4%A", known)).toMatchObject({ kind: "not-found" });
  });

  it("still decodes well-formed escapes", () => {
    expect(parseRoute("#/lessons/production%2Dartifacts", known)).toMatchObject({
      kind: "lesson",
      id: "production-artifacts",
    });
  });
});
