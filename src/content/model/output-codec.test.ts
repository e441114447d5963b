import { describe, expect, it } from "vitest";
import { decodeOutputs, decodeRun, encodeOutputs, encodeRun, sourceHash } from "./output-codec";

describe("the outputs codec", () => {
  it("keeps Float64Arrays and the numbers JSON cannot write", () => {
    const outputs = [{ kind: "x", y: Float64Array.from([1, Number.NaN, Infinity]), v: -Infinity }];
    const back = decodeOutputs(JSON.parse(encodeOutputs(outputs)));
    expect(back).toEqual(outputs);
    expect((back[0] as { y: unknown }).y).toBeInstanceOf(Float64Array);
  });

  it("names the first value no output can hold", () => {
    expect(() => encodeOutputs([{ kind: "x", rows: [new Int32Array(1)] }])).toThrow(
      "outputs[0].rows[0] is a Int32Array object, which an output cannot hold",
    );
  });

  it("writes a run that can sit in a <script> element as it is", () => {
    const run = {
      params: { n: 3 },
      seed: 1,
      source: sourceHash("show.text('</script>');"),
      durationMs: 1.234,
      outputs: [{ kind: "text", markdown: "a </script><!-- b" }],
    };
    const json = encodeRun(run);
    expect(json).not.toContain("<");
    expect(decodeRun(JSON.parse(json))).toEqual({ ...run, durationMs: 1.2 });
  });

  it("fingerprints code so that an edit shows", () => {
    expect(sourceHash("a")).toMatch(/^[0-9a-f]{8}$/);
    expect(sourceHash("a")).not.toBe(sourceHash("b"));
  });
});
