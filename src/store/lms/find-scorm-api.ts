/**
 * Finding the LMS's SCORM run-time API the way ADL's sample code does: look in this window, then
 * up its parents (an LMS launches content in a frame or iframe), at most `maxParentLevels` levels,
 * then in the window that opened this one (an LMS may launch content in a new window) and its
 * parents. SCORM 2004 (`API_1484_11`) is preferred to SCORM 1.2 (`API`) in the same window. Frames
 * from other origins cannot be read; they are skipped, never an error.
 */

/** The SCORM 1.2 run-time API object an LMS provides as `window.API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ""): string;
  LMSFinish(parameter: ""): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ""): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

/** The SCORM 2004 run-time API object an LMS provides as `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ""): string;
  Terminate(parameter: ""): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ""): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}

/** An API found, with its version. */
export type FoundScormApi =
  { version: "1.2"; api: Scorm12Api } | { version: "2004"; api: Scorm2004Api };

/** What the search reads of a window (a real `Window`, or a stand-in in tests). */
export interface ApiHost {
  readonly parent?: ApiHost | null;
  readonly opener?: ApiHost | null;
}

/** How many parent levels ADL's algorithm climbs before giving up (its sample code uses 7). */
export const maxParentLevels = 7;

const hasFunction = (value: unknown, name: string): boolean =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Record<string, unknown>)[name] === "function";

function apiIn(host: ApiHost): FoundScormApi | undefined {
  try {
    const record = host as unknown as Record<string, unknown>;
    const api2004 = record["API_1484_11"];
    if (hasFunction(api2004, "Initialize"))
      return { version: "2004", api: api2004 as Scorm2004Api };
    const api12 = record["API"];
    if (hasFunction(api12, "LMSInitialize")) return { version: "1.2", api: api12 as Scorm12Api };
  } catch {
    // A frame of another origin: not readable, so not ours to use.
  }
  return undefined;
}

function parentOf(host: ApiHost): ApiHost | undefined {
  try {
    const parent = host.parent;
    return parent && parent !== host ? parent : undefined;
  } catch {
    return undefined;
  }
}

function scan(start: ApiHost): FoundScormApi | undefined {
  let host: ApiHost | undefined = start;
  for (let level = 0; host && level <= maxParentLevels; level += 1) {
    const found = apiIn(host);
    if (found) return found;
    host = parentOf(host);
  }
  return undefined;
}

/**
 * The LMS's SCORM API for this window, or undefined when the page was not launched by an LMS.
 *
 * @param start - the window to search from (the app passes `window`)
 * @returns the API and its version, or undefined
 * @example
 * findScormApi(window)?.version; // "2004" inside an LMS that offers SCORM 2004
 */
export function findScormApi(start: ApiHost): FoundScormApi | undefined {
  const found = scan(start);
  if (found) return found;
  let opener: ApiHost | null | undefined;
  try {
    opener = start.opener;
  } catch {
    opener = undefined;
  }
  return opener ? scan(opener) : undefined;
}
