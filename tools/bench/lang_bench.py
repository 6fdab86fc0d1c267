#!/usr/bin/env python3
"""The benchmark suite: every program of tools/bench/lang/ and tools/bench/aio/ side by side.

    python3 tools/bench/lang_bench.py [--cli PATH] [--wasm PATH.js] [--python PATH]
                                      [--repeat N] [--only NAME[,NAME...]] [--set lang|aio|all]
                                      [--heavy] [--no-wasm] [--no-pyodide] [--readme]
                                      [--node PATH] [--node-args "ARGS"]
    python3 tools/bench/lang_bench.py --smoke [--cli PATH]   # quick: programs run and agree

Runners, interleaved so that a change in machine load hits all alike, N times each (default 3):
  python3    `PYTHON prog.py` (CPython 3.11, the native peer)
  loopscope  `CLI run prog.py`
  wasm       `node --no-experimental-fetch WASM run prog.py` (the same CLI built for the page)
  pyodide    `node tools/bench/pyodide/run.mjs prog.py` (CPython 3.11 compiled to wasm, the peer
             a learner would otherwise use in a browser; installed by `./dev bench`)
For each it keeps the best CPU time, the best wall time and the peak resident set size, and
checks that all printed the same output (and exit status 0) whatever is timed.

What each time column measures (CPU seconds, user + system, all threads of the process):
  python3 s     the whole process (getrusage delta of the child): CPython's start (~15 ms,
                printed after the table as "start-up") is in it
  native s      the whole process, likewise (the native CLI's start: a few ms, printed too)
  wasm s        the program alone, as the wasm CLI reports it: run with LOOPSCOPE_BENCH_CPU=1
                it writes "loopscope-cpu-ms: LOAD RUN" to stderr (tools/cli/main.cpp, node's
                process.cpuUsage()); LOAD runs from loopscope.js's first line to the program's
                start (compiling and instantiating the module, the runtime's init), RUN is the
                program with its imports (`import asyncio` included); `wasm s` is RUN
  wasm total s  the wasm CLI's whole process: node's start, LOAD, RUN and the exit
  pyodide s     the program alone, measured the same way: run.mjs writes "pyodide-cpu-ms: LOAD
                RUN" (LOAD: loading Pyodide, ~2-4 s, from run.mjs's first line; it imports
                asyncio for Pyodide's own browser loop; RUN: for a program that names asyncio
                the runner's loop set-up, then the program)
So wasm s and pyodide s time the same span (neither has node's start nor its module load in
it) and pyo/wasm compares like with like. A runner line that is missing (an older CLI) falls
back to the whole process, with a note.

Ratios use CPU time (the machine is shared; wall time mostly measures waiting for a core):
  py/nat    python3 / loopscope: > 1 means Loopscope is faster than CPython
  wasm/nat  wasm / loopscope:    how much the wasm build loses to the native one
  pyo/wasm  pyodide / wasm:      > 1 means Loopscope's wasm build is faster than Pyodide
`--readme` rewrites the results table in tools/bench/README.md (between its bench-table
markers). This is a report, not a test: it exits 0 whatever the numbers; `--smoke` exits 1 when
a program fails or the runners disagree.
"""

import argparse
import datetime
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SETS = {"lang": HERE / "lang", "aio": HERE / "aio"}
HEAVY = {"million_tasks"}  # minutes and gigabytes under CPython: only with --heavy or --only
PYODIDE_RUNNER = HERE / "pyodide" / "run.mjs"
PYODIDE_PACKAGE = HERE / "pyodide" / "node_modules" / "pyodide" / "package.json"
README = HERE / "README.md"
TABLE_BEGIN = "<!-- bench-table:begin (written by lang_bench.py --readme) -->"
TABLE_END = "<!-- bench-table:end -->"
TIME = "/usr/bin/time"  # GNU time: a small C parent, so its %M is the program's own peak RSS
PYODIDE_CPU = re.compile(r"^pyodide-cpu-ms: ([0-9.]+) ([0-9.]+)\n?", re.M)
LOOPSCOPE_CPU = re.compile(r"^loopscope-cpu-ms: (-?[0-9.]+) (-?[0-9.]+)\n?", re.M)
BENCH_ENV = {**os.environ, "LOOPSCOPE_BENCH_CPU": "1"}  # the CLIs report LOAD and RUN
N_LINE = re.compile(r"^N = [0-9_]+", re.M)


def programs(set_name, heavy):
    """[(name, path)] of a set ("lang", "aio" or "all"), sorted, heavy ones only if asked."""
    dirs = list(SETS.values()) if set_name == "all" else [SETS[set_name]]
    out = []
    for d in dirs:
        for p in sorted(d.glob("*.py")):
            if heavy or p.stem not in HEAVY:
                out.append((p.stem, p))
    return out


def measure(cmd, env=None):
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
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
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


def runner_cpu(err, pattern):
    """(LOAD s, RUN s, stderr without the line) from a runner's "...-cpu-ms: LOAD RUN" line
    (run.mjs's or the CLI's under LOOPSCOPE_BENCH_CPU), or (None, None, err) without one. Only
    the last such line counts (the program cannot print one to hide work: it comes after the
    program's own output, and its stderr is compared through the exit status)."""
    ms = list(pattern.finditer(err))
    if not ms:
        return None, None, err
    m = ms[-1]
    return float(m.group(1)) / 1000.0, float(m.group(2)) / 1000.0, err[: m.start()] + err[m.end():]


def pyodide_program_cpu(err, cpu):
    """(CPU seconds of the program alone, stderr without the runner's line) for a Pyodide run:
    the runner's own report of its run time, or the whole process's when the line is missing."""
    _, run, err = runner_cpu(err, PYODIDE_CPU)
    return (cpu if run is None else run), err


class Result:
    def __init__(self):
        self.wall = None
        self.cpu = None  # the column's figure: the whole process, or the program alone
        self.total = None  # the whole process's CPU
        self.load = None  # the runner's reported LOAD, when it reports one
        self.reported = True  # every run had the runner's LOAD RUN line (when expected)
        self.rss = None
        self.out = None
        self.err = ""
        self.status = 0
        self.unstable = False  # printed different output on different repeats

    def add(self, wall, cpu, rss, out, err, status, total=None, load=None):
        self.wall = wall if self.wall is None else min(self.wall, wall)
        self.cpu = cpu if self.cpu is None else min(self.cpu, cpu)
        total = cpu if total is None else total
        self.total = total if self.total is None else min(self.total, total)
        if load is not None:
            self.load = load if self.load is None else min(self.load, load)
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


def geomean(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    p = 1.0
    for x in xs:
        p *= x
    return p ** (1.0 / len(xs))


COLUMNS = [  # (title, width, digits, function of one program's results)
    ("python3 s", 10, 3, lambda r: cpu(r, "python3")),
    ("native s", 9, 3, lambda r: cpu(r, "loopscope")),
    ("py/nat", 7, 2, lambda r: ratio(cpu(r, "python3"), cpu(r, "loopscope"))),
    ("wasm s", 8, 3, lambda r: cpu(r, "wasm")),
    ("wasm/nat", 9, 2, lambda r: ratio(cpu(r, "wasm"), cpu(r, "loopscope"))),
    ("wasm total s", 13, 3, lambda r: total(r, "wasm")),
    ("pyodide s", 10, 3, lambda r: cpu(r, "pyodide")),
    ("pyo/wasm", 9, 2, lambda r: ratio(cpu(r, "pyodide"), cpu(r, "wasm"))),
    ("py MiB", 7, 0, lambda r: rss(r, "python3")),
    ("nat MiB", 8, 0, lambda r: rss(r, "loopscope")),
    ("nat/py", 7, 2, lambda r: ratio(rss(r, "loopscope"), rss(r, "python3"))),
    ("wasm MiB", 9, 0, lambda r: rss(r, "wasm")),
    ("pyo MiB", 8, 0, lambda r: rss(r, "pyodide")),
]
RATIO_COLUMNS = {"py/nat", "wasm/nat", "pyo/wasm", "nat/py"}


def cpu(res, runner):
    x = res.get(runner)
    return x.cpu if x is not None and x.ok() else None


def total(res, runner):
    x = res.get(runner)
    return x.total if x is not None and x.ok() else None


def rss(res, runner):
    x = res.get(runner)
    return x.rss / 1024 if x is not None and x.ok() and x.rss else None


def same_output(res):
    ref = res["python3"]
    return all(x.ok() for x in res.values()) and all(x.out == ref.out for x in res.values())


def print_header():
    print(f"{'program':14}" + "".join(f"{t:>{w}}" for t, w, _, _ in COLUMNS) + "  output")


def print_row(name, res):
    cells = "".join(fmt(f(res), w, d) for _, w, d, f in COLUMNS)
    print(f"{name:14}{cells}  {'same' if same_output(res) else 'DIFFERS'}", flush=True)


def table_markdown(results, names, meta):
    """The README's results table (markdown) with its geometric means and a line of context."""
    lines = [meta, "",
             "| program | " + " | ".join(t for t, _, _, _ in COLUMNS) + " | output |",
             "|---|" + "---:|" * len(COLUMNS) + "---|"]
    for n in names:
        res = results[n]
        cells = [fmt(f(res), 0, d).strip() for _, _, d, f in COLUMNS]
        lines.append(f"| {n} | " + " | ".join(cells) + f" | {'same' if same_output(res) else 'DIFFERS'} |")
    for label, group in geomean_groups(names):
        cells = []
        for t, _, d, f in COLUMNS:
            g = geomean([f(results[n]) for n in group]) if t in RATIO_COLUMNS else None
            cells.append("" if g is None else f"{g:.2f}")
        lines.append(f"| *geometric mean, {label}* | " + " | ".join(cells) + " | |")
    return "\n".join(lines) + "\n"


def geomean_groups(names):
    groups = []
    for label, d in SETS.items():
        group = [n for n in names if (d / f"{n}.py").exists()]
        if group:
            groups.append((label, group))
    return groups


def rewrite_readme(text, table):
    """README text with the part between the markers replaced by `table`."""
    if TABLE_BEGIN not in text or TABLE_END not in text:
        raise ValueError(f"{README} lacks the markers {TABLE_BEGIN!r} ... {TABLE_END!r}")
    head, rest = text.split(TABLE_BEGIN, 1)
    _, tail = rest.split(TABLE_END, 1)
    return head + TABLE_BEGIN + "\n" + table + TABLE_END + tail


def first_diff(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return f"line {i + 1}: python3 {x!r} vs {y!r}"
    return "trailing whitespace"


def smoke(args, progs):
    """Every program with its N line set to 4 under python3 and the CLI (and the wasm CLI when
    --wasm is given), the CLIs through the suite's own runner (run_one: LOOPSCOPE_BENCH_CPU, the
    LOAD RUN line): all must succeed, print the same and report their LOAD and RUN. Checks the
    scripts and the runner, not speed; a few seconds in all."""
    failures = 0
    runners = [("python3", [args.python]), ("loopscope", [args.cli, "run"])]
    if args.wasm:
        runners.append(("wasm", [args.node, *args.node_args.split(), args.wasm, "run"]))
    with tempfile.TemporaryDirectory(prefix="lang_bench_smoke_") as tmp:
        for name, path in progs:
            src = path.read_text(encoding="utf-8")
            if not N_LINE.search(src):
                print(f"{name}: no `N = ...` line")
                failures += 1
                continue
            small = Path(tmp) / path.name
            small.write_text(N_LINE.sub("N = 4", src, count=1), encoding="utf-8")
            runs = [(r, run_one(r, prefix, small)) for r, prefix in runners]
            bad = [(r, x) for r, x in runs if x[5] != 0]
            unreported = [r for r, x in runs if r != "python3" and x[7] is None]
            differ = [(r, x) for r, x in runs if x[3] != runs[0][1][3]]
            if bad:
                r, x = bad[0]
                print(f"{name}: {r} exited {x[5]}: {x[4].strip()[-300:]}")
                failures += 1
            elif differ:
                r, x = differ[0]
                print(f"{name}: {r}'s output differs: {first_diff(runs[0][1][3], x[3])}")
                failures += 1
            elif unreported:
                print(f"{name}: {unreported[0]} wrote no loopscope-cpu-ms line")
                failures += 1
            elif any("cpu-ms" in x[4] for _, x in runs):
                print(f"{name}: the runner's line was left in stderr")
                failures += 1
            else:
                print(f"{name}: ok")
        # A failing program still fails through the runner, its line reported and stripped.
        failing = Path(tmp) / "failing.py"
        failing.write_text("print('before')\nraise ValueError('boom')\n", encoding="utf-8")
        for r, prefix in runners[1:]:
            x = run_one(r, prefix, failing)
            if x[5] != 1 or x[3] != "before\n" or "ValueError: boom" not in x[4] or x[7] is None:
                print(f"failing program under {r}: status {x[5]}, out {x[3]!r}, err {x[4]!r}")
                failures += 1
    # The parsing helpers, on fixed inputs.
    got = pyodide_program_cpu("x\npyodide-cpu-ms: 4000.5 250.0\ny\n", 9.0)
    if got != (0.25, "x\ny\n"):
        print(f"pyodide_program_cpu: {got!r}")
        failures += 1
    got = runner_cpu("loopscope-cpu-ms: 0.0 0.0\nerr\nloopscope-cpu-ms: 120.5 30.0\n", LOOPSCOPE_CPU)
    if got != (0.1205, 0.03, "loopscope-cpu-ms: 0.0 0.0\nerr\n"):  # the last line counts
        print(f"runner_cpu: {got!r}")
        failures += 1
    text = f"a\n{TABLE_BEGIN}\nold\n{TABLE_END}\nb\n"
    if rewrite_readme(text, "new\n") != f"a\n{TABLE_BEGIN}\nnew\n{TABLE_END}\nb\n":
        print("rewrite_readme: wrong result")
        failures += 1
    checks = len(progs) + len(runners) - 1 + 2
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


def run_one(r, prefix, path):
    """One run of `path` by runner `r`: Result.add's arguments. The CLIs run with
    LOOPSCOPE_BENCH_CPU=1; the wasm CLI's and Pyodide's figure is their RUN (the program
    alone), the native CLI's and CPython's the whole process."""
    wall, cpu_s, peak, out, err, status = measure(
        prefix + [str(path)], env=BENCH_ENV if r in ("loopscope", "wasm") else None)
    load = None
    total_s = cpu_s
    if r in ("loopscope", "wasm", "pyodide"):
        load, run, err = runner_cpu(err, PYODIDE_CPU if r == "pyodide" else LOOPSCOPE_CPU)
        if r != "loopscope" and run is not None:
            cpu_s = run
    return wall, cpu_s, peak, out, err, status, total_s, load


def print_startup(args, runners, results):
    """What the runners spend before a program: an empty program's whole process for python3
    and the native CLI (cheap: best of --repeat), and the LOAD the CLIs and run.mjs report."""
    with tempfile.TemporaryDirectory(prefix="lang_bench_empty_") as tmp:
        empty = Path(tmp) / "empty.py"
        empty.write_text("", encoding="utf-8")
        parts = []
        for r, prefix in runners:
            if r not in ("python3", "loopscope"):
                continue
            best = min(measure(prefix + [str(empty)])[1] for _ in range(max(1, args.repeat)))
            parts.append(f"{r} {best:.3f}")
    print("start-up CPU s (an empty program, whole process): " + ", ".join(parts))
    loads = []
    for r, _ in runners:
        got = [x.load for res in results.values() for x in [res.get(r)] if x and x.load is not None]
        missing = [n for n, res in results.items() if r in res and res[r].ok() and res[r].load is None]
        if got:
            loads.append(f"{r} {min(got):.3f}")
        if r in ("wasm", "pyodide") and missing:
            loads.append(f"{r}: no LOAD RUN line for {', '.join(missing)} (whole process timed)")
    if loads:
        print("LOAD CPU s (reported, best; before the program, node's own start excluded): "
              + ", ".join(loads))


def cli_name(cli):
    """The native CLI as the table names it: its path inside the repository when it is there."""
    path = Path(cli).resolve()
    try:
        return str(path.relative_to(REPO))
    except ValueError:
        return str(path)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=str(REPO / "build" / "native" / "loopscope"),
                        help="native loopscope binary (default: build/native/loopscope)")
    parser.add_argument("--wasm", default=None,
                        help="wasm CLI, run under node (default: build/web/loopscope.js; "
                        "--smoke runs it only when given)")
    parser.add_argument("--no-wasm", action="store_true", help="skip the wasm runs")
    parser.add_argument("--no-pyodide", action="store_true", help="skip the Pyodide runs")
    parser.add_argument("--python", default=sys.executable,
                        help="CPython to compare with (default: the one running this script)")
    parser.add_argument("--node", default=shutil.which("node") or "node")
    parser.add_argument("--node-args", default="--no-experimental-fetch",
                        help="node options before the .js (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per program and runner; best kept")
    parser.add_argument("--set", default="all", choices=["lang", "aio", "all", "trace"],
                        help="trace: what recording costs (trace_bench.py)")
    parser.add_argument("--heavy", action="store_true",
                        help="include " + ", ".join(sorted(HEAVY)) + " (GiB of memory, minutes)")
    parser.add_argument("--only", default="", help="comma-separated program names (default: the set)")
    parser.add_argument("--readme", action="store_true",
                        help="rewrite the results table in tools/bench/README.md")
    parser.add_argument("--smoke", action="store_true",
                        help="run each program small under python3 and the CLI; exit 1 on a problem")
    args = parser.parse_args(argv)
    if args.set == "trace":
        import trace_bench
        return trace_bench.main(["--cli", args.cli, "--repeat", str(args.repeat), "--only", args.only])

    progs = programs(args.set, heavy=True)
    known = {n: p for n, p in progs}
    if args.only:
        wanted = [n for n in args.only.replace(" ", "").split(",") if n]
        for n in wanted:
            if n not in known:
                parser.error(f"no program {n} (have: {', '.join(known)})")
        progs = [(n, known[n]) for n in wanted]
    elif not args.heavy:
        progs = [(n, p) for n, p in progs if n not in HEAVY]
    if not Path(args.cli).exists():
        parser.error(f"--cli {args.cli} does not exist (build it, or pass --cli)")
    if args.smoke:
        return smoke(args, progs)
    if args.wasm is None:
        args.wasm = str(REPO / "build" / "web" / "loopscope.js")

    runners = [("python3", [args.python]), ("loopscope", [str(Path(args.cli).resolve()), "run"])]
    notes = []
    if not args.no_wasm:
        if Path(args.wasm).exists():
            runners.append(("wasm", [args.node, *args.node_args.split(), str(Path(args.wasm).resolve()), "run"]))
        else:
            notes.append(f"{args.wasm} does not exist: wasm skipped (build web, or pass --wasm)")
    pyodide_version = None
    if not args.no_pyodide:
        if PYODIDE_PACKAGE.exists():
            import json
            pyodide_version = json.loads(PYODIDE_PACKAGE.read_text())["version"]
            runners.append(("pyodide", [args.node, str(PYODIDE_RUNNER)]))
        else:
            notes.append("Pyodide is not installed: pyodide skipped (`./dev bench` installs it)")

    version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"lang_bench: {len(progs)} programs, best of {args.repeat}; {version} ({args.python})")
    print(f"  native: {args.cli}")
    if any(r == "wasm" for r, _ in runners):
        print(f"  wasm:   {args.node} {args.node_args} {args.wasm} (wasm s: program time, "
              "load excluded; wasm total s: the whole process)")
    if pyodide_version:
        print(f"  pyodide {pyodide_version}: {args.node} {PYODIDE_RUNNER} (program time, load excluded)")
    for n in notes:
        print("  note: " + n)
    print("  CPU seconds (user+sys; python3 and native: the whole process; wasm and pyodide: the")
    print("  program alone, as their runners report it); py/nat > 1: Loopscope faster than CPython;")
    print("  pyo/wasm > 1: Loopscope's wasm faster than Pyodide; MiB: peak resident set size")
    print()
    print_header()

    results = {}
    for name, path in progs:
        res = {r: Result() for r, _ in runners}
        repeat = 1 if name in HEAVY else max(1, args.repeat)
        for _ in range(repeat):
            for r, prefix in runners:  # interleaved: load changes hit all runners alike
                res[r].add(*run_one(r, prefix, path))
        results[name] = res
        print_row(name, res)

    names = [n for n, _ in progs]
    print()
    for label, group in geomean_groups(names):
        parts = []
        for t, _, _, f in COLUMNS:
            if t in RATIO_COLUMNS:
                g = geomean([f(results[n]) for n in group])
                if g is not None:
                    parts.append(f"{t} {g:.2f}")
        print(f"geometric mean, {label}: " + ", ".join(parts))

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
    print()
    print_startup(args, runners, results)
    print("wall seconds (best): " + "  ".join(
        f"{n} " + "/".join(fmt(results[n][r].wall, 0, 2).strip() for r, _ in runners) for n in names))
    print("  (in the order " + ", ".join(r for r, _ in runners) + ")")
    if problems:
        print("OUTPUT PROBLEMS:")
        for p in problems:
            print("  " + p)
    else:
        print(f"outputs: all {len(runners)} runners printed identical output for every program")

    if args.readme:
        meta = (f"Measured {datetime.date.today().isoformat()} on {platform.machine()} "
                f"({os.cpu_count()} cores, shared), best of {args.repeat} "
                f"(heavy programs: 1); native CLI {cli_name(args.cli)}; {version}"
                + (f", Pyodide {pyodide_version}" if pyodide_version else "")
                + f"; node {subprocess.run([args.node, '--version'], capture_output=True, text=True).stdout.strip()}."
                + ("" if not notes else " " + " ".join(notes)))
        README.write_text(rewrite_readme(README.read_text(encoding="utf-8"),
                                         table_markdown(results, names, meta)), encoding="utf-8")
        print(f"rewrote the table in {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
