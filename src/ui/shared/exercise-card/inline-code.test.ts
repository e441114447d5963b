import { describe, expect, it } from "vitest";
import { fileSlug } from "./inline-code";

describe("download names", () => {
  it("have no spaces or brackets", () => {
    expect(fileSlug("schema-compatibility-upgrade-driver_stats value schemas (Avro)")).toBe(
      "schema-compatibility-upgrade-driver_stats-value-schemas-avro",
    );
  });
});
