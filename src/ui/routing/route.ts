/** The app's routes. Hash-based, so they work on any static host, under any base path, offline. */
export type Route =
  | { kind: "overview" }
  | { kind: "lesson"; id: string; anchor: string | undefined }
  | { kind: "page"; id: string; anchor: string | undefined }
  | { kind: "notebook"; id: string; cellId: string | undefined; query: URLSearchParams }
  | { kind: "exercises"; exerciseId: string | undefined }
  | { kind: "progress" }
  | { kind: "assignment"; id: string; query: URLSearchParams }
  | { kind: "instructor"; tool: InstructorTool; query: URLSearchParams }
  | { kind: "not-found"; path: string };

/** The instructor pages: the assignment builder, the gradebook and the answer key. */
export type InstructorTool = "builder" | "gradebook" | "answer-key";
const instructorTools: readonly InstructorTool[] = ["builder", "gradebook", "answer-key"];

/** Ids the router accepts. */
export interface KnownIds {
  lessons: ReadonlySet<string>;
  pages: ReadonlySet<string>;
  notebooks: ReadonlySet<string>;
}

/**
 * Parses `#/lessons/<id>/<anchor>`, `#/notebooks/<id>/<cell>?<params>`, `#/<page>/<anchor>`,
 * `#/assignments/<id>?a=<shared assignment>`, `#/instructor/<tool>`, `#/progress` and `#/`.
 */
export function parseRoute(hash: string, known: KnownIds): Route {
  const [rawPath = "", rawQuery = ""] = hash.replace(/^#/, "").split("?", 2);
  const path = safeDecode(rawPath);
  // A malformed escape (`#/%`) cannot name anything: say so rather than throw a URIError.
  if (path === undefined) return { kind: "not-found", path: rawPath || "/" };
  const parts = path.split("/").filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0) return { kind: "overview" };
  if (first === "lessons" && second && known.lessons.has(second) && parts.length <= 3) {
    return { kind: "lesson", id: second, anchor: third };
  }
  if (first === "notebooks" && second && known.notebooks.has(second) && parts.length <= 3) {
    return { kind: "notebook", id: second, cellId: third, query: new URLSearchParams(rawQuery) };
  }
  if (first === "exercises" && parts.length <= 2) return { kind: "exercises", exerciseId: second };
  if (first === "progress" && parts.length === 1) return { kind: "progress" };
  if (first === "assignments" && second && parts.length === 2) {
    return { kind: "assignment", id: second, query: new URLSearchParams(rawQuery) };
  }
  if (first === "instructor" && parts.length <= 2) {
    const tool = instructorTools.find((name) => name === (second ?? "builder"));
    if (tool) return { kind: "instructor", tool, query: new URLSearchParams(rawQuery) };
  }
  if (first && known.pages.has(first) && parts.length <= 2) {
    return { kind: "page", id: first, anchor: second };
  }
  return { kind: "not-found", path: path || "/" };
}

/** `decodeURIComponent`, or undefined for a malformed escape such as a lone `%`. */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export const hrefs = {
  overview: "#/",
  progress: "#/progress",
  lesson: (id: string, anchor?: string) => `#/lessons/${id}${anchor ? `/${anchor}` : ""}`,
  page: (id: string, anchor?: string) => `#/${id}${anchor ? `/${anchor}` : ""}`,
  exercises: (exerciseId?: string) => `#/exercises${exerciseId ? `/${exerciseId}` : ""}`,
  assignment: (id: string, shared?: string) =>
    `#/assignments/${encodeURIComponent(id)}${shared ? `?a=${shared}` : ""}`,
  instructor: (tool: InstructorTool = "builder") =>
    `#/instructor${tool === "builder" ? "" : `/${tool}`}`,
  notebook: (id: string, cellId?: string) => `#/notebooks/${id}${cellId ? `/${cellId}` : ""}`,
};
