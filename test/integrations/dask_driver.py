"""Driver of test/integrations/dask.test.ts: a real dask.distributed LocalCluster (a scheduler and
worker processes over TCP on 127.0.0.1) scoring generated accounts with integrations/dask.

    /usr/bin/python3 dask_driver.py CONFIG.json

CONFIG: {"ndjson": path, "csv": path, "columns": [...], "as_of": ..., "command": [...],
         "path": PATH for the tool, "workers": 2, "partitions": 4, "out": dir}
Writes OUT/ndjson-results.ndjson and OUT/csv-results.ndjson (one result dict a line, in row
order) and OUT/report.json (cluster facts and the failures the bad runs raised).
"""

import json
import os
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster, get_task_stream

import repayplan_dask as rd


def write_results(path, results):
    with open(path, "w", encoding="utf-8") as f:
        for r in sorted(results, key=lambda r: r["row"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def failure_of(run):
    try:
        run()
    except Exception as e:  # the job must fail, with the tool's message
        return {"type": type(e).__name__, "message": str(e)}
    return None


def main():
    cfg = json.load(open(sys.argv[1], encoding="utf-8"))
    out = cfg["out"]
    env = {"PATH": cfg["path"], "LANG": "C.UTF-8"}
    common = dict(as_of=cfg["as_of"], command=tuple(cfg["command"]), env=env)
    report = {}
    started = time.monotonic()
    with LocalCluster(n_workers=cfg["workers"], threads_per_worker=1, processes=True, host="127.0.0.1",
                      protocol="tcp://", dashboard_address=None, local_directory=out,
                      silence_logs=40) as cluster, Client(cluster) as client:
        report["scheduler"] = cluster.scheduler_address
        info = client.scheduler_info()["workers"]
        report["workers"] = sorted(info.keys())
        report["worker_pids"] = sorted(client.run(os.getpid).values())
        report["driver_pid"] = os.getpid()
        report["cluster_start_s"] = time.monotonic() - started

        # 1. NDJSON lines read by Dask itself, cut into byte blocks (partitions end at line ends)
        size = os.path.getsize(cfg["ndjson"])
        # errors="replace": a bad byte becomes U+FFFD, and the tool rejects that row
        bag = db.read_text(cfg["ndjson"], blocksize=size // cfg["partitions"], errors="replace")
        report["ndjson_partitions"] = bag.npartitions
        t = time.monotonic()
        with get_task_stream(client) as ts:
            results = rd.score_bag(bag, **common).compute()
        report["ndjson_s"] = time.monotonic() - t
        report["ndjson_task_workers"] = sorted({x["worker"] for x in ts.data if "score_partition" in x["key"]})
        write_results(os.path.join(out, "ndjson-results.ndjson"), results)

        # 2. the CSV file with its header, as text lines: the first partition keeps the header
        # (--skip-header drops it there); the caller's key is the id cell of each line
        size = os.path.getsize(cfg["csv"])
        bag = db.read_text(cfg["csv"], blocksize=size // 3)
        report["csv_partitions"] = bag.npartitions
        t = time.monotonic()
        results = rd.score_bag(bag, columns=tuple(cfg["columns"]), skip_header=True,
                               key=lambda line: line.split(",", 1)[0], **common).compute()
        write_results(os.path.join(out, "csv-results.ndjson"), results)
        report["csv_s"] = time.monotonic() - t
        t = time.monotonic()

        # 3. a dask.dataframe read as text, keyed by its id column
        import dask.dataframe as dd
        ddf = dd.read_csv(cfg["csv_small"], dtype=str, keep_default_na=False, na_values=[], blocksize=None)
        ddf = ddf.repartition(npartitions=2)
        frame = rd.score_dataframe(ddf, key="id", **common).compute()
        frame.to_json(os.path.join(out, "frame-results.ndjson"), orient="records", lines=True, force_ascii=False)
        report["frame_s"] = time.monotonic() - t
        t = time.monotonic()

        # 4. runs that must fail the whole job, loudly
        small = db.from_sequence([{"id": "A", "principal": "100.00", "overdue_days": "3"}] * 6, npartitions=3)
        report["failures"] = {
            # a worker without node on its PATH (what Spark's empty pipe environment does)
            "no_node": failure_of(lambda: rd.score_bag(small, **{**common, "env": {"PATH": "/nonexistent"}}).compute()),
            # a program that is not there at all
            "no_program": failure_of(lambda: rd.score_bag(small, **{**common, "command": ("/nonexistent/repayplan",)}).compute()),
            # a fatal error of the tool (exit 2): a policy that does not exist
            "fatal": failure_of(lambda: rd.score_bag(small, policy="no-such-preset", **common).compute()),
            # a float amount never travels: the caller must pass text
            "float": failure_of(lambda: rd.score_bag(db.from_sequence([{"principal": 0.1, "overdue_days": "3"}]), **common).compute()),
        }
        report["failures_s"] = time.monotonic() - t
        t = time.monotonic()
    report["shutdown_s"] = time.monotonic() - t
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
