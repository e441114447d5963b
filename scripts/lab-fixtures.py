"""Write src/lab/__fixtures__/scipy-reference.json: reference values for the lab's statistics.

Every expected number in the lab's fixture tests comes from here: scipy/numpy on random cases
drawn with a fixed seed, plus Evidently's PSI/binning rules re-implemented in numpy exactly as
in evidently `legacy/calculations/stattests/utils.py`, and Kayenta's Hodges-Lehmann interval
(R's wilcox.test normal-approximation root finding) solved with scipy's brentq.

Run: python3 scripts/lab-fixtures.py   (needs numpy and scipy)
"""

import json
import math
import pathlib

import numpy as np
import scipy
from scipy import special, stats
from scipy.spatial import distance

SEED = 20240611
rng = np.random.default_rng(SEED)
OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "src/lab/__fixtures__/scipy-reference.json"


def floats(values):
    return [float(v) for v in values]


def sample(size, decimals=4, loc=0.0, scale=1.0):
    """A normal sample rounded so the JSON stays small; rounding also creates a few ties."""
    return floats(np.round(rng.normal(loc, scale, size), decimals))


def special_cases():
    xs = floats(np.concatenate([rng.uniform(-9, 9, 30), [-38, -20, -5, -1, 0, 0.5, 1, 3, 8.5, 30]]))
    ps = floats(np.concatenate([rng.uniform(0, 1, 30), [1e-300, 1e-30, 1e-10, 1e-3, 0.5, 0.999, 1 - 1e-12]]))
    ks = floats(np.concatenate([rng.uniform(0.02, 3, 30), [0.05, 0.3, 0.82, 0.83, 1.0, 2.5, 6.0]]))
    gamma_cases = []
    for _ in range(40):
        a = float(np.round(rng.choice([rng.uniform(0.1, 5), rng.uniform(5, 200), rng.uniform(200, 3000)]), 3))
        x = float(np.round(a * rng.uniform(0.3, 2.0), 3))
        gamma_cases.append([a, x, float(special.gammainc(a, x)), float(special.gammaincc(a, x))])
    beta_cases = []
    for _ in range(40):
        a = float(np.round(rng.uniform(0.2, 60), 2))
        b = float(np.round(rng.uniform(0.2, 60), 2))
        x = float(np.round(rng.uniform(0.001, 0.999), 4))
        beta_cases.append([x, a, b, float(special.betainc(a, b, x))])
    beta_quantiles = []
    for _ in range(40):
        a = float(rng.integers(1, 400))
        b = float(rng.integers(1, 400))
        p = float(rng.choice([0.005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.995, rng.uniform()]))
        beta_quantiles.append([p, a, b, float(stats.beta.ppf(p, a, b))])
    log_gammas = floats(np.concatenate([rng.uniform(0.01, 30, 20), [0.5, 1, 1.5, 2, 3, 10, 100.5, 1e5]]))
    chi2 = []
    for _ in range(20):
        dof = int(rng.integers(1, 60))
        x = float(np.round(rng.uniform(0, 3 * dof + 10), 3))
        chi2.append([x, dof, float(stats.chi2.sf(x, dof))])
    kstwo = []
    for n in [1, 2, 3, 5, 8, 13, 40, 100, 140, 141, 500, 2000, 10000, 60000, 150000]:
        for x in [0.5 / n + 1e-3, 1.5 / n, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7]:
            if x < 1:
                kstwo.append([n, x, float(stats.kstwo.sf(x, n))])
    return {
        "normalCdf": [[x, float(special.ndtr(x))] for x in xs],
        "normalQuantile": [[p, float(special.ndtri(p))] for p in ps],
        "kolmogorov": [[x, float(special.kolmogorov(x))] for x in ks],
        "logGamma": [[x, float(special.gammaln(x))] for x in log_gammas],
        "gammainc": gamma_cases,
        "betainc": beta_cases,
        "betaPpf": beta_quantiles,
        "chi2Sf": chi2,
        "kstwoSf": kstwo,
    }


def ks_cases():
    cases = []
    sizes = [(3, 5), (8, 10), (10, 10), (12, 7), (20, 20), (25, 40), (33, 17), (50, 60), (7, 90), (100, 80)]
    for n1, n2 in sizes:
        for shift, decimals in [(0.0, 4), (0.6, 4), (0.3, 1)]:
            x = sample(n1, decimals)
            y = sample(n2, decimals, loc=shift)
            for method in ["auto", "asymp"]:
                result = stats.ks_2samp(x, y, method=method)
                cases.append({"x": x, "y": y, "method": method,
                              "statistic": float(result.statistic), "pvalue": float(result.pvalue)})
    # Above 10000 values "auto" switches to the asymptotic p-value.
    for n1, n2, decimals in [(1200, 900, 3), (10500, 40, 2)]:
        x = sample(n1, decimals)
        y = sample(n2, decimals, loc=0.1)
        result = stats.ks_2samp(x, y)
        cases.append({"x": x, "y": y, "method": "auto",
                      "statistic": float(result.statistic), "pvalue": float(result.pvalue)})
    return cases


def mann_whitney_cases():
    cases = []
    for n1, n2 in [(3, 4), (5, 5), (6, 8), (8, 8), (4, 12), (7, 30), (9, 9), (15, 20), (40, 35), (120, 90)]:
        for shift, decimals in [(0.0, 4), (0.8, 4), (0.4, 0)]:
            x = sample(n1, decimals)
            y = sample(n2, decimals, loc=shift)
            for method, continuity in [("auto", True), ("asymptotic", False)]:
                result = stats.mannwhitneyu(x, y, method=method, use_continuity=continuity)
                cases.append({"x": x, "y": y, "method": "auto" if method == "auto" else "asymp",
                              "useContinuity": continuity,
                              "statistic": float(result.statistic), "pvalue": float(result.pvalue)})
    for n1, n2 in [(6, 40), (10, 12)]:
        x = sample(n1, 4)
        y = sample(n2, 4, loc=0.5)
        result = stats.mannwhitneyu(x, y, method="exact")
        cases.append({"x": x, "y": y, "method": "exact", "useContinuity": True,
                      "statistic": float(result.statistic), "pvalue": float(result.pvalue)})
    return cases


def chi_square_cases():
    goodness = []
    for _ in range(20):
        k = int(rng.integers(2, 9))
        observed = rng.integers(0, 60, k).astype(float)
        observed[0] += 1
        weights = rng.uniform(0.2, 1.0, k)
        expected = weights / weights.sum() * observed.sum()
        result = stats.chisquare(observed, expected)
        goodness.append({"observed": floats(observed), "expected": floats(expected),
                         "statistic": float(result.statistic), "pvalue": float(result.pvalue)})
    for _ in range(5):
        observed = rng.integers(1, 40, int(rng.integers(2, 7))).astype(float)
        result = stats.chisquare(observed)
        goodness.append({"observed": floats(observed), "statistic": float(result.statistic),
                         "pvalue": float(result.pvalue)})
    contingency = []
    for rows, columns in [(2, 2)] * 8 + [(2, 3), (3, 2), (3, 4), (4, 4), (2, 5)]:
        table = rng.integers(1, 50, (rows, columns))
        for correction in [True, False]:
            result = stats.chi2_contingency(table, correction=correction)
            contingency.append({"table": table.tolist(), "correction": correction,
                                "statistic": float(result.statistic), "pvalue": float(result.pvalue),
                                "dof": int(result.dof), "expected": result.expected_freq.tolist()})
    # Small differences exercise Yates' clipping rule min(0.5, |e - o|).
    for table in [[[10, 10], [10, 11]], [[5, 5], [5, 5]], [[3, 7], [8, 2]]]:
        result = stats.chi2_contingency(table)
        contingency.append({"table": table, "correction": True,
                            "statistic": float(result.statistic), "pvalue": float(result.pvalue),
                            "dof": int(result.dof), "expected": result.expected_freq.tolist()})
    return goodness, contingency


def distance_cases():
    js = []
    for _ in range(20):
        k = int(rng.integers(2, 10))
        p = rng.uniform(0, 10, k)
        q = rng.uniform(0, 10, k)
        p[rng.integers(0, k)] = 0.0
        js.append({"p": floats(p), "q": floats(q),
                   "distance": float(distance.jensenshannon(p, q)),
                   "distanceBase2": float(distance.jensenshannon(p, q, base=2)),
                   "kl": float(stats.entropy(q, p + 0.5)), "klBase2": float(stats.entropy(q, p + 0.5, base=2))})
    wasserstein = []
    for n1, n2 in [(1, 1), (5, 3), (10, 10), (30, 45), (100, 7), (250, 300)]:
        for decimals in [4, 1]:
            u = sample(n1, decimals)
            v = sample(n2, decimals, loc=0.4, scale=1.3)
            wasserstein.append({"u": u, "v": v, "distance": float(stats.wasserstein_distance(u, v)),
                                "normed": float(stats.wasserstein_distance(u, v) / max(np.std(u), 0.001))})
    return js, wasserstein


def descriptive_cases():
    cases = []
    qs = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.9, 0.99, 1.0]
    for size in [1, 2, 3, 4, 7, 10, 51, 200]:
        for decimals in [6, 0]:
            values = sample(size, decimals, scale=5)
            cases.append({"values": values, "qs": qs, "quantiles": floats(np.quantile(values, qs)),
                          "median": float(np.median(values)), "mean": float(np.mean(values)),
                          "variance": float(np.var(values)),
                          "std1": float(np.std(values, ddof=1)) if size > 1 else None})
    return cases


def interval_cases():
    cases = []
    for total, successes, confidence in [(10, 0, 0.95), (10, 10, 0.95), (10, 8, 0.95), (1, 0, 0.9), (1, 1, 0.99),
                                         (100, 37, 0.95), (250, 3, 0.99), (1000, 512, 0.9), (37, 36, 0.8),
                                         (5000, 4990, 0.95), (20, 1, 0.98), (60, 30, 0.5)]:
        alpha = 1 - confidence
        lower = 0.0 if successes == 0 else float(stats.beta.ppf(alpha / 2, successes, total - successes + 1))
        upper = 1.0 if successes == total else float(stats.beta.isf(alpha / 2, successes + 1, total - successes))
        crit = stats.norm.isf(alpha / 2)
        share = successes / total
        denominator = 1 + crit**2 / total
        center = (share + crit**2 / (2 * total)) / denominator
        half = crit * np.sqrt(share * (1 - share) / total + crit**2 / (4 * total**2)) / denominator
        cases.append({"successes": successes, "total": total, "confidence": confidence,
                      "clopperPearson": [lower, upper],
                      "wilson": [0.0 if successes == 0 else float(center - half),
                                 1.0 if successes == total else float(center + half)]})
    return cases


def evidently_binned(reference, current, numeric):
    """numpy re-implementation of evidently legacy get_binned_data (raw shares, no filling)."""
    reference = np.asarray(reference)
    current = np.asarray(current)
    if numeric and len(np.unique(reference)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
        ref = np.histogram(reference, edges)[0] / len(reference)
        cur = np.histogram(current, edges)[0] / len(current)
        return {"edges": floats(edges)}, ref, cur
    keys = sorted(set(reference.tolist()) | set(current.tolist()))
    ref = np.array([np.sum(reference == key) for key in keys]) / len(reference)
    cur = np.array([np.sum(current == key) for key in keys]) / len(current)
    return {"bins": keys}, ref, cur


def fill_zeroes(shares):
    shares = shares.astype(float).copy()
    smallest = min(shares[shares != 0])
    np.place(shares, shares == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return shares


def psi_cases():
    cases = []
    for size_ref, size_cur, shift, decimals in [(50, 40, 0.0, 3), (100, 100, 0.5, 3), (300, 200, 1.0, 2),
                                                (500, 800, 0.2, 4), (64, 64, 3.0, 3), (1000, 30, 0.1, 3),
                                                (40, 60, 0.3, 0), (200, 200, 0.0, 1), (25, 25, 2.0, 3)]:
        reference = sample(size_ref, decimals, scale=2)
        current = sample(size_cur, decimals, loc=shift, scale=2)
        binning, ref, cur = evidently_binned(reference, current, True)
        ref_filled, cur_filled = fill_zeroes(ref), fill_zeroes(cur)
        value = float(np.sum((ref_filled - cur_filled) * np.log(ref_filled / cur_filled)))
        cases.append({"reference": reference, "current": current, "categorical": False, **binning,
                      "referenceShares": floats(ref), "currentShares": floats(cur), "psi": value,
                      "jensenShannon": float(distance.jensenshannon(ref, cur))})
    letters = list("abcdefghij")
    for size_ref, size_cur, k in [(100, 100, 3), (500, 300, 6), (20, 1000, 4), (50, 50, 8), (3000, 12, 5)]:
        reference = list(rng.choice(letters[:k], size_ref, p=rng.dirichlet(np.ones(k))))
        current = list(rng.choice(letters[: k + 1], size_cur, p=rng.dirichlet(np.ones(k + 1))))
        binning, ref, cur = evidently_binned(reference, current, False)
        ref_filled, cur_filled = fill_zeroes(ref), fill_zeroes(cur)
        value = float(np.sum((ref_filled - cur_filled) * np.log(ref_filled / cur_filled)))
        cases.append({"reference": [str(v) for v in reference], "current": [str(v) for v in current],
                      "categorical": True, "bins": [str(v) for v in binning["bins"]],
                      "referenceShares": floats(ref), "currentShares": floats(cur), "psi": value,
                      "jensenShannon": float(distance.jensenshannon(ref, cur))})
    return cases


def kayenta_interval(control, experiment, confidence):
    """Kayenta MannWhitney.calculateConfidenceInterval, solved with brentq (xtol 1e-12)."""
    x = np.asarray(experiment, float)
    y = np.asarray(control, float)
    m, n = len(x), len(y)

    def wilcoxon_difference(mu, zq):
        ranks = stats.rankdata(np.concatenate([x - mu, y]))
        dz = ranks[:m].sum() - m * (m + 1) / 2 - m * n / 2
        _, ties = np.unique(ranks, return_counts=True)
        sigma = math.sqrt(m * n / 12 * ((m + n + 1) - np.sum(ties**3 - ties) / ((m + n) * (m + n - 1))))
        return (dz - np.sign(dz) * 0.5) / sigma - zq

    mu_min, mu_max = x.min() - y.max(), x.max() - y.min()
    zq = stats.norm.ppf((1 - confidence) / 2)

    def root(target):
        if wilcoxon_difference(mu_min, target) <= 0:
            return float(mu_min)
        if wilcoxon_difference(mu_max, target) >= 0:
            return float(mu_max)
        from scipy.optimize import brentq
        return float(brentq(lambda mu: wilcoxon_difference(mu, target), mu_min, mu_max, xtol=1e-12))

    differences = (x[:, None] - y[None, :]).ravel()
    return float(np.median(differences)), root(-zq), root(zq)


def hodges_lehmann_cases():
    cases = []
    for n_control, n_experiment, shift, decimals in [(10, 10, 5.0, 0), (12, 9, 0.0, 2), (30, 25, 1.0, 1),
                                                     (8, 15, -2.0, 2), (40, 40, 0.2, 3), (5, 6, 1.0, 0)]:
        control = sample(n_control, decimals, loc=100, scale=3)
        experiment = sample(n_experiment, decimals, loc=100 + shift, scale=3)
        for confidence in [0.98, 0.9]:
            estimate, lower, upper = kayenta_interval(control, experiment, confidence)
            cases.append({"control": control, "experiment": experiment, "confidence": confidence,
                          "estimate": estimate, "lower": lower, "upper": upper})
    return cases


def main():
    goodness, contingency = chi_square_cases()
    js, wasserstein = distance_cases()
    data = {
        "generator": "scripts/lab-fixtures.py",
        "seed": SEED,
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "special": special_cases(),
        "ks2samp": ks_cases(),
        "mannwhitneyu": mann_whitney_cases(),
        "chisquare": goodness,
        "chi2Contingency": contingency,
        "jensenShannon": js,
        "wasserstein": wasserstein,
        "descriptive": descriptive_cases(),
        "intervals": interval_cases(),
        "psi": psi_cases(),
        "hodgesLehmann": hodges_lehmann_cases(),
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # json writes floats with repr(), the shortest string that round-trips exactly.
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
