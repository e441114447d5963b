/**
 * Turns a schema-validation issue into a reason a reader can act on ("progress is 7, above the
 * maximum 1"), instead of the validator's bare "Invalid input".
 */

/** The parts of a validation issue the reason is built from (zod's issue shape). */
export interface ValidationIssue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  keys?: string[];
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}

const expectedText: Record<string, string> = {
  int: "a whole number",
  number: "a number",
  string: "text",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  record: "a map of entries",
};

/**
 * The reason an entry was rejected, naming the field, what was expected and what was found.
 *
 * @param issue - the first validation issue of the entry
 * @param entry - the entry as read from the file or from storage
 * @returns e.g. `progress is 7, above the maximum 1` or `attempts should be a number, not missing`
 */
export function issueReason(issue: ValidationIssue, entry: unknown): string {
  const field = issue.path.length === 0 ? "the entry" : issue.path.map(String).join(".");
  const found = valueAt(entry, issue.path);
  switch (issue.code) {
    case "too_big":
      return `${field} is ${String(found)}, above the maximum ${String(issue.maximum)}`;
    case "too_small":
      return `${field} is ${String(found)}, below the minimum ${String(issue.minimum)}`;
    case "invalid_type": {
      const wanted = expectedText[issue.expected ?? ""] ?? issue.expected ?? "another type";
      const got = found === undefined ? "missing" : kindOf(found);
      return found === undefined
        ? `${field} is missing (it should be ${wanted})`
        : `${field} should be ${wanted}, not ${got}`;
    }
    case "invalid_value":
      return `${field} is ${JSON.stringify(found)}, not one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_union":
      return `${field} should be text or a list of texts, not ${kindOf(found)}`;
    case "unrecognized_keys":
      return `unknown field${(issue.keys ?? []).length === 1 ? "" : "s"} ${(issue.keys ?? []).join(", ")}`;
    default:
      return `${field} is not valid (${issue.code.replace(/_/g, " ")})`;
  }
}
