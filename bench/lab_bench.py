"""numpy/scipy side of bench/lab.bench.ts: time the same statistics on the same data.

Usage: python3 bench/lab_bench.py X_FILE Y_FILE REPEATS BOOTSTRAP_RESAMPLES
X_FILE and Y_FILE hold little-endian float64 values written by the Node side. Prints one JSON
object: {"versions": ..., "blas": ..., "timings": {operation: {"wall": ms, "cpu": ms}}} with
medians over the runs.
"""

import json
import statistics
import sys
import time

import numpy as np
import scipy
from scipy import stats


def evidently_psi(reference, current):
    """Evidently's PSI on numeric data (legacy get_binned_data + psi), numpy only."""
    if np.unique(reference).size > 20:
        edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
        ref = np.histogram(reference, edges)[0] / len(reference)
        cur = np.histogram(current, edges)[0] / len(current)
    else:
        keys = np.union1d(reference, current)
        ref = np.array([np.sum(reference == k) for k in keys]) / len(reference)
        cur = np.array([np.sum(current == k) for k in keys]) / len(current)
    for shares in (ref, cur):
        smallest = min(shares[shares != 0])
        np.place(shares, shares == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return float(np.sum((ref - cur) * np.log(ref / cur)))


def bootstrap_mean(sample, resamples, confidence=0.95):
    generator = np.random.default_rng(1)
    n = sample.size
    replicates = np.empty(resamples)
    for r in range(resamples):
        replicates[r] = sample[generator.integers(0, n, n)].mean()
    alpha = 1 - confidence
    return np.quantile(replicates, [alpha / 2, 1 - alpha / 2])


def timed(function, repeats):
    """Median wall-clock and CPU (process time) milliseconds over `repeats` runs."""
    wall, cpu = [], []
    for _ in range(repeats):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        function()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    return {"wall": statistics.median(wall), "cpu": statistics.median(cpu)}


def main():
    x = np.fromfile(sys.argv[1], dtype="<f8")
    y = np.fromfile(sys.argv[2], dtype="<f8")
    repeats = int(sys.argv[3])
    resamples = int(sys.argv[4])
    operations = {
        "ks2samp": lambda: stats.ks_2samp(x, y),
        "psi": lambda: evidently_psi(x, y),
        "wasserstein": lambda: stats.wasserstein_distance(x, y),
        "median": lambda: np.median(x),
        "mannWhitneyU": lambda: stats.mannwhitneyu(x, y),
    }
    timings = {name: timed(function, repeats) for name, function in operations.items()}
    bootstrap_repeats = 3 if x.size <= 100_000 else 1
    timings["bootstrap"] = timed(lambda: bootstrap_mean(x, resamples), bootstrap_repeats)
    try:
        from threadpoolctl import threadpool_info

        blas = [f"{info.get('internal_api')} {info.get('architecture')}" for info in threadpool_info()]
    except ImportError:
        blas = []
    print(json.dumps({"versions": {"numpy": np.__version__, "scipy": scipy.__version__},
                      "blas": blas, "timings": timings}))


if __name__ == "__main__":
    main()
