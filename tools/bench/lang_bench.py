#!/usr/bin/env python3
"""Language benchmark: each program of tools/bench/lang/ under python3, loopscope and wasm.

    python3 tools/bench/lang_bench.py [--cli PATH] [--wasm PATH.js] [--python PATH]
                                      [--repeat N] [--only NAME[,NAME...]] [--no-wasm]
                                      [--node PATH] [--node-args "ARGS"]

Runs every program (or those named by --only, e.g. `--only fib,dicts`) side by side in one run:
`PYTHON prog.py`, `CLI run prog.py` and `node --no-experimental-fetch WASM run prog.py`, N times
each (default 3), interleaved so that a change in machine load hits all three alike. For each
it keeps the best wall time, the best CPU time (user + system of the child, from
getrusage(RUSAGE_CHILDREN) deltas) and the peak resident set size, and checks that the three
printed exactly the same output (every program prints checksums of its work).

Ratios are computed from CPU time, not wall time: the machine is shared with other jobs, and
wall time mostly measures how long the child waited for a core. `speedup` is
python3 / loopscope (>= 1.0 means loopscope is at least as fast as CPython); `wasm/nat` is
wasm / native (the issue's target is <= 2.0). This is a report, not a test: it exits 0
whatever the numbers (a mismatch of outputs is reported in the table and in a list below it).
"""

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
PROGRAMS = ["fib", "arith", "strings", "dicts", "objects", "generators"]


TIME = "/usr/bin/time"  # GNU time: a small C parent, so its %M is the program's own peak RSS


def measure(cmd):
    """(wall s, CPU s, peak RSS KiB or None, stdout, stderr, exit status) of one run of cmd.

    CPU time is the getrusage(RUSAGE_CHILDREN) delta around the run (user + sys, including the
    child's threads, e.g. node's compiler and GC threads). Peak RSS comes from GNU time when it
    is installed: ru_maxrss of a child forked from this Python process would start at this
    process's own size (the high-water mark survives exec), hiding small programs' footprints."""
    rss_file = None
    if os.access(TIME, os.X_OK):
        fd, rss_file = tempfile.mkstemp(prefix="lang_bench_rss_")
        os.close(fd)
        cmd = [TIME, "-f", "%M", "-o", rss_file, "--", *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = None
    err = proc.stderr.decode("utf-8", "replace")
    if rss_file:
        with open(rss_file) as fh:
            lines = fh.read().split()
        os.unlink(rss_file)
        # GNU time writes "Command exited with non-zero status N" / "Command terminated by
        # signal N" before the number when the program failed.
        if lines and lines[-1].isdigit():
            rss = int(lines[-1])
        if len(lines) > 1:
            err += " ".join(lines[:-1]) + "\n"
    return wall, cpu, rss, proc.stdout.decode("utf-8", "replace"), err, proc.returncode


class Result:
    def __init__(self):
        self.wall = None
        self.cpu = None
        self.rss = None
        self.out = None
        self.err = ""
        self.status = 0
        self.unstable = False  # printed different output on different repeats

    def add(self, wall, cpu, rss, out, err, status):
        self.wall = wall if self.wall is None else min(self.wall, wall)
        self.cpu = cpu if self.cpu is None else min(self.cpu, cpu)
        if rss is not None:
            self.rss = rss if self.rss is None else max(self.rss, rss)
        if self.out is not None and out != self.out:
            self.unstable = True
        self.out = out
        if status != 0:
            self.status = status
            self.err = err

    def ok(self):
        return self.status == 0 and not self.unstable


def fmt(x, width, digits=3):
    return f"{'-':>{width}}" if x is None else f"{x:>{width}.{digits}f}"


def ratio(a, b):
    return None if a is None or b is None or b <= 0 else a / b


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=str(REPO / "build" / "native" / "loopscope"),
                        help="native loopscope binary (default: build/native/loopscope)")
    parser.add_argument("--wasm", default=str(REPO / "build" / "web" / "loopscope.js"),
                        help="wasm CLI, run under node (default: build/web/loopscope.js)")
    parser.add_argument("--no-wasm", action="store_true", help="skip the wasm runs")
    parser.add_argument("--python", default=sys.executable,
                        help="CPython to compare with (default: the one running this script)")
    parser.add_argument("--node", default=shutil.which("node") or "node")
    parser.add_argument("--node-args", default="--no-experimental-fetch",
                        help="node options before the .js (default: %(default)s); e.g. add "
                             "--no-liftoff to see the VM's speed once V8 has tiered it up")
    parser.add_argument("--repeat", type=int, default=3, help="runs per program and runner; best kept")
    parser.add_argument("--only", default="", help="comma-separated program names (default: all)")
    args = parser.parse_args(argv)

    names = [n for n in args.only.replace(" ", "").split(",") if n] or PROGRAMS
    for n in names:
        if not (HERE / "lang" / f"{n}.py").exists():
            parser.error(f"no program tools/bench/lang/{n}.py (have: {', '.join(PROGRAMS)})")
    runners = [("python3", [args.python]), ("loopscope", [str(Path(args.cli).resolve()), "run"])]
    if not Path(args.cli).exists():
        parser.error(f"--cli {args.cli} does not exist (build it, or pass --cli)")
    if not args.no_wasm:
        if Path(args.wasm).exists():
            runners.append(("wasm", [args.node, *args.node_args.split(), str(Path(args.wasm).resolve()), "run"]))
        else:
            print(f"note: {args.wasm} does not exist; wasm column skipped (pass --wasm)")

    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"lang_bench: {len(names)} programs, best of {args.repeat}; {version} ({args.python})")
    print(f"  native: {args.cli}")
    if len(runners) == 3:
        print(f"  wasm:   {args.node} {args.node_args} {args.wasm}")
    print("  times are CPU seconds (user+sys of the child); the machine is shared, so ratios use CPU")
    print("  time, not wall time (wall time is listed after the table for reference)")
    print()

    results = {}
    for n in names:
        prog = str(HERE / "lang" / f"{n}.py")
        res = {r: Result() for r, _ in runners}
        for _ in range(max(1, args.repeat)):
            for r, prefix in runners:  # interleaved: load changes hit all runners alike
                res[r].add(*measure(prefix + [prog]))
        results[n] = res
        print_row(n, res, header=(n == names[0]), wasm=len(runners) == 3)
        sys.stdout.flush()

    problems = []
    for n, res in results.items():
        ref = res["python3"].out
        for r, x in res.items():
            if x.status != 0:
                problems.append(f"{n}: {r} exited {x.status}: {x.err.strip().splitlines()[-1:] or ''}")
            elif x.unstable:
                problems.append(f"{n}: {r} printed different output on different runs")
            elif r != "python3" and x.out != ref:
                problems.append(f"{n}: {r} output differs from python3: {first_diff(ref, x.out)}")

    speedups = [ratio(results[n]["python3"].cpu, results[n]["loopscope"].cpu) for n in names]
    print()
    if all(s is not None for s in speedups):
        print(f"geometric mean speedup (python3/loopscope, CPU): {geomean(speedups):.2f}")
    if len(runners) == 3:
        wn = [ratio(results[n]["wasm"].cpu, results[n]["loopscope"].cpu) for n in names]
        if all(s is not None for s in wn):
            print(f"geometric mean wasm/native (CPU):               {geomean(wn):.2f}")
    print()
    print("wall seconds (best) and peak RSS (MiB):")
    cols = [r for r, _ in runners]
    print(f"{'program':12}" + "".join(f"{r + ' wall':>16}" for r in cols) + "".join(f"{r + ' RSS':>15}" for r in cols))
    for n in names:
        res = results[n]
        print(f"{n:12}" + "".join(fmt(res[r].wall, 16) for r in cols)
              + "".join(fmt(res[r].rss / 1024 if res[r].rss else None, 15, 1) for r in cols))
    print()
    if problems:
        print("OUTPUT PROBLEMS:")
        for p in problems:
            print("  " + p)
    else:
        print(f"outputs: all {len(cols)} runners printed identical output for every program")
    return 0


def print_row(n, res, header, wasm):
    if header:
        line = f"{'program':12}{'python3 s':>11}{'loopscope s':>13}{'speedup':>9}"
        if wasm:
            line += f"{'wasm s':>9}{'wasm/nat':>10}"
        print(line + "  output")
    py, nat = res["python3"], res["loopscope"]
    line = f"{n:12}{fmt(py.cpu, 11)}{fmt(nat.cpu, 13)}{fmt(ratio(py.cpu, nat.cpu), 9, 2)}"
    same = all(x.ok() for x in res.values()) and all(x.out == py.out for x in res.values())
    if wasm:
        w = res["wasm"]
        line += f"{fmt(w.cpu, 9)}{fmt(ratio(w.cpu, nat.cpu), 10, 2)}"
    print(line + ("  same" if same else "  DIFFERS"))


def first_diff(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return f"line {i + 1}: python3 {x!r} vs {y!r}"
    return "trailing whitespace"


def geomean(xs):
    p = 1.0
    for x in xs:
        p *= x
    return p ** (1.0 / len(xs))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
