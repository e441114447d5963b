import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { buildScormPackage, precacheUrls } from "../src/cli/package-scorm-zip";
import { parseAssignmentYaml } from "../src/course/assignment-yaml";
import type { Assignment } from "../src/course/assignment-schema";
import { assignmentInstance } from "../src/course/instances";
import {
  decodeSuspendData,
  scorm12SuspendLimit,
  scorm2004SuspendLimit,
} from "../src/course/suspend-data";
import { exercises } from "../src/exercises/catalog/index";
import { referenceAsRawAnswer } from "../src/exercises/practice";
import { deflatePacker } from "../src/store/lms/deflate-packer";
import { lessonIds } from "./support";

// The chapter as an LMS runs it: H6's SCORM packages of the site these tests built, unzipped and
// served under a test LMS's origin, launched in an iframe of a host page that provides the LMS side
// of the run-time with scorm-again (Scorm12API / Scorm2004API), in both SCORM versions.

type Version = "1.2" | "2004";
const versions: Version[] = ["1.2", "2004"];
const lms = "http://lms.test";
const slot = Number(process.env["E2E_SLOT"] ?? 0);
const siteDir = slot ? `dist-e2e-${slot}` : "dist";
const hostPage = readFileSync(join(import.meta.dirname, "fixtures", "scorm-lms.html"), "utf8");
const scormAgain = (file: string) =>
  readFileSync(join(import.meta.dirname, "..", "node_modules", "scorm-again", "dist", file));

const assignmentFile = join(
  import.meta.dirname,
  "..",
  "content",
  "assignments",
  "drift-skew-problem-set.yaml",
);
const parsed = parseAssignmentYaml(readFileSync(assignmentFile, "utf8"), assignmentFile);
if (!parsed.assignment) throw new Error(`${assignmentFile}: ${JSON.stringify(parsed.problems)}`);
const assignment: Assignment = parsed.assignment;

const types: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
  ".txt": "text/plain",
};

interface Unpacked {
  files: Record<string, Uint8Array>;
  launch: string;
  manifest: string;
}

const packages = new Map<string, Unpacked>();
/** A package built by H6's packager from this run's site, unzipped (built once per kind). */
function scormPackage(version: Version, withAssignment: boolean): Unpacked {
  const key = `${version}-${withAssignment}`;
  const cached = packages.get(key);
  if (cached) return cached;
  const built = buildScormPackage({
    distDir: siteDir,
    version,
    chapterTitle: "Feature stores and data contracts",
    assignment: withAssignment ? assignment : undefined,
  });
  const unpacked = { files: unzipSync(built.zip), launch: built.launch, manifest: built.manifest };
  packages.set(key, unpacked);
  return unpacked;
}

interface Launch {
  version: Version;
  withAssignment: boolean;
  learnerId: string;
  learnerName: string;
  suspendData?: string;
  /** Progress to put in the content's browser storage before it starts (a student who did all). */
  seed?: Seed;
}

/** What `seedEverything` writes; `essayLength` adds a written explanation to every answer. */
interface Seed {
  lessons: readonly string[];
  exerciseIds: readonly string[];
  essayLength?: number;
}

/** Runs in the content frame before the app: writes a student's complete progress to storage. */
function seedEverything({ lessons, exerciseIds, essayLength = 0 }: Seed) {
  if (!location.pathname.startsWith("/content/") || localStorage.getItem("seeded")) return;
  localStorage.setItem("seeded", "1");
  // Text that does not compress away: words drawn by a fixed linear congruential generator.
  let random = 12345;
  const words = ["drift", "shares", "window", "reference", "current", "skew", "bins", "mass"];
  const essay = () => {
    let text = "";
    while (text.length < essayLength) {
      random = (random * 1103515245 + 12345) % 2147483648;
      text += `${words[random % words.length]}${(random >> 8) % 1000} `;
    }
    return text.slice(0, essayLength);
  };
  const now = Date.parse("2026-12-01T11:00:00Z");
  const state = {
    lessons: Object.fromEntries(lessons.map((id) => [id, { progress: 1, readAt: now }])),
    restate: {},
    cells: {},
    exercises: Object.fromEntries(
      exerciseIds.map((id) => [
        id,
        { variant: 2, draft: {}, attempts: 7, hintsUsed: 3, best: 0.873, solutionOpen: true },
      ]),
    ),
    studentId: "student-seeded",
    theme: "system",
  };
  localStorage.setItem("feature-stores-chapter:progress", JSON.stringify({ state, version: 2 }));
  const work: Record<string, unknown> = {};
  const plan: [string, readonly string[]][] = [
    ["drift-skew-problem-set", exerciseIds.slice(0, 6)],
    ["release-gates-quiz", exerciseIds.slice(6, 11)],
  ];
  for (const [assignmentId, ids] of plan) {
    work[`${assignmentId}\ns-dana`] = {
      assignmentId,
      rosterId: "s-dana",
      submittedAt: [new Date(now).toISOString()],
      exercises: Object.fromEntries(
        ids.map((id, index) => [
          id,
          {
            draft: {},
            hints: [new Date(now + index).toISOString()],
            attempts: Array.from({ length: 3 }, (_, attempt) => ({
              answer: {
                value: (0.1234567 * (attempt + index + 1)).toFixed(7),
                decision: attempt % 2 ? "drift" : "no-drift",
                reason: `attempt ${attempt + 1}: the shares moved between the windows ${essay()}`,
              },
              at: new Date(now + 60_000 * (attempt + 3 * index)).toISOString(),
              hintsUsed: 1,
            })),
          },
        ]),
      ),
    };
  }
  localStorage.setItem(
    "feature-stores-chapter:assignments",
    JSON.stringify({ state: { rosterIds: {}, work }, version: 1 }),
  );
}

/** Serves the host page, scorm-again and the unzipped package; records what the package lacked. */
async function openLms(
  browser: Browser,
  launch: Launch,
): Promise<{ page: Page; missing: string[] }> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  if (launch.seed) await context.addInitScript(seedEverything, launch.seed);
  const page = await context.newPage();
  const unpacked = scormPackage(launch.version, launch.withAssignment);
  const missing: string[] = [];
  await page.clock.install({ time: new Date("2026-12-01T12:00:00Z") });
  await page.route(`${lms}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === "/lms.html")
      return route.fulfill({ body: hostPage, contentType: "text/html" });
    if (url.pathname.startsWith("/scorm-again/")) {
      return route.fulfill({
        body: scormAgain(url.pathname.slice("/scorm-again/".length)),
        contentType: "text/javascript",
      });
    }
    if (url.pathname.startsWith("/content/")) {
      const file = decodeURIComponent(url.pathname.slice("/content/".length)) || "index.html";
      const body = unpacked.files[file];
      if (body)
        return route.fulfill({
          body: Buffer.from(body),
          contentType: types[extname(file)] ?? "application/octet-stream",
        });
      missing.push(file);
    }
    return route.fulfill({ status: 404, body: "not in the package" });
  });
  await page.goto(`${lms}/lms.html`);
  await page.evaluate(
    (config) =>
      (window as unknown as { launchContent(config: unknown): void }).launchContent(config),
    {
      version: launch.version,
      learnerId: launch.learnerId,
      learnerName: launch.learnerName,
      suspendData: launch.suspendData,
      url: `${lms}/content/${unpacked.launch}`,
    },
  );
  return { page, missing };
}

const content = (page: Page) => page.frameLocator('iframe[title="Course content"]');
type Call = string[];
const calls = (page: Page): Promise<Call[]> =>
  page.evaluate(() => (window as unknown as { lms: { calls: string[][] } }).lms.calls);
/** The last value the content set for an element. */
async function lastSet(page: Page, element: string): Promise<string | undefined> {
  const all = await calls(page);
  return all.filter((call) => /SetValue$/.test(call[0] ?? "") && call[1] === element).at(-1)?.[2];
}
/** Closes the content (pagehide in the frame) and returns the suspend_data the LMS kept. */
async function closeContent(page: Page): Promise<string> {
  await page.evaluate(() => {
    const frame = document.querySelector("iframe");
    if (frame) frame.src = "about:blank";
  });
  await expect
    .poll(async () =>
      (await calls(page)).some((call) => /^(LMSFinish|Terminate)$/.test(call[0] ?? "")),
    )
    .toBe(true);
  return page.evaluate(
    () =>
      (window as unknown as { lms: { api: { cmi: { suspend_data: string } } } }).lms.api.cmi
        .suspend_data,
  );
}

/** Answers the first exercise of the assignment with the reference answer for this learner. */
async function answerFirstExercise(page: Page, learnerId: string, correct: boolean): Promise<void> {
  const made = assignmentInstance(assignment, learnerId, "psi-categorical-shift");
  const reference = referenceAsRawAnswer(made.exercise, made.instance);
  const card = content(page).locator('article[id="psi-categorical-shift"]');
  await card.getByRole("textbox", { name: "PSI" }).fill(String(reference["psi"]));
  const drift = reference["decision"] === "drift";
  await card
    .getByRole("radio", { name: drift === correct ? "Drift detected" : "No drift" })
    .check();
  await card.getByRole("button", { name: "Check" }).click();
}

for (const version of versions) {
  const limit = version === "1.2" ? scorm12SuspendLimit : scorm2004SuspendLimit;
  const element =
    version === "1.2"
      ? {
          status: "cmi.core.lesson_status",
          raw: "cmi.core.score.raw",
          finish: "LMSFinish",
          response: "student_response",
          wrong: "wrong",
        }
      : {
          status: "cmi.completion_status",
          raw: "cmi.score.raw",
          finish: "Terminate",
          response: "learner_response",
          wrong: "incorrect",
        };

  test(`SCORM ${version}: the learner drives the variant, answers are reported, a relaunch restores them`, async ({
    browser,
  }) => {
    // Alice: her id is the roster id (no typing), her name is shown as people write it.
    const alice = await openLms(browser, {
      version,
      withAssignment: true,
      learnerId: "s-alice",
      learnerName: "Lovelace, Ada",
    });
    const frame = content(alice.page);
    await expect(frame.getByText("Signed in through your course as")).toContainText("Ada Lovelace");
    await expect(frame.locator(".roster-id-value")).toHaveText("s-alice");
    await expect(frame.getByRole("textbox", { name: "Roster id" })).toHaveCount(0);
    const card = frame.locator('article[id="psi-categorical-shift"]');
    const aliceData = await card.locator("table").first().innerText();

    // A wrong answer, then a right one: two interactions, the score and the status.
    await answerFirstExercise(alice.page, "s-alice", false);
    await expect(card.getByTestId("attempt-feedback")).toBeVisible();
    await answerFirstExercise(alice.page, "s-alice", true);
    await expect(frame.getByText(/Saved in your course at/)).toBeVisible();
    await expect.poll(() => lastSet(alice.page, "cmi.interactions.1.result")).toBe("correct");
    expect(await lastSet(alice.page, "cmi.interactions.0.id")).toBe(
      "psi-categorical-shift-attempt-1",
    );
    expect(await lastSet(alice.page, "cmi.interactions.0.result")).toMatch(
      new RegExp(`^(${element.wrong}|neutral)$`),
    );
    expect(await lastSet(alice.page, "cmi.interactions.1.type")).toBe("fill-in");
    expect(await lastSet(alice.page, `cmi.interactions.1.${element.response}`)).toContain("drift");
    expect(await lastSet(alice.page, element.status)).toBe("incomplete");
    // 9 of 80 points: the second attempt costs 10 % of the problem's 10 points (the assignment's
    // credit policy); SCORM 1.2 gets the percentage.
    const raw = Number(await lastSet(alice.page, element.raw));
    // 9 of 80 points, as a percentage in both versions.
    expect(raw).toBeCloseTo(11.25, 5);
    const log = await calls(alice.page);
    const commits = await alice.page.evaluate(
      () => (window as unknown as { lms: { commits: { ok: boolean }[] } }).lms.commits,
    );
    expect(commits.length).toBeGreaterThanOrEqual(2);
    const suspend = await closeContent(alice.page);
    const finalLog = await calls(alice.page);
    expect(finalLog.at(-1)?.[0]).toBe(element.finish);
    expect(suspend.length).toBeLessThanOrEqual(limit);
    expect(
      decodeSuspendData(suspend, deflatePacker).progress.assignments[assignment.id]?.exercises[
        "psi-categorical-shift"
      ]?.attempts,
    ).toHaveLength(2);
    console.log(
      `SCORM ${version}: calls recorded for one full attempt:\n` +
        finalLog
          .map(
            (call) =>
              `  ${call[0]}(${call
                .slice(1, -1)
                .map((arg) => JSON.stringify(arg.length > 60 ? `${arg.slice(0, 57)}…` : arg))
                .join(", ")}) → ${call.at(-1)}`,
          )
          .join("\n"),
    );
    expect(log.length).toBeGreaterThan(0);
    expect(alice.missing).toEqual([]);
    await alice.page.context().close();

    // Bob gets other data from the same package.
    const bob = await openLms(browser, {
      version,
      withAssignment: true,
      learnerId: "s-bob",
      learnerName: "Babbage, Charles",
    });
    const bobCard = content(bob.page).locator('article[id="psi-categorical-shift"]');
    await expect(content(bob.page).locator(".roster-id-value")).toHaveText("s-bob");
    expect(await bobCard.locator("table").first().innerText()).not.toBe(aliceData);
    await bob.page.context().close();

    // Alice again, in a fresh browser: her attempts come back from suspend_data alone.
    const again = await openLms(browser, {
      version,
      withAssignment: true,
      learnerId: "s-alice",
      learnerName: "Lovelace, Ada",
      suspendData: suspend,
    });
    const againCard = content(again.page).locator('article[id="psi-categorical-shift"]');
    await expect.poll(() => againCard.locator("table").first().innerText()).toBe(aliceData);
    await expect(againCard.getByTestId("exercise-status")).toContainText("9 of 10 points");
    await expect(content(again.page).locator(".assignment-status")).toContainText("2 of 3");
    // Nothing new was graded: no interaction is reported twice.
    await expect(content(again.page).getByText(/Saved in your course at/)).toBeVisible();
    expect(
      (await calls(again.page)).some(
        (call) =>
          /SetValue$/.test(call[0] ?? "") && /^cmi\.interactions\.\d+\.id$/.test(call[1] ?? ""),
      ),
    ).toBe(false);
    await again.page.context().close();
  });

  test(`SCORM ${version}: a refused commit is shown, kept and retried`, async ({ browser }) => {
    const { page } = await openLms(browser, {
      version,
      withAssignment: true,
      learnerId: "s-carol",
      learnerName: "Hopper, Grace",
    });
    const frame = content(page);
    await expect(frame.getByText(/Saved in your course at/)).toBeVisible();
    await page.evaluate(
      () => ((window as unknown as { lms: { failCommits: boolean } }).lms.failCommits = true),
    );
    await answerFirstExercise(page, "s-carol", true);
    const status = frame.getByRole("status").filter({ hasText: "did not accept" });
    await expect(status).toContainText("Nothing is lost");
    await expect(status).toContainText("kept in this browser");
    // The answer is in the browser's storage while the course refuses it.
    const stored = await frame
      .locator("body")
      .evaluate(() => localStorage.getItem("feature-stores-chapter:assignments") ?? "");
    expect(stored).toContain("psi-categorical-shift");
    // The course accepts again: the next retry sends the score.
    await page.evaluate(
      () => ((window as unknown as { lms: { failCommits: boolean } }).lms.failCommits = false),
    );
    await page.clock.runFor(5000);
    await expect(frame.getByText(/Saved in your course at/)).toBeVisible({ timeout: 10_000 });
    const commits = await page.evaluate(
      () =>
        (window as unknown as { lms: { commits: { ok: boolean; cmi: unknown }[] } }).lms.commits,
    );
    expect(commits.some((commit) => !commit.ok)).toBe(true);
    expect(JSON.stringify(commits.at(-1)?.cmi)).toContain("psi-categorical-shift-attempt-1");
    await page.context().close();
  });

  test(`SCORM ${version}: the whole chapter's progress fits suspend_data and comes back`, async ({
    browser,
  }) => {
    // A student who has done everything: every lesson read, every exercise practised, and both
    // assignments' attempts used up, in this browser's storage when the chapter package opens.
    const exerciseIds = exercises.map((exercise) => exercise.id);
    const everything = await openLms(browser, {
      version,
      withAssignment: false,
      learnerId: "s-dana",
      learnerName: "Dana",
      seed: { lessons: lessonIds, exerciseIds },
    });
    const frame = content(everything.page);
    await expect(frame.getByText(/Saved in your course at/)).toBeVisible();
    const suspend = (await lastSet(everything.page, "cmi.suspend_data")) ?? "";
    console.log(
      `SCORM ${version}: suspend_data for a student who has done everything: ${suspend.length} characters (limit ${limit})`,
    );
    expect(suspend.length).toBeGreaterThan(0);
    expect(suspend.length).toBeLessThanOrEqual(limit);
    const kept = decodeSuspendData(suspend, deflatePacker).progress;
    expect(kept.lessonsRead.toSorted()).toEqual([...lessonIds].sort());
    expect(Object.keys(kept.practice)).toHaveLength(exerciseIds.length);
    expect(Object.keys(kept.assignments).toSorted()).toEqual([
      "drift-skew-problem-set",
      "release-gates-quiz",
    ]);
    await expect(frame.locator(".lms-left-out")).toHaveCount(0);
    expect(
      await lastSet(
        everything.page,
        version === "1.2" ? "cmi.core.lesson_status" : "cmi.completion_status",
      ),
    ).toBe("completed");
    await everything.page.context().close();

    // In a fresh browser, the course's suspend_data alone brings the reading progress back.
    const back = await openLms(browser, {
      version,
      withAssignment: false,
      learnerId: "s-dana",
      learnerName: "Dana",
      suspendData: suspend,
    });
    await expect(content(back.page).getByText(/Saved in your course at/)).toBeVisible();
    const restored = await content(back.page)
      .locator("body")
      .evaluate(
        () =>
          JSON.parse(localStorage.getItem("feature-stores-chapter:progress") ?? "{}") as {
            state?: {
              lessons?: Record<string, { readAt?: number }>;
              exercises?: Record<string, { attempts: number }>;
            };
          },
      );
    expect(
      Object.values(restored.state?.lessons ?? {}).filter((lesson) => lesson.readAt !== undefined),
    ).toHaveLength(lessonIds.length);
    expect(restored.state?.exercises?.[exerciseIds[0] ?? ""]?.attempts).toBe(7);
    await back.page.context().close();
  });

  test(`SCORM ${version}: when the progress outgrows suspend_data, the assignments are kept whole or the student is told`, async ({
    browser,
  }) => {
    // Long written answers on every attempt: about 14,000 characters of progress that deflate
    // cannot shrink below SCORM 1.2's 4,096 characters (SCORM 2004's 64,000 hold them).
    const exerciseIds = exercises.map((exercise) => exercise.id);
    const { page } = await openLms(browser, {
      version,
      withAssignment: false,
      learnerId: "s-dana",
      learnerName: "Dana",
      seed: { lessons: lessonIds, exerciseIds, essayLength: 400 },
    });
    const frame = content(page);
    await expect(frame.getByText(/Saved in your course at/)).toBeVisible();
    const suspend = (await lastSet(page, "cmi.suspend_data")) ?? "";
    console.log(
      `SCORM ${version}: suspend_data with long answers: ${suspend.length} characters (limit ${limit})`,
    );
    expect(suspend.length).toBeLessThanOrEqual(limit);
    const kept = decodeSuspendData(suspend, deflatePacker).progress;
    if (version === "1.2") {
      // The chapter package launches no assignment: reading and practice go first, then the
      // oldest attempts of both assignments, and the student is told what stays in the browser.
      const note = frame.locator(".lms-left-out");
      await expect(note).toContainText("kept in this browser only");
      await expect(note).toContainText("which lessons you have read");
      await expect(note).toContainText("oldest attempts on assignments");
      expect(Object.keys(kept.assignments).toSorted()).toEqual([
        "drift-skew-problem-set",
        "release-gates-quiz",
      ]);
    } else {
      await expect(frame.locator(".lms-left-out")).toHaveCount(0);
      expect(Object.keys(kept.assignments)).toHaveLength(2);
      expect(kept.lessonsRead).toHaveLength(lessonIds.length);
    }
    await page.context().close();
  });

  test(`SCORM ${version}: the package names its launch file and holds every file the site needs offline`, async ({
    browser,
  }) => {
    const unpacked = scormPackage(version, true);
    const names = Object.keys(unpacked.files);
    expect(names[0]).toBe("imsmanifest.xml");
    const manifest = strFromU8(unpacked.files["imsmanifest.xml"] ?? new Uint8Array());
    expect(manifest).toBe(unpacked.manifest);
    const page = await browser.newPage();
    const checked = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? "";
      const resource = doc.getElementsByTagName("resource")[0];
      const files = [...doc.getElementsByTagName("file")].map((file) => file.getAttribute("href"));
      return {
        error,
        href: resource?.getAttribute("href") ?? "",
        files,
        root: doc.documentElement.localName,
      };
    }, manifest);
    await page.close();
    expect(checked.error).toBe("");
    expect(checked.root).toBe("manifest");
    const launchFile = unpacked.launch.split(/[?#]/)[0] ?? "";
    expect(checked.href.split(/[?#]/)[0]).toBe(launchFile);
    expect(names).toContain(launchFile);
    // Every file the service worker precaches for offline use is in the zip.
    const sw = strFromU8(unpacked.files["sw.js"] ?? new Uint8Array());
    for (const url of precacheUrls(sw)) expect(names).toContain(decodeURIComponent(url));
  });
}
