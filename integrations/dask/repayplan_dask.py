"""Score a portfolio with ``repayplan batch`` over the partitions of a Dask bag or dataframe.

Each partition runs one ``repayplan batch`` process in filter mode::

    repayplan batch --input-format ndjson|csv [--columns ...] [--skip-header] --encoding utf8
                    --format ndjson --errors inline --as-of DATE --row-offset N
                    --jobs 1 --no-progress [--policy ...]

fed on stdin, one line per element. With ``--errors inline`` the tool writes exactly one output
line per input row, in input order: a scored account, or a rejected row
``{"id","row","line","error"}``. That is what lets every element keep its key, and the checks
below make sure no row is ever lost without the job failing.

Every partition is checked, and any failure raises :class:`RepayplanError` in the task, so Dask
fails the whole ``compute()`` with the command's stderr:

* exit 0 (every row scored) and 3 (some rows rejected: they come back with ``status
  "rejected"``) are fine; 2 (a fatal error: bad policy, unreadable input), 1 (a bug), 127
  (command not found), a signal or a missing executable fail the job;
* the number of output lines, the summary ``read N = scored S + rejected R`` on stderr and the
  exit code must all agree with the rows sent; every rejected row's number must be the one this
  module expected (``--row-offset`` gives partitions global row numbers);
* the command runs with an explicit environment (``env``, with ``PATH``), never the worker's, so
  a worker that lacks ``node`` fails loudly instead of giving zero rows.

Results are dicts ``{"key": K, "row": N, "status": "scored" | "rejected", "result": {...}}``
where ``result`` is the tool's NDJSON line (the scored columns, or ``{"id","row","line","error"}``)
and ``row`` the 1-based global row number. ``key`` is the caller's key for the element.

Sizing: every partition pays one process start-up (~0.25 s for Node and the policy), so give
each partition 50,000 rows or more (see docs/distributed.md and bench/RESULTS.md).

Workers import this module: put it on their ``PYTHONPATH`` or ``client.upload_file(__file__)``.
Requires dask and distributed (Debian: ``apt-get install python3-dask python3-distributed``).
"""

from __future__ import annotations

import json
import math
import os
import re
import socket
import subprocess
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

__all__ = ["RepayplanError", "Spec", "count_rows", "score_partition", "score_bag", "score_dataframe"]

_SUMMARY = re.compile(r"read (\d+) = scored (\d+) \+ rejected (\d+) in [\d.]+ s(?: \(([^)]*)\))?")

EXIT_OK = 0
EXIT_REJECTED_ROWS = 3


class RepayplanError(RuntimeError):
    """A partition could not be scored completely; the job must fail."""


@dataclass(frozen=True)
class Spec:
    """How to run ``repayplan batch`` on a worker (plain data: it is shipped to every task).

    command: the program, e.g. ``("repayplan",)`` or ``("/opt/node/bin/node", "/opt/repayplan/bin/repayplan.js")``.
    env: the whole environment of the command; it must hold PATH (``node`` is looked up there
        by ``#!/usr/bin/env node``). Defaults to the caller's PATH and a UTF-8 locale.
    as_of: the valuation date YYYY-MM-DD for rows without as_of; give it so that every
        partition values on the same date.
    columns: headerless CSV lines with these columns (``--columns``); None for NDJSON / dicts.
    skip_header: with columns: a partition whose first line is the header (exactly the column
        names) drops it (``--skip-header``); only that partition does.
    """

    as_of: str
    command: tuple[str, ...] = ("repayplan",)
    env: dict[str, str] = field(default_factory=lambda: default_env())
    columns: tuple[str, ...] | None = None
    skip_header: bool = False
    policy: str | None = None
    extra_args: tuple[str, ...] = ()
    timeout: float | None = None

    def argv(self, row_offset: int) -> list[str]:
        args = list(self.command) + ["batch", "-", "--encoding", "utf8", "--format", "ndjson", "--errors", "inline",
                                     "--as-of", self.as_of, "--row-offset", str(row_offset), "--jobs", "1", "--no-progress"]
        if self.columns is not None:
            args += ["--input-format", "csv", "--columns", ",".join(self.columns)]
            if self.skip_header:
                args.append("--skip-header")
        else:
            args += ["--input-format", "ndjson"]
        if self.policy is not None:
            args += ["--policy", self.policy]
        return args + list(self.extra_args)


def default_env() -> dict[str, str]:
    """PATH from the calling process, plus a UTF-8 locale; nothing else of its environment."""
    path = os.environ.get("PATH")
    if not path:
        raise RepayplanError("PATH is not set: pass env={'PATH': ...} naming where node and repayplan are")
    return {"PATH": path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}


def _amount_text(name: str, value: Any) -> str | None:
    """A field value as the text the tool reads; None when missing. Never a binary float."""
    if value is None:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None  # pandas' missing value
        raise TypeError(f"{name}: {value!r} is a float, which cannot hold amounts such as 0.10 exactly: "
                        "read the data as text (dtype=str) and pass strings")
    if isinstance(value, bool):
        raise TypeError(f"{name}: {value!r} is a boolean, not an account value")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    raise TypeError(f"{name}: {type(value).__name__} is not an account value: pass strings")


def _line_of(element: Any, spec: Spec) -> str:
    """One input line (without its line end) for an element: a dict, or a text line."""
    if isinstance(element, dict):
        if spec.columns is not None:
            raise TypeError("dict elements are sent as NDJSON: drop columns= (it is for headerless CSV lines)")
        doc = {}
        for k, v in element.items():
            text = _amount_text(str(k), v)
            if text is not None:
                doc[str(k)] = text
        return json.dumps(doc, ensure_ascii=False)
    if isinstance(element, bytes):
        element = element.decode("utf-8", errors="replace")  # bad bytes become U+FFFD: rejected rows
    if not isinstance(element, str):
        raise TypeError(f"an element is a {type(element).__name__}: give dicts, or text lines")
    line = element[:-1] if element.endswith("\n") else element
    line = line[:-1] if line.endswith("\r") else line
    if "\n" in line or "\r" in line:
        raise ValueError("an element holds a line break: one account a line (send CSV with quoted line breaks as dicts)")
    if line.strip() == "":
        # the tool skips blank lines; here every element is a row, so a blank one is sent as a
        # row the tool rejects (row.empty, row.not-object), never dropped
        if spec.columns is not None and len(spec.columns) > 1:
            return "," * (len(spec.columns) - 1)
        return "null" if spec.columns is None else '" "'
    return line


def _is_header(line: str, spec: Spec) -> bool:
    if spec.columns is None or not spec.skip_header:
        return False
    cells = [c.strip().strip('"').lower() for c in line.lstrip("\ufeff").split(",")]
    return cells == [c.strip().lower() for c in spec.columns]


def _key_of(element: Any, key: str | Callable[[Any], Any] | None, row: int) -> Any:
    if key is None:
        return row
    if callable(key):
        return key(element)
    if not isinstance(element, dict):
        raise TypeError(f"key={key!r} names a field, but elements are not dicts: pass key=callable or None")
    return element.get(key)


def score_partition(elements: Iterable[Any], row_offset: int, spec: Spec,
                    key: str | Callable[[Any], Any] | None = None) -> list[dict[str, Any]]:
    """Scores one partition with one ``repayplan batch`` process; raises RepayplanError on any failure.

    row_offset is the number of rows before this partition (0 for the first).
    """
    keys: list[Any] = []
    rows: list[int] = []
    lines: list[str] = []
    header_sent = False
    for element in elements:
        line = _line_of(element, spec)
        if not lines and not header_sent and _is_header(line, spec):
            header_sent = True
            lines.append(line)
            continue
        row = row_offset + len(rows) + 1
        keys.append(_key_of(element, key, row))
        rows.append(row)
        lines.append(line)
    if not rows and not header_sent:
        return []
    argv = spec.argv(row_offset)
    where = f"partition at rows {row_offset + 1}-{row_offset + len(rows)} on {socket.gethostname()}"
    data = ("\n".join(lines) + "\n").encode("utf-8")
    try:
        proc = subprocess.run(argv, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=dict(spec.env), timeout=spec.timeout, check=False)
    except FileNotFoundError as e:
        raise RepayplanError(f"{where}: {argv[0]!r} not found (PATH={spec.env.get('PATH')!r}): install Node and "
                             f"repayplan on every worker, or pass command= with absolute paths ({e})") from None
    except subprocess.TimeoutExpired:
        raise RepayplanError(f"{where}: repayplan batch ran longer than {spec.timeout} s and was stopped") from None
    stderr = proc.stderr.decode("utf-8", errors="replace")
    tail = "\n".join(stderr.strip().splitlines()[-20:])
    if proc.returncode not in (EXIT_OK, EXIT_REJECTED_ROWS):
        what = f"killed by signal {-proc.returncode}" if proc.returncode < 0 else f"exit {proc.returncode}"
        raise RepayplanError(f"{where}: {' '.join(argv)} failed ({what}); its stderr:\n{tail}")
    out = proc.stdout.decode("utf-8").splitlines()
    m = None
    for m in _SUMMARY.finditer(stderr):
        pass
    if m is None:
        raise RepayplanError(f"{where}: no summary line on stderr (exit {proc.returncode}); its stderr:\n{tail}")
    read, scored, rejected = int(m.group(1)), int(m.group(2)), int(m.group(3))
    skipped = "header line skipped" in (m.group(4) or "")
    problems = []
    if skipped != header_sent:
        problems.append("the tool " + ("skipped a header line this module did not send" if skipped else "did not skip the header line")
                        + f": pass columns= exactly as the header names them")
    if read != len(rows) or len(out) != len(rows) or scored + rejected != read:
        problems.append(f"{len(rows)} rows sent, {len(out)} lines back, summary read {read} = scored {scored} + rejected {rejected}")
    if (proc.returncode == EXIT_REJECTED_ROWS) != (rejected > 0):
        problems.append(f"exit {proc.returncode} with {rejected} rejected rows")
    if problems:
        raise RepayplanError(f"{where}: rows would be lost: {'; '.join(problems)}; stderr:\n{tail}")
    results = []
    n_rejected = 0
    for k, row, text in zip(keys, rows, out):
        rec = json.loads(text)
        if "error" in rec:
            n_rejected += 1
            if rec.get("row") != row:
                raise RepayplanError(f"{where}: a rejected row came back as row {rec.get('row')}, expected {row}: rows moved")
            status = "rejected"
        else:
            status = "scored"
        results.append({"key": k, "row": row, "status": status, "result": rec})
    if n_rejected != rejected:
        raise RepayplanError(f"{where}: {n_rejected} rejected lines but the summary says {rejected}")
    return results


def count_rows(elements: Iterable[Any], spec: Spec) -> list[int]:
    """The number of rows of a partition, as a one-item list (a header dropped by skip_header is not a row)."""
    n = 0
    first = True
    for element in elements:
        if first and isinstance(element, (str, bytes)) and _is_header(_line_of(element, spec), spec):
            first = False
            continue
        first = False
        n += 1
    return [n]


def _offsets(counts: Sequence[int]) -> list[int]:
    offsets, total = [], 0
    for c in counts:
        offsets.append(total)
        total += c
    return offsets


def score_bag(bag, *, as_of: str, key: str | Callable[[Any], Any] | None = None, **spec_fields):
    """Scores every element of a dask.bag.Bag; returns a Bag of result dicts (one per row, same partitions).

    Elements are dicts (account fields as in the CSV header or JSON spelling, values as text)
    or text lines (NDJSON, or headerless CSV with columns=). key: a dict field, a callable on
    the element, or None for the global row number. Other keywords go to :class:`Spec`
    (command, env, columns, skip_header, policy, extra_args, timeout).

    Counts the rows of every partition first (one cheap pass) so that row numbers are global.
    """
    import dask
    import dask.bag as db

    spec = Spec(as_of=as_of, **spec_fields)
    counts = bag.map_partitions(count_rows, spec).compute()
    parts = bag.to_delayed()
    if len(counts) != len(parts):
        raise RepayplanError(f"{len(parts)} partitions but {len(counts)} counts")
    scored = [dask.delayed(score_partition, pure=True)(part, offset, spec, key)
              for part, offset in zip(parts, _offsets(counts))]
    return db.from_delayed(scored)


def output_columns(spec: Spec) -> list[str]:
    """The tool's output columns for this spec (one probe run on the caller's machine)."""
    probe = Spec(**{**spec.__dict__, "columns": None, "skip_header": False})
    rec = score_partition([{"principal": "1000.00", "overdueDays": "30"}], 0, probe)[0]["result"]
    # the tool's own `row` column is the frame's `row` (the same global number, via --row-offset)
    return [c for c in rec.keys() if c != "row"]


def _frame_partition(pdf, row_offset: int, spec: Spec, key: str, columns: list[str]):
    import pandas as pd

    records = pdf.to_dict(orient="records")
    results = score_partition(records, row_offset, spec, key)
    out = []
    for r in results:
        rec = r["result"]
        line: dict[str, Any] = {"key": r["key"], "row": r["row"], "status": r["status"]}
        if r["status"] == "scored":
            line.update({c: rec.get(c) for c in columns})
            line.update(error_code=None, error_column=None, error_reason=None)
        else:
            line.update({c: None for c in columns})
            line["id"] = rec.get("id")
            err = rec.get("error") or {}
            line.update(error_code=err.get("code"), error_column=err.get("column"), error_reason=err.get("reason"))
        out.append(line)
    return pd.DataFrame(out, columns=_frame_columns(columns), dtype=object)


def _frame_columns(columns: list[str]) -> list[str]:
    return ["key", "row", "status", *columns, "error_code", "error_column", "error_reason"]


def score_dataframe(ddf, *, as_of: str, key: str, **spec_fields):
    """Scores every row of a dask.dataframe.DataFrame read as text (``dtype=str``); returns a dask
    DataFrame: ``key`` (the value of the key column), ``row``, ``status``, the tool's output columns (text, as in its
    NDJSON) and ``error_code`` / ``error_column`` / ``error_reason`` for rejected rows.

    Columns are named as in a CSV header (``principal``, ``overdue_days``, ``本金`` …); other
    columns are ignored by the tool. A float column raises TypeError: amounts travel as text.
    """
    import dask
    import dask.dataframe as dd
    import pandas as pd

    spec = Spec(as_of=as_of, **spec_fields)
    if key not in ddf.columns:
        raise KeyError(f"key={key!r} is not a column: {list(ddf.columns)}")
    columns = output_columns(spec)
    meta = pd.DataFrame({c: pd.Series([], dtype=object) for c in _frame_columns(columns)})
    counts = ddf.map_partitions(len).compute().tolist()
    parts = ddf.to_delayed()
    scored = [dask.delayed(_frame_partition, pure=True)(part, offset, spec, key, columns)
              for part, offset in zip(parts, _offsets(counts))]
    return dd.from_delayed(scored, meta=meta, verify_meta=False)
