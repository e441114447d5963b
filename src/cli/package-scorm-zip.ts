/**
 * A SCORM package of the built site: the site's files with their relative paths and an
 * `imsmanifest.xml` at the root, in a deterministic zip (fixed timestamps, sorted entries), so the
 * same build gives the same bytes. The whole chapter launches the overview; an assignment's
 * package launches that assignment's page. The `package:scorm` command and the SCORM browser
 * tests both call `buildScormPackage`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync, type ZipOptions } from "fflate";
import { hrefs } from "../content/model/routes";
import type { Assignment } from "../course/index";
import {
  defaultMasteryScore,
  manifestFileName,
  scormLaunch,
  scormManifest,
  type ScormVersion,
} from "../course/scorm-manifest";

/** What to package. */
export interface ScormPackageOptions {
  /** A built site (`vite build` output with a relative base). */
  distDir: string;
  version: ScormVersion;
  /** The chapter's title, for the whole-chapter package. */
  chapterTitle: string;
  /** The assignment to launch; absent for the whole chapter. */
  assignment?: Assignment | undefined;
  /**
   * The mastery score in percent. Default: `defaultMasteryScore` for an assignment (assignments
   * have no passing threshold of their own) and none for the whole chapter, which is tracked by
   * completion (lessons read and exercises done).
   */
  masteryScore?: number | undefined;
}

/** A package and what its manifest says. */
export interface ScormPackage {
  /** The zip file's bytes. */
  zip: Uint8Array;
  /** The `imsmanifest.xml` text inside it. */
  manifest: string;
  /** The launch URL relative to the package root: the file and its parameters. */
  launch: string;
  /** Every file of the site in the package (the manifest excluded), sorted. */
  files: string[];
  masteryScore: number | undefined;
}

/** Every file under a folder, as `/`-separated paths relative to it, sorted. */
export function siteFiles(root: string, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...siteFiles(root, path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The URLs a built site's service worker precaches (vite-plugin-pwa writes them into `sw.js` as
 * `precacheAndRoute([{url:"…",revision:…},…])`): the files the site needs to work offline.
 *
 * @param serviceWorker - the text of the build's `sw.js`
 * @returns the precached URLs, relative to the site root, in the order listed
 * @throws Error when the text holds no precache list with URLs (not a vite-plugin-pwa worker)
 */
export function precacheUrls(serviceWorker: string): string[] {
  const call = /precacheAndRoute\(\s*\[([\s\S]*?)\]\s*[,)]/.exec(serviceWorker);
  // Minified builds write `url:"…"`, unminified ones `"url": "…"`.
  const urls = [...(call?.[1] ?? "").matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
  if (urls.length === 0) throw new Error("sw.js has no precacheAndRoute([...]) list of URLs");
  return urls;
}

// The DOS date of every entry: 1980-01-01 00:00, the first time a zip can hold. fflate reads the
// local-time fields of the Date, so building it from local fields gives the same bytes in every
// time zone.
const fixedTime = new Date(1980, 0, 1, 0, 0, 0);
// Formats that are compressed already gain nothing from deflate: store them.
const storedExtensions = /\.(png|jpe?g|gif|webp|woff2?|gz|br|zip|wasm)$/i;

/**
 * Packages a built site for an LMS: lists its files, writes the manifest for the chosen SCORM
 * edition (launch from the route grammar, mastery score, title) and zips both with fixed
 * timestamps in sorted order.
 *
 * @param options - the built site, the edition, the chapter title, the assignment and mastery
 * @returns the zip, its manifest, the launch URL and the file list
 * @throws Error when the folder is not a built site (no index.html), was built for a fixed
 * sub-path, lacks the launch file, or lacks a file its service worker precaches (the package
 * would not work offline)
 * @example
 * const pkg = buildScormPackage({ distDir: "dist", version: "1.2", chapterTitle: "Feature stores" });
 * writeFileSync("chapter-scorm12.zip", pkg.zip);
 */
export function buildScormPackage(options: ScormPackageOptions): ScormPackage {
  const files = siteFiles(options.distDir).filter((file) => file !== manifestFileName);
  if (!files.includes("index.html")) {
    throw new Error(`${options.distDir} is not a built site: it has no index.html`);
  }
  // A site built for one fixed sub-path (BASE_PATH) loads its assets from absolute URLs, which do
  // not exist under the path where the LMS unpacks the package.
  const index = readFileSync(join(options.distDir, "index.html"), "utf8");
  if (/\s(?:src|href)="\/(?!\/)/.test(index)) {
    throw new Error(
      `${options.distDir} was built with an absolute base (BASE_PATH): build it with the default relative base`,
    );
  }
  if (files.includes("sw.js")) {
    const missing = precacheUrls(readFileSync(join(options.distDir, "sw.js"), "utf8")).filter(
      (url) => !files.includes(decodeURIComponent(url)),
    );
    if (missing.length > 0) {
      throw new Error(
        `${options.distDir}: the service worker precaches files the build lacks: ${missing.join(", ")}`,
      );
    }
  }
  const { assignment } = options;
  const href = assignment ? hrefs.assignment(assignment.id) : hrefs.overview;
  const launch = scormLaunch(href);
  const masteryScore = options.masteryScore ?? (assignment ? defaultMasteryScore : undefined);
  const manifest = scormManifest({
    version: options.version,
    identifier: assignment ? assignment.id : slug(options.chapterTitle),
    title: assignment ? assignment.title : options.chapterTitle,
    launch,
    files,
    masteryScore,
  });
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  const add = (path: string, bytes: Uint8Array) => {
    entries[path] = [bytes, { mtime: fixedTime, level: storedExtensions.test(path) ? 0 : 9 }];
  };
  // Sorted entries with the manifest first, where an LMS that streams the zip meets it at once.
  add(manifestFileName, new TextEncoder().encode(manifest));
  for (const file of files) add(file, new Uint8Array(readFileSync(join(options.distDir, file))));
  return {
    zip: zipSync(entries),
    manifest,
    launch: `${launch.file}${launch.parameters}`,
    files,
    masteryScore,
  };
}

/** A manifest identifier from a title: lower-case words joined by hyphens. */
function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "chapter"
  );
}
