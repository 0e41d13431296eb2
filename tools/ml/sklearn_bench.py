#!/usr/bin/python3
"""Times scikit-learn on the tasks of the ML benchmarks (bench/src/main/java/org/chagres/bench/ml)
and writes JMH-format JSON rows with the parameter impl=sklearn, so that bin/report puts them
beside Chagres and Smile. bin/report runs it after the JMH run and saves its rows as sklearn.json.

  /usr/bin/python3 tools/ml/sklearn_bench.py OUT.json [--quick] [--only KnnBench.predict,...]
      [--data digits,blobs] [--warmups N] [--iterations N] [--iteration-ms MS]

Tasks, each the same work and the same hyperparameters as its Java benchmark:
  KMeansBench.fit        KMeans(n_clusters=10, init="k-means++", n_init=1, max_iter=300,
                         tol=1e-4): Chagres KMeans.withK(10).withRestarts(1) (defaults 300
                         iterations, tolerance 1e-4 relative to the mean feature variance, the
                         rule scikit-learn uses)
  KnnBench.predict       KNeighborsClassifier(n_neighbors=5, algorithm="brute") fitted on the
                         whole set (outside the timing, like the Java @Setup), predicting its
                         first 1000 rows
  LogisticBench.fit      LogisticRegression(C=1.0, max_iter=100, tol=1e-4), lbfgs; with 10
                         classes scikit-learn 1.2 fits the multinomial model, like Chagres's
                         L-BFGS softmax regression (C = 1, intercept, 100 iterations, tol 1e-4)
  ForestBench.fit        RandomForestClassifier(n_estimators=100): Gini, sqrt(d) features per
                         split, unlimited depth, bootstrap, as Chagres's defaults
  PcaBench.fitTransform  PCA(n_components=10, svd_solver="full").fit_transform: an SVD of the
                         centred data, like Chagres's Pca (scikit-learn's "auto" could pick a
                         randomized or covariance solver, a different algorithm)

Data, as MlData.java builds it: "digits" is scikit-learn's load_digits (1797 x 64, 10 classes;
Chagres bundles the same UCI set); "blobs" is 100 000 x 50 points, label i % 10, around 10
centres uniform in [-10, 10]^50 with unit variance, seed 42. numpy's generator is not Java's
SplittableRandom, so the blob points differ from the Java ones; the distribution is the same.

Threads, the `threads` parameter of the Java benchmarks:
  "1"    threadpoolctl.threadpool_limits(1) (the BLAS and OpenMP pools: what OMP_NUM_THREADS=1
         and OPENBLAS_NUM_THREADS=1 would set, changed inside one process) and n_jobs=1 where the
         estimator has n_jobs (kNN, random forest). Java: Chagres with 1 thread.
  "all"  no thread limit (scikit-learn's defaults: OpenMP and BLAS use every core) and
         n_jobs=-1 (every core). Java: Runtime.availableProcessors() threads for Chagres.
Smile runs only threads=1 except the forest, as in the Java benchmarks.

Timing follows JMH's modes with the settings bin/report passes (--quick: its quick defaults,
2 warm-up and 3 measured iterations of 300 ms; otherwise 3 and 5 of 500 ms; JMH's second fork of
--full has no counterpart here): ForestBench is single-shot like its Java @BenchmarkMode, one
call per iteration; the others are average time, calling the task until the iteration's time has
passed (at least once) and dividing. The score is the mean over the measured iterations in ms/op;
scoreError is JMH's: the half width of the 99.9 % Student-t interval (NaN with one iteration).
The output is rewritten after every row, so that rows finished before a failure are kept; a
task that throws is reported on stderr and the others go on (exit status 3 at the end).
"""
import argparse
import json
import math
import os
import sys
import time
import traceback
import warnings

import numpy as np
import scipy.stats
import sklearn
from sklearn import datasets
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from threadpoolctl import threadpool_limits

PACKAGE = "org.chagres.bench.ml."
TASKS = ["KMeansBench.fit", "KnnBench.predict", "LogisticBench.fit", "ForestBench.fit",
         "PcaBench.fitTransform"]
SINGLE_SHOT = {"ForestBench.fit"}


def blobs():
    rng = np.random.default_rng(42)
    centres = rng.uniform(-10, 10, size=(10, 50))
    y = np.arange(100_000) % 10
    return centres[y] + rng.standard_normal((100_000, 50)), y


def load(name):
    if name == "digits":
        x, y = datasets.load_digits(return_X_y=True)
        return x.astype(np.float64), y
    if name == "blobs":
        return blobs()
    raise SystemExit("sklearn_bench: unknown data set, got " + name)


def task(name, x, y, jobs):
    """The timed call of one task; set-up (the kNN fit) happens here, outside the timing."""
    if name == "KMeansBench.fit":
        return lambda: KMeans(n_clusters=10, init="k-means++", n_init=1, max_iter=300,
                              tol=1e-4, random_state=0).fit(x).inertia_
    if name == "KnnBench.predict":
        knn = KNeighborsClassifier(n_neighbors=5, algorithm="brute", n_jobs=jobs).fit(x, y)
        queries = x[:1000]
        return lambda: knn.predict(queries)
    if name == "LogisticBench.fit":
        return lambda: LogisticRegression(C=1.0, max_iter=100, tol=1e-4).fit(x, y)
    if name == "ForestBench.fit":
        return lambda: RandomForestClassifier(n_estimators=100, n_jobs=jobs,
                                              random_state=0).fit(x, y)
    if name == "PcaBench.fitTransform":
        return lambda: PCA(n_components=10, svd_solver="full").fit_transform(x)
    raise SystemExit("sklearn_bench: unknown task, expected one of %s, got %s"
                     % (", ".join(TASKS), name))


def iteration(call, single, budget_s):
    """Milliseconds per call over one iteration: one call, or calls until budget_s passed."""
    calls = 0
    t0 = time.perf_counter()
    while True:
        call()
        calls += 1
        elapsed = time.perf_counter() - t0
        if single or elapsed >= budget_s:
            return elapsed * 1000 / calls


def measure(call, single, warmups, iterations, budget_s):
    for _ in range(warmups):
        iteration(call, single, budget_s)
    return [iteration(call, single, budget_s) for _ in range(iterations)]


def record(name, data, threads, times_ms, args):
    n = len(times_ms)
    mean = float(np.mean(times_ms))
    err = (float(scipy.stats.t.ppf(0.9995, n - 1) * np.std(times_ms, ddof=1) / math.sqrt(n))
           if n > 1 else "NaN")
    single = name in SINGLE_SHOT
    return {
        "benchmark": PACKAGE + name,
        "mode": "ss" if single else "avgt",
        "threads": 1,
        "forks": 1,
        "jvm": "python " + sys.version.split()[0] + ", scikit-learn " + sklearn.__version__
               + ", numpy " + np.__version__,
        "warmupIterations": args.warmups,
        "warmupTime": "single-shot" if single else "%d ms" % args.iteration_ms,
        "measurementIterations": args.iterations,
        "measurementTime": "single-shot" if single else "%d ms" % args.iteration_ms,
        "params": {"impl": "sklearn", "data": data, "threads": threads},
        "primaryMetric": {"score": mean, "scoreError": err,
                          "scoreConfidence": [mean - err, mean + err] if n > 1 else [mean, mean],
                          "scoreUnit": "ms/op", "rawData": [times_ms]},
        "secondaryMetrics": {},
    }


def write(out, results):
    tmp = out + ".tmp"
    with open(tmp, "w") as f:
        json.dump(results, f, indent=1)
    os.replace(tmp, out)


def parse(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("out", help="JSON file to write (JMH's result format)")
    p.add_argument("--quick", action="store_true",
                   help="bin/report's quick mode: digits only, 2x300 ms warm-up, 3x300 ms")
    p.add_argument("--only", help="comma-separated tasks, e.g. PcaBench.fitTransform")
    p.add_argument("--data", help="comma-separated data sets (default: digits with --quick,"
                                  " else digits,blobs)")
    p.add_argument("--warmups", type=int)
    p.add_argument("--iterations", type=int)
    p.add_argument("--iteration-ms", type=int)
    a = p.parse_args(argv)
    a.tasks = a.only.split(",") if a.only else TASKS
    for t in a.tasks:
        if t not in TASKS:
            p.error("unknown task, expected one of %s, got %s" % (", ".join(TASKS), t))
    a.data = a.data.split(",") if a.data else (["digits"] if a.quick else ["digits", "blobs"])
    a.warmups = a.warmups if a.warmups is not None else (2 if a.quick else 3)
    a.iterations = a.iterations if a.iterations is not None else (3 if a.quick else 5)
    a.iteration_ms = a.iteration_ms if a.iteration_ms is not None else (300 if a.quick else 500)
    if a.warmups < 0 or a.iterations < 1 or a.iteration_ms < 1:
        p.error("need warmups >= 0, iterations >= 1, iteration-ms >= 1, got %d, %d, %d"
                % (a.warmups, a.iterations, a.iteration_ms))
    return a


def main(argv):
    args = parse(argv)
    # lbfgs stopping at max_iter=100 is the benchmarked work, not a problem to report
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    results = []
    failed = 0
    write(args.out, results)
    for data in args.data:
        x, y = load(data)
        for threads in ["1", "all"]:
            jobs = 1 if threads == "1" else -1
            with threadpool_limits(limits=1 if threads == "1" else None):
                for name in args.tasks:
                    try:
                        times = measure(task(name, x, y, jobs), name in SINGLE_SHOT,
                                        args.warmups, args.iterations, args.iteration_ms / 1000)
                    except Exception:  # one task failing must not lose the others
                        failed += 1
                        print("sklearn_bench: %s data=%s threads=%s failed:" % (name, data,
                              threads), file=sys.stderr)
                        traceback.print_exc()
                        continue
                    results.append(record(name, data, threads, times, args))
                    write(args.out, results)
                    print("%-22s data=%-6s threads=%-3s %12.3f ms/op" % (name, data, threads,
                          float(np.mean(times))), flush=True)
    return 3 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
