/**
 * Benchmark of offline re-grading (issue budget: at least 500 ten-exercise submissions, 5,000
 * exercise instances, per second on two cores).
 *
 * Run: npm run bench:grading [-- --count 10000 --workers 2]
 *
 * 1. Generates `count` synthetic submission files of a ten-exercise assignment (several attempts
 *    per exercise: unreadable entries, known mistakes, other wrong answers, hints, late work) into
 *    a folder under the OS temp folder, with worker threads. The folder is kept and reused by
 *    later runs with the same count (generation is not what is measured).
 * 2. Re-grades the folder with `workers` worker threads (file names split in contiguous shards;
 *    each worker reads and re-grades its files), then assembles the gradebook: prints
 *    submissions/s, exercise instances/s, attempts/s and the process's peak memory (max RSS,
 *    worker threads included).
 * 3. Re-grades the same folder one file at a time on the main thread (`buildGradebook`) and checks
 *    that the Canvas CSV, the per-exercise CSV and the HTML report are byte-identical.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import {
  assembleGradebook,
  buildGradebook,
  gradebookReportHtml,
  toCanvasCsv,
  toExerciseCsv,
  type Gradebook,
  type GradedFile,
} from "../src/course/index";
import { benchAssignment } from "./grading-assignment";
import type { GradingJob } from "./grading-worker";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    workers: { type: "string", default: "2" },
    "skip-serial": { type: "boolean", default: false },
  },
  strict: true,
});
const count = Number(values.count);
const workers = Number(values.workers);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(workers) || workers < 1) {
  console.error("usage: npm run bench:grading -- [--count N] [--workers W] [--skip-serial]");
  process.exit(2);
}

/** A worker thread that has loaded its modules and waits for jobs. */
interface ReadyWorker {
  run<T>(job: GradingJob): Promise<T>;
  stop(): Promise<number>;
}

function startWorker(): Promise<ReadyWorker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./grading-worker-entry.mjs", import.meta.url));
    worker.once("error", reject);
    worker.once("message", () =>
      resolve({
        run: <T>(job: GradingJob) =>
          new Promise<T>((done) => {
            worker.once("message", (message: T) => done(message));
            worker.postMessage(job);
          }),
        stop: () => worker.terminate(),
      }),
    );
  });
}

/** Started once, before anything is timed: loading TypeScript in a thread takes seconds. */
const pool = await Promise.all(Array.from({ length: workers }, () => startWorker()));

/** Splits 0..n into `parts` contiguous ranges. */
function ranges(n: number, parts: number): [number, number][] {
  return Array.from({ length: parts }, (_, index) => [
    Math.floor((n * index) / parts),
    Math.floor((n * (index + 1)) / parts),
  ]);
}

const folder = join(tmpdir(), `fsdc-grading-bench-v1-${count}`);
const existing = existsSync(folder)
  ? readdirSync(folder).filter((name) => name.endsWith(".json"))
  : [];
if (existing.length !== count) {
  mkdirSync(folder, { recursive: true });
  const started = performance.now();
  await Promise.all(
    ranges(count, workers).map(([from, to], index) =>
      pool[index]?.run({ kind: "generate", folder, from, to }),
    ),
  );
  console.log(
    `generated ${count} synthetic submissions in ${((performance.now() - started) / 1000).toFixed(1)} s into ${folder}`,
  );
} else {
  console.log(`reusing ${count} synthetic submissions in ${folder}`);
}

const names = readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort();
const instances = names.length * benchAssignment.exercises.length;

const started = performance.now();
const cpuBefore = process.cpuUsage();
const shards = ranges(names.length, workers).map(([from, to]) => names.slice(from, to));
const results = await Promise.all(
  shards.map(
    (shard, index) =>
      pool[index]?.run<{ graded: GradedFile[] }>({ kind: "grade", folder, names: shard }) ??
      Promise.reject(new Error("no worker")),
  ),
);
await Promise.all(pool.map((worker) => worker.stop()));
const parallel = assembleGradebook(
  benchAssignment,
  results.flatMap((result) => result.graded),
);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
// CPU time of the whole process (every thread) while re-grading: on a machine shared with other
// work, wall-clock throughput understates what two idle cores do; this does not.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const attempts = parallel.rows.reduce(
  (sum, row) =>
    sum +
    (row.result?.exercises.reduce((inner, exercise) => inner + exercise.attempts.length, 0) ?? 0),
  0,
);
const peakMegabytes = process.resourceUsage().maxRSS / 1024;

console.log(
  `re-graded ${names.length} submissions (${instances} exercise instances, ${attempts} attempts) with ${workers} worker thread(s) on ${cpus().length} core(s) in ${seconds.toFixed(2)} s`,
);
console.log(`  submissions/s:         ${(names.length / seconds).toFixed(0)}   (budget >= 500)`);
console.log(`  exercise instances/s:  ${(instances / seconds).toFixed(0)}   (budget >= 5000)`);
console.log(`  attempts/s:            ${(attempts / seconds).toFixed(0)}`);
console.log(
  `  CPU time:              ${cpuSeconds.toFixed(2)} s (${((cpuSeconds / names.length) * 1000).toFixed(2)} ms per submission); on ${workers} idle core(s): ${((names.length / cpuSeconds) * workers).toFixed(0)} submissions/s, ${((instances / cpuSeconds) * workers).toFixed(0)} instances/s`,
);
console.log(`  peak memory (max RSS): ${peakMegabytes.toFixed(0)} MB`);
console.log(
  `  load average (1 min):  ${loadavg()[0]?.toFixed(2)} (other work on the machine slows this down)`,
);
console.log(
  `  graded ${parallel.rows.length} students, ${parallel.problems.length} problems (late submissions of the synthetic class)`,
);

const outputs = (gradebook: Gradebook) => ({
  canvas: toCanvasCsv(gradebook),
  csv: toExerciseCsv(gradebook),
  report: gradebookReportHtml(gradebook),
});

if (!values["skip-serial"]) {
  const serialStarted = performance.now();
  const serial = buildGradebook(
    benchAssignment,
    names.map((name) => ({ name, text: readFileSync(join(folder, name), "utf8") })),
  );
  const serialSeconds = (performance.now() - serialStarted) / 1000;
  const a = outputs(parallel);
  const b = outputs(serial);
  const same = a.canvas === b.canvas && a.csv === b.csv && a.report === b.report;
  console.log(
    `one-by-one run on the main thread: ${serialSeconds.toFixed(2)} s (${(names.length / serialSeconds).toFixed(0)} submissions/s); outputs ${same ? "byte-identical" : "DIFFER"}`,
  );
  writeFileSync(join(folder, "..", `fsdc-grading-bench-${count}-canvas.csv`), a.canvas);
  if (!same) process.exitCode = 1;
}
