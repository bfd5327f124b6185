#!/usr/bin/python3
"""Scaling of the Dask integration (issue #14) against one `repayplan batch` process.

    npm run build
    /usr/bin/python3 bench/dask-scaling.py [--rows 200000] [--partitions 4] [--workers 1,2,4] [--startup-runs 10]

Generates ROWS accounts as NDJSON under bench/out/ (bench/gen-accounts.mjs, gitignored), then
times on this machine:
  - one process: `repayplan batch FILE --format ndjson --errors inline -o /dev/null` with --jobs 1 and 2;
  - Dask: a LocalCluster of W worker processes (1 thread each, TCP on 127.0.0.1) scoring the
    file read by dask.bag.read_text in PARTITIONS partitions through integrations/dask
    (row counting pass included, results counted on the workers); the cluster start is apart;
  - the start-up of one partition: `repayplan batch` on a one-row input, median of N runs, with
    `node -e 0` for reference.
Prints a Markdown table for bench/RESULTS.md. Needs python3-distributed (Debian).
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "integrations", "dask"))

import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import repayplan_dask as rd  # noqa: E402

NODE = subprocess.run(["node", "-p", "process.execPath"], capture_output=True, text=True, check=True).stdout.strip()
BIN = os.path.join(ROOT, "bin", "repayplan.js")
AS_OF = "2026-01-15"


def load():
    return open("/proc/loadavg").read().split()[:3]


def wall(argv, stdin=None):
    t = time.monotonic()
    p = subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(argv)} failed ({p.returncode}): {p.stderr.decode()}")
    return time.monotonic() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument("--startup-runs", type=int, default=10)
    args = ap.parse_args()
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    path = os.path.join(HERE, "out", f"accounts-{args.rows}.ndjson")
    if not os.path.exists(path):
        subprocess.run([NODE, os.path.join(HERE, "gen-accounts.mjs"), "--count", str(args.rows), "--format", "ndjson", "--out", path], check=True)
    rows = args.rows
    report = {"machine": f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}, Node {subprocess.run([NODE, '-v'], capture_output=True, text=True).stdout.strip()}, Python {platform.python_version()}",
              "load_before": load(), "rows": rows, "partitions": args.partitions, "runs": []}

    # start-up of one partition
    one = os.path.join(HERE, "out", "one.ndjson")
    with open(one, "w") as f:
        f.write('{"id":"A","principal":"20000.00","overdueDays":95}\n')
    bare = [wall([NODE, "-e", "0"]) for _ in range(args.startup_runs)]
    starts = []
    for _ in range(args.startup_runs):
        with open(one, "rb") as f:
            starts.append(wall([NODE, BIN, "batch", "--input-format", "ndjson", "--format", "ndjson", "--as-of", AS_OF, "--jobs", "1", "--no-progress"], stdin=f))
    report["startup_median_s"] = statistics.median(starts)
    report["node_e0_median_s"] = statistics.median(bare)

    for jobs in (1, 2):
        s = wall([NODE, BIN, "batch", path, "--format", "ndjson", "--errors", "inline", "--as-of", AS_OF, "--jobs", str(jobs), "--no-progress", "-o", "/dev/null"])
        report["runs"].append({"what": f"one process, --jobs {jobs}", "seconds": s, "rows_per_s": rows / s, "load": load()})

    size = os.path.getsize(path)
    env = {"PATH": os.path.dirname(NODE) + ":/usr/bin:/bin", "LANG": "C.UTF-8"}
    for w in [int(x) for x in args.workers.split(",")]:
        t = time.monotonic()
        with LocalCluster(n_workers=w, threads_per_worker=1, processes=True, host="127.0.0.1", protocol="tcp://",
                          dashboard_address=None, silence_logs=40, local_directory=os.path.join(HERE, "out")) as cluster, Client(cluster) as client:
            started = time.monotonic() - t
            client.run(lambda: None)
            bag = db.read_text(path, blocksize=size // args.partitions)
            t = time.monotonic()
            n = sum(rd.score_bag(bag, as_of=AS_OF, command=(BIN,), env=env).map_partitions(lambda p: [len(p)]).compute())
            s = time.monotonic() - t
        if n != rows:
            raise SystemExit(f"{w} workers: {n} rows back for {rows}")
        report["runs"].append({"what": f"Dask, {w} worker process{'es' if w > 1 else ''}, {bag.npartitions} partitions", "seconds": s, "rows_per_s": rows / s,
                               "cluster_start_s": started, "load": load()})
    report["load_after"] = load()
    json.dump(report, sys.stderr, indent=1)
    print(f"\n{report['machine']}; {rows} rows; load average before {' '.join(report['load_before'])}, after {' '.join(report['load_after'])}\n")
    print("| run | wall | rows/s | load (1 min) at the end |")
    print("|---|---|---|---|")
    for r in report["runs"]:
        extra = f" (+ {r['cluster_start_s']:.1f} s cluster start)" if "cluster_start_s" in r else ""
        print(f"| {r['what']} | {r['seconds']:.1f} s{extra} | {r['rows_per_s']:,.0f} | {r['load'][0]} |")
    print(f"\nstart-up of one partition (1-row input, median of {args.startup_runs}): {report['startup_median_s']:.3f} s; `node -e 0`: {report['node_e0_median_s']:.3f} s")


if __name__ == "__main__":
    main()
