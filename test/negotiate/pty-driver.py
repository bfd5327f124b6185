#!/usr/bin/env python3
"""Drives a command through a real pseudo-terminal, the way an agent types at it.

Reads a JSON job on stdin:
  {"argv": [...], "cwd": "...", "env": {...}, "cols": 120, "rows": 40,
   "steps": [{"expect": "text", "send": "answer\\r", "timeout": 15}, ...], "exitTimeout": 15}
Each step waits until `expect` (plain text, matched on the output with ANSI codes removed and
white space folded, after the previous match) has appeared, then types `send`. Prints one JSON object:
  {"exitCode": int|null, "signal": int|null, "failedStep": int|null, "screen": "clean text"}
Uses only the standard library (pty, select), no native build.
"""
import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\r")


def clean(raw: bytes) -> str:
    return ANSI.sub("", raw.decode("utf-8", "replace"))


def fold(text: str) -> str:
    """Runs of white space as one space: a line wrapped by the terminal still matches."""
    return re.sub(r"\s+", " ", text)


def main() -> None:
    job = json.load(sys.stdin)
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(job.get("cwd", "."))
        env = dict(os.environ)
        env.update(job.get("env", {}))
        env.setdefault("TERM", "xterm-256color")
        os.execvpe(job["argv"][0], job["argv"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", job.get("rows", 40), job.get("cols", 120), 0, 0))
    os.kill(pid, signal.SIGWINCH)
    raw = b""
    pos = 0
    failed = None
    status = None

    def pump(timeout: float) -> bool:
        nonlocal raw
        r, _, _ = select.select([fd], [], [], timeout)
        if not r:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    alive = True
    for i, step in enumerate(job.get("steps", [])):
        deadline = time.time() + step.get("timeout", 15)
        want = fold(step["expect"]) if "expect" in step else None
        while want is not None:
            text = fold(clean(raw))
            at = text.find(want, pos)
            if at >= 0:
                pos = at + len(want)
                break
            if time.time() > deadline or not alive:
                failed = i
                break
            alive = pump(0.05)
        if failed is not None:
            break
        time.sleep(step.get("delay", 0.15))
        if "send" in step:
            os.write(fd, step["send"].encode("utf-8"))
    deadline = time.time() + job.get("exitTimeout", 15)
    while time.time() < deadline:
        alive = pump(0.05) and alive
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = st
            break
    if status is None:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    # drain what is left
    while True:
        r, _, _ = select.select([fd], [], [], 0.05)
        if not r:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        raw += chunk
    out = {
        "exitCode": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "failedStep": failed,
        "screen": clean(raw),
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
