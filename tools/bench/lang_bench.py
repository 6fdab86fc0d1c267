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
For each it keeps the best CPU time (user + system of the child, from getrusage deltas), the
best wall time and the peak resident set size, and checks that all printed the same output.
Pyodide's time is its program's alone (the runner reports the CPU spent loading Pyodide, about
4 s, and that is subtracted); Loopscope's wasm time includes node's start and compiling the
module, so the wasm/Pyodide ratio errs against Loopscope.

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


def pyodide_program_cpu(err, cpu):
    """(CPU seconds of the program alone, stderr without the runner's line) for a Pyodide run:
    the runner's own report of its run time, or the whole process's when the line is missing."""
    m = PYODIDE_CPU.search(err)
    if not m:
        return cpu, err
    return float(m.group(2)) / 1000.0, err[: m.start()] + err[m.end():]


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
    """Every program with its N line set to 4 under python3 and the CLI: both must succeed and
    print the same. Checks the scripts, not speed; a few seconds in all."""
    failures = 0
    with tempfile.TemporaryDirectory(prefix="lang_bench_smoke_") as tmp:
        for name, path in progs:
            src = path.read_text(encoding="utf-8")
            if not N_LINE.search(src):
                print(f"{name}: no `N = ...` line")
                failures += 1
                continue
            small = Path(tmp) / path.name
            small.write_text(N_LINE.sub("N = 4", src, count=1), encoding="utf-8")
            runs = [subprocess.run(cmd + [str(small)], capture_output=True, text=True, timeout=120)
                    for cmd in ([args.python], [args.cli, "run"])]
            bad = [r for r in runs if r.returncode != 0]
            if bad:
                print(f"{name}: exited {bad[0].returncode}: {bad[0].stderr.strip()[-300:]}")
                failures += 1
            elif runs[0].stdout != runs[1].stdout:
                print(f"{name}: outputs differ: {first_diff(runs[0].stdout, runs[1].stdout)}")
                failures += 1
            else:
                print(f"{name}: ok")
    # The parsing helpers, on fixed inputs.
    got = pyodide_program_cpu("x\npyodide-cpu-ms: 4000.5 250.0\ny\n", 9.0)
    if got != (0.25, "x\ny\n"):
        print(f"pyodide_program_cpu: {got!r}")
        failures += 1
    text = f"a\n{TABLE_BEGIN}\nold\n{TABLE_END}\nb\n"
    if rewrite_readme(text, "new\n") != f"a\n{TABLE_BEGIN}\nnew\n{TABLE_END}\nb\n":
        print("rewrite_readme: wrong result")
        failures += 1
    print(f"{len(progs) + 2 - failures} passed, {failures} failed")
    return 1 if failures else 0


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
    parser.add_argument("--wasm", default=str(REPO / "build" / "web" / "loopscope.js"),
                        help="wasm CLI, run under node (default: build/web/loopscope.js)")
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
        print(f"  wasm:   {args.node} {args.node_args} {args.wasm}")
    if pyodide_version:
        print(f"  pyodide {pyodide_version}: {args.node} {PYODIDE_RUNNER} (program time, load excluded)")
    for n in notes:
        print("  note: " + n)
    print("  CPU seconds (user+sys of the child); py/nat > 1: Loopscope faster than CPython;")
    print("  pyo/wasm > 1: Loopscope's wasm faster than Pyodide; MiB: peak resident set size")
    print()
    print_header()

    results = {}
    for name, path in progs:
        res = {r: Result() for r, _ in runners}
        repeat = 1 if name in HEAVY else max(1, args.repeat)
        for _ in range(repeat):
            for r, prefix in runners:  # interleaved: load changes hit all runners alike
                wall, cpu_s, peak, out, err, status = measure(prefix + [str(path)])
                if r == "pyodide":
                    cpu_s, err = pyodide_program_cpu(err, cpu_s)
                res[r].add(wall, cpu_s, peak, out, err, status)
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
