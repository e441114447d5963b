/**
 * Benchmark of the lab's core statistics against numpy/scipy on the same data.
 *
 * Run: npx tsx bench/lab.bench.ts
 * Data are generated here with the lab's seeded RNG (reference and current both N(0, 1), the
 * no-drift monitoring case), written to the OS temp folder as float64 binaries, and read by
 * bench/lab_bench.py with numpy.fromfile. Each figure is the median of several runs in
 * milliseconds, both wall-clock and CPU time (user + system of the process): on a shared
 * machine the CPU figures are the steadier comparison. The bootstrap at 10^6 runs once per side.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { bootstrapInterval } from "../src/lab/inference/bootstrap";
import { mean, median } from "../src/lab/core/descriptive";
import { ks2samp } from "../src/lab/inference/ks";
import { mannWhitneyU } from "../src/lab/inference/mann-whitney";
import { psi } from "../src/lab/drift/psi";
import { createRng } from "../src/lab/random/rng";
import { wasserstein } from "../src/lab/drift/wasserstein";

const SIZES = [100_000, 1_000_000];
const REPEATS = 5;
const RESAMPLES = 1000;

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

interface Timing {
  wall: number;
  cpu: number;
}

function cpuMilliseconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timed(run: () => unknown, repeats: number, warmUp = true): Timing {
  if (warmUp) run(); // let V8 optimise before measuring
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const startWall = performance.now();
    const startCpu = cpuMilliseconds();
    run();
    cpu.push(cpuMilliseconds() - startCpu);
    wall.push(performance.now() - startWall);
  }
  return { wall: medianOf(wall), cpu: medianOf(cpu) };
}

function nodeTimings(x: Float64Array, y: Float64Array): Record<string, Timing> {
  const bootstrapRepeats = x.length <= 100_000 ? 3 : 1;
  return {
    ks2samp: timed(() => ks2samp(x, y), REPEATS),
    psi: timed(() => psi(x, y), REPEATS),
    wasserstein: timed(() => wasserstein(x, y), REPEATS),
    median: timed(() => median(x), REPEATS),
    mannWhitneyU: timed(() => mannWhitneyU(x, y), REPEATS),
    // The bootstrap is long enough to warm itself up.
    bootstrap: timed(
      () =>
        bootstrapInterval(x, mean, { resamples: RESAMPLES, confidence: 0.95, rng: createRng(1) }),
      bootstrapRepeats,
      false,
    ),
  };
}

interface PythonReport {
  versions: Record<string, string>;
  blas: string[];
  timings: Record<string, Timing>;
}

function pythonTimings(xFile: string, yFile: string): PythonReport | undefined {
  // Some machines set OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE for old OpenBLAS builds; they slow a
  // current numpy down, so the child process runs without them.
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const script = join(import.meta.dirname, "lab_bench.py");
  const child = spawnSync("python3", [script, xFile, yFile, String(REPEATS), String(RESAMPLES)], {
    env,
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.error || child.status !== 0) {
    console.log(
      `numpy/scipy side skipped: ${child.error?.message ?? child.stderr.trim().split("\n").pop()}`,
    );
    return undefined;
  }
  return JSON.parse(child.stdout) as PythonReport;
}

function format(value: number | undefined, digits = 1): string {
  return value === undefined ? "n/a" : value.toFixed(digits);
}

function main(): void {
  const folder = mkdtempSync(join(tmpdir(), "lab-bench-"));
  const rows: string[][] = [];
  let versions = "";
  try {
    for (const size of SIZES) {
      const rng = createRng(`bench-${size}`);
      const x = rng.normals(size);
      const y = rng.normals(size);
      const xFile = join(folder, `x-${size}.f64`);
      const yFile = join(folder, `y-${size}.f64`);
      // Float64Array bytes are little-endian on every platform Node runs on; numpy reads "<f8".
      writeFileSync(xFile, new Uint8Array(x.buffer));
      writeFileSync(yFile, new Uint8Array(y.buffer));
      const node = nodeTimings(x, y);
      const python = pythonTimings(xFile, yFile);
      if (python)
        versions = `numpy ${python.versions.numpy}, scipy ${python.versions.scipy}; BLAS: ${python.blas.join(", ") || "unknown"}`;
      for (const [operation, nodeTiming] of Object.entries(node)) {
        const pythonTiming = python?.timings[operation];
        const ratio = (a: number, b: number | undefined) => (b === undefined ? undefined : a / b);
        const label = operation === "bootstrap" ? `bootstrap mean ×${RESAMPLES}` : operation;
        rows.push([
          label,
          size.toExponential(0).replace("+", ""),
          format(nodeTiming.wall),
          format(pythonTiming?.wall),
          format(ratio(nodeTiming.wall, pythonTiming?.wall), 2),
          format(nodeTiming.cpu),
          format(pythonTiming?.cpu),
          format(ratio(nodeTiming.cpu, pythonTiming?.cpu), 2),
        ]);
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const header = [
    "operation",
    "n",
    "node ms",
    "numpy/scipy ms",
    "ratio",
    "node cpu ms",
    "numpy/scipy cpu ms",
    "cpu ratio",
  ];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column] as number)).join("  ");
  console.log(`Node ${process.version}${versions ? `; ${versions}` : ""}`);
  console.log(
    `load average at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(", ")}`,
  );
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main();
