#!/usr/bin/env python3
"""Memory bombs (issue 16 item 4): each must end with a MemoryError the learner sees.

    check_memory.py --cli "<command prefix>" [--budget 256M [--only-budget]] DIR

Every DIR/*.py asks for more memory than the budget holds. Run with
`run --max-memory BUDGET` it must print "start" (and whatever else it prints before the bomb),
then end with exit status 1 and a traceback whose last line is exactly `MemoryError` (CPython's
text for these) - no abort, no crash, no hang. Lines the program prints starting with "caught"
show a MemoryError handled like any exception; `# expect: LINE` comments in the program list
stdout lines that must appear, in order; a `# budget: SIZE` comment sets a program's own budget.
"""
import argparse
import pathlib
import shlex
import subprocess
import sys


def expected_lines(prog):
    return [line.split("# expect:", 1)[1].strip()
            for line in prog.read_text().splitlines() if line.startswith("# expect:")]


def budget_of(prog, default, only=False):
    if only:
        return default
    for line in prog.read_text().splitlines():
        if line.startswith("# budget:"):
            return line.split(":", 1)[1].strip()
    return default


def check(cli, folder, budget, timeout, only=False):
    failures = 0
    programs = sorted(pathlib.Path(folder).glob("*.py"))
    for prog in programs:
        cmd = cli + ["run", "--max-memory", budget_of(prog, budget, only), prog.name]
        try:
            p = subprocess.run(cmd, cwd=prog.parent, capture_output=True, text=True,
                               timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL {prog.name}: still running after {timeout} s")
            failures += 1
            continue
        err_lines = p.stderr.strip().splitlines()
        out_lines = p.stdout.splitlines()
        problems = []
        if p.returncode != 1:
            problems.append(f"exit status {p.returncode}, not 1")
        if not out_lines or out_lines[0] != "start":
            problems.append(f"stdout {p.stdout[:80]!r} does not start with 'start'")
        # (warnings such as "coroutine ... was never awaited" may come first, as in CPython)
        if "Traceback (most recent call last):" not in err_lines or err_lines[-1] != "MemoryError":
            problems.append(f"stderr {p.stderr[-300:]!r} is not a MemoryError traceback")
        want = expected_lines(prog)
        got = [line for line in out_lines if line in want]
        if got != want:
            problems.append(f"stdout {out_lines!r} lacks the expected lines {want!r}")
        if problems:
            print(f"FAIL {prog.name}: " + "; ".join(problems))
            failures += 1
        else:
            print(f"ok   {prog.name}: {len(out_lines)} lines, then {err_lines[-1]}")
    print(f"hostile memory: {len(programs) - failures} passed, {failures} failed")
    return 1 if failures or not programs else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True, help="command prefix that runs the loopscope CLI")
    ap.add_argument("--budget", default="256M")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--only-budget", action="store_true",
                    help="every program runs on --budget, its own comment ignored (the sanitizer "
                         "run: a small budget fills quickly)")
    ap.add_argument("folder")
    a = ap.parse_args()
    return check(shlex.split(a.cli), a.folder, a.budget, a.timeout, a.only_budget)


if __name__ == "__main__":
    sys.exit(main())
