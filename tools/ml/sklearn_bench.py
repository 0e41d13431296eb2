#!/usr/bin/python3
"""Times scikit-learn on the tasks of the ML benchmarks (bench/src/main/java/org/chagres/bench/ml)
and writes the results as JMH-format JSON, so the report puts them beside Chagres and Smile.

Same data as MlData.java: the digits set, and 100 000 x 50 points from 10 Gaussian blobs (numpy
generator, seed 42; the points differ from the Java generator's, the distribution is the same).
Each task runs 1 warm-up and 3 timed repetitions with 1 thread (threadpoolctl limits BLAS and
OpenMP) and with the default thread count.

  /usr/bin/python3 tools/ml/sklearn_bench.py OUT.json [--quick]
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn import datasets
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from threadpoolctl import threadpool_limits


def blobs():
    rng = np.random.default_rng(42)
    centres = rng.uniform(-10, 10, size=(10, 50))
    y = np.arange(100_000) % 10
    return centres[y] + rng.standard_normal((100_000, 50)), y


def tasks(x, y, jobs):
    q = x[:1000]
    knn = KNeighborsClassifier(n_neighbors=5, algorithm="brute", n_jobs=jobs).fit(x, y)
    return {
        "KMeansBench.fit": lambda: KMeans(n_clusters=10, n_init=1, init="k-means++",
                                          max_iter=300, tol=1e-4, random_state=0).fit(x).inertia_,
        "KnnBench.predict": lambda: knn.predict(q),
        "LogisticBench.fit": lambda: LogisticRegression(C=1.0, max_iter=100, tol=1e-4)
        .fit(x, y),
        "ForestBench.fit": lambda: RandomForestClassifier(n_estimators=100, n_jobs=jobs,
                                                          random_state=0).fit(x, y),
        "PcaBench.fitTransform": lambda: PCA(n_components=10, svd_solver="full").fit_transform(x),
    }


def record(name, data, threads, times_ms):
    mean = float(np.mean(times_ms))
    # half-width of a 95% Student-t interval over the 3 repetitions (t = 4.303 for 2 degrees
    # of freedom); JMH reports 99.9% intervals, so this error bar is the narrower of the two
    err = float(np.std(times_ms, ddof=1) * 4.303 / np.sqrt(len(times_ms)))
    single = name.startswith("ForestBench")
    return {
        "benchmark": "org.chagres.bench.ml." + name,
        "mode": "ss" if single else "avgt",
        "threads": 1, "forks": 1,
        "jvm": "python " + sys.version.split()[0] + ", scikit-learn " + sklearn.__version__,
        "params": {"impl": "sklearn", "data": data, "threads": threads},
        "primaryMetric": {"score": mean, "scoreError": err,
                          "scoreConfidence": [mean - err, mean + err],
                          "scoreUnit": "ms/op", "rawData": [times_ms]},
        "secondaryMetrics": {},
    }


def main():
    out = sys.argv[1]
    quick = "--quick" in sys.argv
    sets = {"digits": datasets.load_digits(return_X_y=True)}
    if not quick:
        sets["blobs"] = blobs()
    results = []
    for data, (x, y) in sets.items():
        for threads in ["1", "all"]:
            limit = 1 if threads == "1" else None
            jobs = 1 if threads == "1" else -1
            with threadpool_limits(limits=limit):
                for name, task in tasks(x, y, jobs).items():
                    task()   # warm-up
                    times = []
                    for _ in range(3):
                        t0 = time.perf_counter()
                        task()
                        times.append((time.perf_counter() - t0) * 1000)
                    results.append(record(name, data, threads, times))
                    print("%-24s %-6s threads=%-3s %10.1f ms" % (name, data, threads,
                                                               np.mean(times)), flush=True)
    with open(out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
