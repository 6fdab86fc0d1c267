#!/usr/bin/env python3
"""Time the asyncio benchmark scripts under a CLI (default: the CPython oracle).

    python3 tools/bench/asyncio_scripts/bench.py [--cli "PREFIX"] [--repeat N] [scripts...]

Runs `PREFIX run --transcript <script>` from this folder for each script (default: every
[a-e]_*.py here), checks the transcript against the committed <script>.out (the oracle's,
compared with the rule of tools/conformance.py) and prints the best wall time, CPU time
(user + system) and peak resident set size of the child process over N repeats. The oracle's
numbers include starting CPython twice (it re-executes itself) and importing asyncio.

The scripts (SEMANTICS.md's benchmark list):
  a_sleep0_tasks.py               1,000 tasks x 100 sleep(0)
  b_gather_sleepers.py            gather of 10,000 coroutines sleeping different times
  c_queue_pipeline.py             100,000 items through Queue(maxsize=100)
  d_task_tree.py                  task tree depth 6, fan-out 6, gathered level by level
  e_lock_semaphore_contention.py  10,000 tasks on a Lock, then 10,000 on a Semaphore(10)
"""

import argparse
import resource
import shlex
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent.parent
sys.path.insert(0, str(REPO / "tools"))
import conformance  # noqa: E402  (transcript comparison rule)


def run_once(cmd, cwd):
    """(wall seconds, CPU seconds, peak RSS in KiB, stdout text, exit status, stderr) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    # ru_maxrss of RUSAGE_CHILDREN is the maximum over all waited-for children so far, so
    # each measurement runs in its own helper process (see measure()).
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss, out.decode("utf-8", "replace"), proc.returncode, err.decode("utf-8", "replace")


def measure(cmd, cwd):
    """run_once in a fresh helper process so the peak RSS belongs to this run only."""
    helper = subprocess.run(
        [sys.executable, __file__, "--measure-one", "--cwd", str(cwd), "--", *cmd],
        capture_output=True)
    head, _, out = helper.stdout.decode("utf-8", "replace").partition("\n")
    wall, cpu, rss, status = head.split()
    return float(wall), float(cpu), int(rss), out, int(status), helper.stderr.decode("utf-8", "replace")


def main(argv):
    if argv and argv[0] == "--measure-one":
        cwd = argv[argv.index("--cwd") + 1]
        cmd = argv[argv.index("--") + 1:]
        wall, cpu, rss, out, status, err = run_once(cmd, cwd)
        sys.stderr.write(err)
        sys.stdout.write(f"{wall:.6f} {cpu:.6f} {rss} {status}\n{out}")
        return 0

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=f"{sys.executable} {REPO / 'tools' / 'cpython_oracle.py'}",
                        help="command prefix (default: the CPython oracle)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per script; the best is shown")
    parser.add_argument("scripts", nargs="*")
    args = parser.parse_args(argv)
    prefix = conformance.absolute_prefix(args.cli)
    scripts = [Path(s).resolve() for s in args.scripts] or sorted(HERE.glob("[a-e]_*.py"))
    failed = False
    print(f"{'script':34} {'wall s':>8} {'CPU s':>7} {'peak RSS MiB':>13}  transcript")
    for script in scripts:
        best_wall, best_cpu, best_rss, verdict = None, None, None, "?"
        for _ in range(max(1, args.repeat)):
            wall, cpu, rss, out, status, err = measure(prefix + ["run", "--transcript", script.name], script.parent)
            expected = script.with_suffix(".out")
            if expected.exists():
                ok = conformance.transcripts_agree(conformance.read_transcript(expected), out)
                verdict = "ok" if ok else "DIFFERS"
            else:
                verdict = "no .out"
            if status != 0 or verdict == "DIFFERS":
                failed = True
                sys.stderr.write(err[-2000:])
            best_wall = wall if best_wall is None else min(best_wall, wall)
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            best_rss = rss if best_rss is None else min(best_rss, rss)
        print(f"{script.name:34} {best_wall:8.2f} {best_cpu:7.2f} {best_rss / 1024:13.1f}  {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
