// The SCORM packager: deterministic zips of a built site with the manifest at the root, usage
// errors that name what is wrong, and, on a real build of this chapter, a package that holds every
// file the site's service worker precaches (the files it needs offline) and launches a file it has.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hrefs } from "../content/model/routes";
import { scormLaunch } from "../course/scorm-manifest";
import { runPackageScormCommand } from "./package-scorm-command";
import { buildScormPackage, precacheUrls } from "./package-scorm-zip";

let folder = "";
let site = "";

// The page an assignment's package launches, as the route grammar names it.
const assignmentPage = scormLaunch(hrefs.assignment("release-gates-quiz")).file;

/** A small built site: what `vite build` writes, with a service worker that precaches it. */
function writeSite(root: string, extra: Record<string, string> = {}): void {
  const files: Record<string, string> = {
    "index.html": '<!doctype html><script type="module" src="./assets/app-1a2b.js"></script>',
    [assignmentPage]: '<!doctype html><script type="module" src="./assets/app-1a2b.js"></script>',
    "assets/app-1a2b.js": "console.log('app');",
    "assets/KaTeX_Main-Regular.woff2": "woff2 bytes",
    "sw.js":
      'define(["./workbox-1"],function(s){s.precacheAndRoute([{url:"index.html",revision:"1"},{url:"assets/app-1a2b.js",revision:null},{url:"assets/KaTeX_Main-Regular.woff2",revision:null}],{})});',
    "workbox-1.js": "workbox",
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "package-scorm-"));
  site = join(folder, "site");
  writeSite(site);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

const quiz = {
  version: 1 as const,
  id: "release-gates-quiz",
  title: "Release gates quiz",
  instructions: "",
  exercises: [{ id: "p95-latency-gate", points: 4 }],
  opens: "2026-12-01T09:00:00Z",
  due: "2027-01-15T17:00:00Z",
  late: { kind: "closed" as const },
  attempts: 2,
  feedback: "after-due" as const,
  hints: false,
  solutions: "after-due" as const,
};

describe("buildScormPackage", () => {
  it("gives the same bytes for the same site (fixed timestamps, sorted entries)", () => {
    const first = buildScormPackage({ distDir: site, version: "1.2", chapterTitle: "Chapter" });
    const second = buildScormPackage({ distDir: site, version: "1.2", chapterTitle: "Chapter" });
    expect(Buffer.from(first.zip).equals(Buffer.from(second.zip))).toBe(true);
    // The first local header's DOS time and date (offsets 10 and 12): 00:00, 1980-01-01.
    const view = new DataView(first.zip.buffer, first.zip.byteOffset);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, (1 << 5) | 1]);
  });

  it("puts the manifest at the root, first, then the site's files sorted", () => {
    const built = buildScormPackage({ distDir: site, version: "2004", chapterTitle: "Chapter" });
    const names = Object.keys(unzipSync(built.zip));
    expect(names[0]).toBe("imsmanifest.xml");
    expect(names.slice(1)).toEqual(
      [
        "assets/KaTeX_Main-Regular.woff2",
        "assets/app-1a2b.js",
        assignmentPage,
        "index.html",
        "sw.js",
        "workbox-1.js",
      ].sort(),
    );
    expect(new TextDecoder().decode(unzipSync(built.zip)["imsmanifest.xml"])).toBe(built.manifest);
  });

  it("launches the overview for the chapter and the assignment's page for an assignment", () => {
    const chapter = buildScormPackage({ distDir: site, version: "1.2", chapterTitle: "Chapter" });
    const assignment = buildScormPackage({
      distDir: site,
      version: "1.2",
      chapterTitle: "Chapter",
      assignment: quiz,
    });
    expect(chapter.masteryScore).toBeUndefined();
    expect(assignment.masteryScore).toBe(80);
    expect(chapter.launch).toMatch(/^index\.html/);
    expect(assignment.launch).toBe(hrefs.assignment("release-gates-quiz").replace(/^\.\//, ""));
    expect(assignment.manifest).toContain("<title>Release gates quiz</title>");
    expect(chapter.manifest).toContain("<title>Chapter</title>");
  });

  it("refuses a site whose service worker precaches a file it lacks", () => {
    const broken = join(folder, "broken");
    writeSite(broken);
    rmSync(join(broken, "assets/app-1a2b.js"));
    expect(() =>
      buildScormPackage({ distDir: broken, version: "1.2", chapterTitle: "Chapter" }),
    ).toThrow("precaches files the build lacks: assets/app-1a2b.js");
  });

  it("refuses a site built for a fixed sub-path", () => {
    const fixed = join(folder, "fixed");
    writeSite(fixed, {
      "index.html": '<script type="module" src="/courses/x/assets/app-1a2b.js"></script>',
    });
    expect(() =>
      buildScormPackage({ distDir: fixed, version: "1.2", chapterTitle: "Chapter" }),
    ).toThrow("absolute base");
  });
});

describe("precacheUrls", () => {
  it("reads the list of a minified and of an unminified service worker", () => {
    expect(
      precacheUrls(
        's.precacheAndRoute([{url:"index.html",revision:"1"},{url:"a.js",revision:null}],{})',
      ),
    ).toEqual(["index.html", "a.js"]);
    expect(
      precacheUrls(
        'precacheAndRoute([\n  {\n    "url": "index.html",\n    "revision": "1"\n  }\n], {});',
      ),
    ).toEqual(["index.html"]);
  });

  it("refuses a file without a precache list rather than report nothing missing", () => {
    expect(() => precacheUrls("self.addEventListener('fetch', () => {});")).toThrow(
      "precacheAndRoute",
    );
  });
});

describe("package:scorm command", () => {
  it("writes the zip named by --out from a built site", () => {
    const out = join(folder, "out", "quiz.zip");
    const result = runPackageScormCommand(
      ["--dist", site, "--assignment", "release-gates-quiz", "--scorm", "2004", "--out", out],
      process.cwd(),
    );
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("SCORM 2004 4th Edition");
    const manifest = new TextDecoder().decode(
      unzipSync(new Uint8Array(readFileSync(out)))["imsmanifest.xml"],
    );
    // The title and the id come from content/assignments/release-gates-quiz.yaml.
    expect(manifest).toContain("<title>Release gates quiz</title>");
    expect(manifest).toContain("<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>");
  });

  it("takes --mastery for the passing score", () => {
    const out = join(folder, "chapter.zip");
    const result = runPackageScormCommand(
      ["--dist", site, "--mastery", "65", "--out", out],
      process.cwd(),
    );
    expect(result.exitCode).toBe(0);
    const manifest = new TextDecoder().decode(
      unzipSync(new Uint8Array(readFileSync(out)))["imsmanifest.xml"],
    );
    expect(manifest).toContain("<adlcp:masteryscore>65</adlcp:masteryscore>");
  });

  it.each([
    [["--assignment", "no-such-quiz"], "known: drift-skew-problem-set, release-gates-quiz"],
    [["--scorm", "1.3"], "--scorm must be 1.2 or 2004, got 1.3"],
    [["--mastery", "120"], "--mastery must be a percentage from 0 to 100"],
    [["--sorm", "2004"], "Unknown option '--sorm'"],
    [["--dist", "no-such-folder"], "not a built site"],
  ])("%j is a usage error (exit code 2) that says what is wrong", (args, message) => {
    const result = runPackageScormCommand(["--dist", site, ...args], process.cwd());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("usage: npm run package:scorm");
  });
});

describe("the chapter's package, built from this checkout", () => {
  let files: Record<string, Uint8Array> = {};
  let output = "";

  beforeAll(() => {
    const out = join(folder, "chapter-scorm12.zip");
    // No --dist: the command builds the site itself, as `npm run package:scorm` does.
    const result = runPackageScormCommand(["--out", out], process.cwd());
    output = `${result.stdout}${result.stderr}`;
    if (result.exitCode !== 0) throw new Error(output);
    files = unzipSync(new Uint8Array(readFileSync(out)));
  }, 600_000);

  it("holds every file the site's service worker precaches, so it works offline", () => {
    const precached = precacheUrls(new TextDecoder().decode(files["sw.js"]));
    expect(precached.length).toBeGreaterThan(10);
    expect(precached.filter((url) => files[decodeURIComponent(url)] === undefined)).toEqual([]);
  });

  it("has a manifest that names a launch file the package holds and lists every file", () => {
    const manifest = new TextDecoder().decode(files["imsmanifest.xml"]);
    const launch = /<resource [^>]*href="([^"]+)"/.exec(manifest)?.[1];
    expect(launch).toBeDefined();
    expect(files[decodeURIComponent(launch ?? "")]).toBeDefined();
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) =>
      decodeURIComponent(match[1] ?? ""),
    );
    expect(listed).toEqual(Object.keys(files).filter((name) => name !== "imsmanifest.xml"));
  });
});
