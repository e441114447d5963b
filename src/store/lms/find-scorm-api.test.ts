import { describe, expect, it } from "vitest";
import { findScormApi, maxParentLevels, type ApiHost } from "./find-scorm-api";
import { displayName } from "./scorm-connection";

// Stand-ins for windows: ADL's search reads `API` / `API_1484_11`, `parent` and `opener` only.
const api12 = { LMSInitialize: () => "true" };
const api2004 = { Initialize: () => "true" };

function chain(depth: number, top: Record<string, unknown>): ApiHost {
  const root: Record<string, unknown> = { ...top };
  root["parent"] = root;
  let host: Record<string, unknown> = root;
  for (let level = 0; level < depth; level += 1) host = { parent: host };
  return host as ApiHost;
}

describe("findScormApi (ADL's search)", () => {
  it("finds the API in the frame itself or up its parents", () => {
    expect(findScormApi(chain(0, { API: api12 }))?.version).toBe("1.2");
    expect(findScormApi(chain(3, { API_1484_11: api2004 }))?.version).toBe("2004");
  });

  it("prefers SCORM 2004 when a window offers both", () => {
    expect(findScormApi(chain(1, { API: api12, API_1484_11: api2004 }))?.version).toBe("2004");
  });

  it("stops after the bounded number of parent levels", () => {
    expect(findScormApi(chain(maxParentLevels, { API: api12 }))).toBeDefined();
    expect(findScormApi(chain(maxParentLevels + 1, { API: api12 }))).toBeUndefined();
  });

  it("looks in the opener and its parents when the frames have none", () => {
    const opener = chain(2, { API: api12 });
    const popup = { parent: undefined, opener } as ApiHost;
    expect(findScormApi(popup)?.version).toBe("1.2");
  });

  it("skips frames it may not read and objects that are not an API", () => {
    const foreign = {};
    Object.defineProperty(foreign, "API", {
      get() {
        throw new Error("SecurityError: cross-origin frame");
      },
    });
    Object.defineProperty(foreign, "parent", { value: foreign });
    expect(findScormApi({ parent: foreign as ApiHost })).toBeUndefined();
    expect(findScormApi(chain(0, { API: { LMSInitialize: "not a function" } }))).toBeUndefined();
    expect(findScormApi({})).toBeUndefined();
  });
});

describe("displayName", () => {
  it("turns the SCORM 'Last, First' form around and keeps other names", () => {
    expect(displayName("Lovelace, Ada")).toBe("Ada Lovelace");
    expect(displayName("  Hopper ,Grace ")).toBe("Grace Hopper");
    expect(displayName("Dana")).toBe("Dana");
    expect(displayName("")).toBe("");
  });
});
