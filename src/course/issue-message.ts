/**
 * Plain messages for zod issues: zod/mini carries no message texts, so the layer words them.
 */

/** A message for a zod issue: the schema's own when it has one, else one made from the issue. */
export function issueMessage(issue: {
  code: string;
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  expected?: unknown;
  origin?: unknown;
  values?: readonly unknown[];
  input?: unknown;
}): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  const size = issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : "";
  switch (issue.code) {
    case "too_small":
      return `must be ${issue.inclusive === false ? "more than" : "at least"} ${String(issue.minimum)}${size}`;
    case "too_big":
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}${size}`;
    case "invalid_type":
      return `must be ${String(issue.expected)}, not ${issue.input === null ? "null" : Array.isArray(issue.input) ? "a list" : typeof issue.input}`;
    case "invalid_value":
      return `must be one of ${(issue.values ?? []).map((value) => JSON.stringify(value)).join(", ")}`;
    case "not_multiple_of":
      return "must be a whole number";
    default:
      return "is not valid here";
  }
}
