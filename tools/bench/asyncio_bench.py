#!/usr/bin/env python3
"""asyncio benchmarks side by side: the CPython oracle and the loopscope CLI(s), one run.

    python3 tools/bench/asyncio_bench.py --cli build/native/loopscope \\
        [--cli "node --no-experimental-fetch build/web/loopscope.js"] [--repeat N] [scripts...]

Runs every tools/bench/asyncio_scripts/[a-e]_*.py (or the scripts named) as
`PREFIX run --transcript SCRIPT` from that folder, under tools/cpython_oracle.py (CPython 3.11
on the virtual clock) and under each --cli, checks each transcript against the committed
SCRIPT.out (the comparison rule of tools/conformance.py), and prints the best wall time of N
runs, the ratio oracle/cli (how many times faster the CLI is), and the peak resident set size
of each child process (os.wait4's rusage of that child alone).

Issue 4's targets: native >= 10x faster than CPython on each script, wasm under node >= 5x;
the peak memory of (b) against CPython's is reported too.
"""

import argparse
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = HERE / "asyncio_scripts"
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "tools"))
import conformance  # noqa: E402  (the transcript comparison rule)

ORACLE = [sys.executable, str(REPO / "tools" / "cpython_oracle.py")]


def absolute_words(prefix):
    """Words of the prefix that name existing files become absolute (scripts run elsewhere)."""
    words = shlex.split(prefix)
    return [str(Path(w).resolve()) if Path(w).exists() else w for w in words]


def run_child(cmd, cwd):
    """(wall seconds, peak RSS KiB, stdout) of one run; rusage of that child only."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss, out.decode("utf-8", "replace")


def measure(cmd, script, repeat):
    """Best wall time, peak RSS (KiB) and whether the transcript agreed, over `repeat` runs."""
    expected = (SCRIPTS / (script.stem + ".out")).read_text(encoding="utf-8")
    best, rss, ok = None, 0, True
    for _ in range(repeat):
        wall, peak, out = run_child(cmd + ["run", "--transcript", script.name], SCRIPTS)
        ok = ok and conformance.transcripts_agree(expected, out)
        best = wall if best is None else min(best, wall)
        rss = max(rss, peak)
    return best, rss, ok


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", action="append", required=True,
                    help="command prefix of a loopscope CLI (repeatable)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("scripts", nargs="*")
    args = ap.parse_args(argv)
    scripts = [Path(s).resolve() for s in args.scripts] or sorted(SCRIPTS.glob("[a-e]_*.py"))
    clis = [(c, absolute_words(c)) for c in args.cli]

    header = f"{'script':<34} {'oracle s':>9}"
    for name, _ in clis:
        short = Path(shlex.split(name)[-1]).name
        header += f" | {short[:14]:>14} s {'ratio':>7}"
    print(header)
    rss_rows = []
    all_ok = True
    for script in scripts:
        o_wall, o_rss, o_ok = measure(ORACLE, script, args.repeat)
        row = f"{script.name:<34} {o_wall:>9.2f}"
        rss_row = [script.name, o_rss]
        all_ok = all_ok and o_ok
        for _, words in clis:
            wall, rss, ok = measure(words, script, args.repeat)
            all_ok = all_ok and ok
            ratio = o_wall / wall if wall > 0 else float("inf")
            row += f" | {wall:>16.2f} {ratio:>6.1f}x" + ("" if ok else " (transcript differs!)")
            rss_row.append(rss)
        print(row, flush=True)
        rss_rows.append(rss_row)
    print()
    print(f"{'peak RSS MiB':<34} {'oracle':>9}" + "".join(
        f" | {Path(shlex.split(n)[-1]).name[:16]:>16}" for n, _ in clis))
    for row in rss_rows:
        print(f"{row[0]:<34} {row[1] / 1024:>9.1f}" +
              "".join(f" | {v / 1024:>16.1f}" for v in row[2:]))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
