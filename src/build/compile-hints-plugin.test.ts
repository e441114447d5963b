import { describe, expect, it } from "vitest";
import type { OutputBundle, OutputChunk } from "rolldown";
import { compileHint, compileHintsPlugin } from "./compile-hints-plugin";

const chunk = (name: string, code: string) =>
  ({ type: "chunk", name, isEntry: false, code }) as unknown as OutputChunk;

describe("compile hints", () => {
  it("put V8's hint on the first line of the named chunks only", () => {
    const bundle = {
      "react-dom.js": chunk("react-dom", "import{t}from'./r.js';"),
      "index.js": chunk("index", "const __vite__mapDeps=0;"),
    } as unknown as OutputBundle;
    const plugin = compileHintsPlugin(["react-dom"]);
    const hook = plugin.generateBundle as { handler: (o: unknown, b: OutputBundle) => void };
    hook.handler({}, bundle);
    expect((bundle["react-dom.js"] as OutputChunk).code).toBe(
      `${compileHint}\nimport{t}from'./r.js';`,
    );
    expect((bundle["index.js"] as OutputChunk).code).toBe("const __vite__mapDeps=0;");
  });
});
