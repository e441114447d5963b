/**
 * The one route grammar of the site: used by the app (parse the location, build links), by the
 * content compiler (links inside compiled Markdown), by the build's prerender step (one file per
 * route) and by index.html's inline redirect of old hash links.
 *
 * Every route is one static file in the site's root folder, so a deep link is a real file that
 * works without JavaScript, and every relative URL (links, assets, fetches) means the same thing
 * on every page (no file sits in a subfolder, so nothing needs rewriting by depth):
 *
 *   ./  or index.html            the overview
 *   lesson-<id>.html#<anchor>    a lesson, at a section, equation or figure
 *   notebook-<id>.html?<p>#<cell> a notebook at a cell; shared slider values in the query
 *   <page>.html#<anchor>         a reference page (glossary, notation, …)
 *   exercises.html#<exercise>    the exercises
 *   progress.html                the reader's progress
 *   assignment.html?id=<id>&a=<shared assignment>   (rendered in the browser from its query)
 *   instructor.html?tool=<builder|gradebook|answer-key>
 *   404.html                     anything else
 *
 * Pure: no DOM, no Node. Hosts that drop the `.html` extension (`/lesson-x`) are understood too.
 */

/** A route of the app. */
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

/** A location inside the site: the file name (last path segment), the query and the fragment. */
export interface SiteLocation {
  /** The last segment of the path, e.g. `lesson-drift.html`; empty for the site's folder. */
  file: string;
  /** `?…` or empty. */
  search: string;
  /** `#…` or empty. */
  hash: string;
}

/** File names that are not reference pages, so no page id may take them. */
export const reservedFiles: ReadonlySet<string> = new Set([
  "index",
  "exercises",
  "progress",
  "assignment",
  "instructor",
  "404",
]);

const lessonPrefix = "lesson-";
const notebookPrefix = "notebook-";

/** The site location of a URL path, query and fragment (only the path's last segment counts). */
export function siteLocation(pathname: string, search = "", hash = ""): SiteLocation {
  const file = pathname.slice(pathname.lastIndexOf("/") + 1);
  return { file, search, hash };
}

/** Parses a site location into a route; anything unknown or malformed is a not-found route. */
export function parseLocation(location: SiteLocation, known: KnownIds): Route {
  const file = safeDecode(location.file);
  const fragment = safeDecode(location.hash.replace(/^#/, ""));
  const query = new URLSearchParams(location.search);
  const shown = `${location.file}${location.search}${location.hash}` || "/";
  if (file === undefined || fragment === undefined) return { kind: "not-found", path: shown };
  const name = file.replace(/\.html$/, "");
  const anchor = fragment || undefined;
  if (name === "" || name === "index") return { kind: "overview" };
  if (name.startsWith(lessonPrefix) && known.lessons.has(name.slice(lessonPrefix.length))) {
    return { kind: "lesson", id: name.slice(lessonPrefix.length), anchor };
  }
  if (name.startsWith(notebookPrefix) && known.notebooks.has(name.slice(notebookPrefix.length))) {
    return { kind: "notebook", id: name.slice(notebookPrefix.length), cellId: anchor, query };
  }
  if (name === "exercises") return { kind: "exercises", exerciseId: anchor };
  if (name === "progress") return { kind: "progress" };
  // Without an id the assignment page says which link it needs (and the build prerenders it so).
  if (name === "assignment") return { kind: "assignment", id: query.get("id") ?? "", query };
  if (name === "instructor") {
    const tool = instructorTools.find(
      (candidate) => candidate === (query.get("tool") ?? "builder"),
    );
    if (tool) return { kind: "instructor", tool, query };
  }
  if (!reservedFiles.has(name) && known.pages.has(name)) return { kind: "page", id: name, anchor };
  return { kind: "not-found", path: shown };
}

/** `decodeURIComponent`, or undefined for a malformed escape such as a lone `%`. */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const fragment = (anchor: string | undefined) => (anchor ? `#${encodeURIComponent(anchor)}` : "");
const querySuffix = (query: URLSearchParams | undefined) => {
  const text = query?.toString() ?? "";
  return text ? `?${text}` : "";
};

/**
 * Links to every route, relative to the site's folder (and so to every page, which all sit in
 * it). Build links only with these, never by string-building file names.
 */
export const hrefs = {
  overview: "./",
  progress: "progress.html",
  lesson: (id: string, anchor?: string) => `${lessonPrefix}${id}.html${fragment(anchor)}`,
  page: (id: string, anchor?: string) => `${id}.html${fragment(anchor)}`,
  exercises: (exerciseId?: string) => `exercises.html${fragment(exerciseId)}`,
  assignment: (id: string, shared?: string) => {
    const query = new URLSearchParams({ id });
    if (shared) query.set("a", shared);
    return `assignment.html?${query.toString()}`;
  },
  instructor: (tool: InstructorTool = "builder") =>
    tool === "builder" ? "instructor.html" : `instructor.html?tool=${tool}`,
  /** A notebook, at a cell, with shared parameter values in the query. */
  notebook: (id: string, cellId?: string, query?: URLSearchParams) =>
    `${notebookPrefix}${id}.html${querySuffix(query)}${fragment(cellId)}`,
};

/** The link to a route (for a not-found route, the 404 page). */
export function routeHref(route: Route): string {
  switch (route.kind) {
    case "overview":
      return hrefs.overview;
    case "lesson":
      return hrefs.lesson(route.id, route.anchor);
    case "page":
      return hrefs.page(route.id, route.anchor);
    case "notebook":
      return hrefs.notebook(route.id, route.cellId, route.query);
    case "exercises":
      return hrefs.exercises(route.exerciseId);
    case "progress":
      return hrefs.progress;
    case "assignment":
      return `assignment.html${querySuffix(route.query)}`;
    case "instructor":
      return `instructor.html${querySuffix(route.query)}`;
    case "not-found":
      return "404.html";
  }
}

/** The static file that holds a route's prerendered page (its query and anchor aside). */
export function routeFile(route: Route): string {
  if (route.kind === "overview") return "index.html";
  return routeHref(route).replace(/[?#].*$/, "");
}

/** Lessons, reference pages and notebooks by id: what the prerender step needs to list routes. */
export interface RouteIndex {
  lessons: readonly { id: string }[];
  pages: readonly { id: string }[];
  notebookPages: readonly { id: string }[];
}

/** The ids that routes may name, from the chapter index. */
export function knownIds(index: RouteIndex): KnownIds {
  return {
    lessons: new Set(index.lessons.map((lesson) => lesson.id)),
    pages: new Set(index.pages.map((page) => page.id)),
    notebooks: new Set(index.notebookPages.map((notebook) => notebook.id)),
  };
}

/**
 * Every route the build writes as a file: each lesson, page and notebook, the exercises,
 * progress, the frames of the assignment and instructor pages (filled in from their query in
 * the browser) and the 404 page.
 */
export function prerenderRoutes(index: RouteIndex): Route[] {
  const none = () => new URLSearchParams();
  return [
    { kind: "overview" },
    ...index.lessons.map((lesson): Route => ({ kind: "lesson", id: lesson.id, anchor: undefined })),
    ...index.pages.map((page): Route => ({ kind: "page", id: page.id, anchor: undefined })),
    ...index.notebookPages.map((notebook): Route => ({
      kind: "notebook",
      id: notebook.id,
      cellId: undefined,
      query: none(),
    })),
    { kind: "exercises", exerciseId: undefined },
    { kind: "progress" },
    { kind: "assignment", id: "", query: none() },
    { kind: "instructor", tool: "builder", query: none() },
    { kind: "not-found", path: "" },
  ];
}

/**
 * The new link for an old hash link (`#/lessons/<id>/<anchor>`, `#/notebooks/<id>/<cell>?<p>`,
 * `#/<page>/<anchor>`, `#/exercises/<id>`, `#/progress`, `#/assignments/<id>?a=…`,
 * `#/instructor/<tool>`), or undefined when the hash is not one. Self-contained (no references
 * outside its body): the build inlines its source into every page as the redirect script.
 */
export function legacyHashHref(hash: string): string | undefined {
  if (hash.indexOf("#/") !== 0) return undefined;
  const queryAt = hash.indexOf("?");
  const path = queryAt < 0 ? hash.slice(2) : hash.slice(2, queryAt);
  const query = queryAt < 0 ? "" : hash.slice(queryAt + 1);
  const parts = path.split("/").filter((part) => part !== "");
  const first = parts[0];
  const second = parts[1];
  const third = parts[2];
  const at = (anchor: string | undefined) => (anchor ? "#" + anchor : "");
  const withQuery = (file: string, extra: string) => {
    const text = [extra, query].filter((part) => part !== "").join("&");
    return file + (text ? "?" + text : "");
  };
  if (first === undefined) return "./";
  if (first === "lessons" && second) return "lesson-" + second + ".html" + at(third);
  if (first === "notebooks" && second) {
    return withQuery("notebook-" + second + ".html", "") + at(third);
  }
  if (first === "exercises") return "exercises.html" + at(second);
  if (first === "progress") return "progress.html";
  if (first === "assignments" && second) {
    return withQuery("assignment.html", "id=" + second);
  }
  if (first === "instructor") {
    return withQuery("instructor.html", second ? "tool=" + second : "");
  }
  return first + ".html" + at(second);
}
