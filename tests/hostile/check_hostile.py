#!/usr/bin/env python3
"""Hostile programs (issue 16): each must end, in time, with the message the learner sees.

    check_hostile.py --cli "<command prefix>" freeze DIR

    check_hostile.py --cli "<command prefix>" --max-ticks N freeze DIR   (default 2,000,000)

freeze: every DIR/*.py never ends by itself (an endless loop somewhere the interpreter cannot
pause: Python called from native code, or a native loop over an endless iterator). Run with
`run --max-ticks N` it must print "start" (and whatever it printed before the loop), then stop
with exit status 1 and the budget's message as the last line of stderr - no hang, no crash.
"""
import argparse
import pathlib
import re
import shlex
import subprocess
import sys

MAX_TICKS = 2000000


def stopped_pattern(max_ticks):
    return re.compile(
        r"^Stopped: the tick budget \(--max-ticks %d\) ran out (in .+ \(line \d+\)|at line \d+)\.$"
        % max_ticks)


def check_freeze(cli, folder, timeout, max_ticks=MAX_TICKS):
    failures = 0
    stopped = stopped_pattern(max_ticks)
    programs = sorted(pathlib.Path(folder).glob("*.py"))
    for prog in programs:
        cmd = cli + ["run", "--max-ticks", str(max_ticks), prog.name]
        try:
            p = subprocess.run(cmd, cwd=prog.parent, capture_output=True, text=True,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL {prog.name}: still running after {timeout} s")
            failures += 1
            continue
        err_lines = p.stderr.strip().splitlines()
        last = err_lines[-1] if err_lines else ""
        problems = []
        if p.returncode != 1:
            problems.append(f"exit status {p.returncode}, not 1")
        if not p.stdout.startswith("start\n"):
            problems.append(f"stdout {p.stdout[:80]!r} does not start with 'start'")
        if not stopped.match(last) or len(err_lines) != 1:
            problems.append(f"stderr {p.stderr[-300:]!r} is not the budget's message")
        if problems:
            print(f"FAIL {prog.name}: " + "; ".join(problems))
            failures += 1
        else:
            print(f"ok   {prog.name}: {last}")
    print(f"hostile freeze: {len(programs) - failures} passed, {failures} failed")
    return 1 if failures or not programs else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True, help="command prefix that runs the loopscope CLI")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--max-ticks", type=int, default=MAX_TICKS,
                    help="the budget (smaller under the sanitizers, where a tick is slower)")
    ap.add_argument("kind", choices=["freeze"])
    ap.add_argument("folder")
    a = ap.parse_args()
    return check_freeze(shlex.split(a.cli), a.folder, a.timeout, a.max_ticks)


if __name__ == "__main__":
    sys.exit(main())
