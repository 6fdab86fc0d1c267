#!/usr/bin/env python3
"""What recording the time-travel trace costs (issue 17: at most 2x the plain run).

    python3 tools/bench/trace_bench.py [--cli PATH] [--repeat N] [--only NAME[,NAME...]]
                                       [--lessons] [--no-json]
    python3 tools/bench/lang_bench.py --set trace ...   # the same

For each program of tools/bench/aio/ (and with --lessons every lessons/*/*.py), interleaved,
best of N (default 3), CPU seconds (user + sys of the child):
  run     `CLI run prog.py`                 the plain run
  trace   `CLI trace --stats prog.py`       the run recorded as the page records it (events,
                                            stacks and locals, line events, checkpoints), no
                                            output: the recording alone
  json    `CLI trace --json prog.py`        the same, written as JSON (what the CLI prints)
trace/run is the issue's ratio. events and B/ev (bytes the recording holds per event: the
store, its strings and the checkpoints) come from `trace --stats`; MiB is the peak resident set
size of run and trace. A report, never an assertion: exits 0.
"""

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lang_bench import HEAVY, REPO, Result, fmt, geomean, measure, programs, ratio  # noqa: E402

STATS = re.compile(r"events (\d+), recording (\d+) bytes")


def lesson_programs():
    return [(f"{p.parent.name[:2]}/{p.stem}", p) for p in sorted((REPO / "lessons").glob("*/*.py"))]


def run(args):
    progs = [(n, p) for n, p in programs("aio", heavy=False) if n not in HEAVY]
    if args.lessons:
        progs += lesson_programs()
    if args.only:
        wanted = [n for n in args.only.replace(" ", "").split(",") if n]
        progs = [(n, p) for n, p in progs if n in wanted]
    cli = str(Path(args.cli).resolve())
    runners = [("run", [cli, "run"]), ("trace", [cli, "trace", "--stats"])]
    if not args.no_json:
        runners.append(("json", [cli, "trace", "--json"]))
    print(f"trace_bench: {len(progs)} programs, best of {args.repeat}; CLI {args.cli}")
    print("  CPU seconds; trace/run: recording (no output) over the plain run; B/ev: bytes held")
    print("  by the recording per event; MiB: peak RSS of run and trace")
    print()
    cols = ["program", "run s", "trace s", "trace/run"]
    if not args.no_json:
        cols += ["json s", "json/run"]
    cols += ["events", "B/ev", "run MiB", "trace MiB"]
    print(f"{cols[0]:<28}" + "".join(f"{c:>10}" for c in cols[1:]))
    ratios, jratios = [], []
    for name, path in progs:
        res = {r: Result() for r, _ in runners}
        for _ in range(max(1, args.repeat)):
            for r, prefix in runners:  # interleaved: load changes hit all alike
                wall, cpu, rss, out, err, status = measure(prefix + [str(path)])
                if r == "json":
                    out = ""  # (megabytes: only its time matters here)
                res[r].add(wall, cpu, rss, out, err, status)
        m = STATS.search(res["trace"].out or "")
        events, nbytes = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
        t_run, t_trace = res["run"].cpu, res["trace"].cpu
        row = [fmt(t_run, 10), fmt(t_trace, 10), fmt(ratio(t_trace, t_run), 10, 2)]
        ratios.append(ratio(t_trace, t_run))
        if not args.no_json:
            row += [fmt(res["json"].cpu, 10), fmt(ratio(res["json"].cpu, t_run), 10, 2)]
            jratios.append(ratio(res["json"].cpu, t_run))
        row += [f"{events:>10}", fmt(nbytes / events if events else None, 10, 1),
                fmt(res["run"].rss / 1024 if res["run"].rss else None, 10, 0),
                fmt(res["trace"].rss / 1024 if res["trace"].rss else None, 10, 0)]
        print(f"{name:<28}" + "".join(row))
        for r, x in res.items():
            if x.status not in (0, 1):  # (a lesson's program may end in an uncaught error)
                print(f"  {r} exited {x.status}: {x.err.strip().splitlines()[-1:]}")
    print()
    g = geomean(ratios)
    line = f"geometric mean trace/run {g:.2f}" if g else "no ratios"
    if jratios and geomean(jratios):
        line += f", json/run {geomean(jratios):.2f}"
    print(line)
    return 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", default=str(REPO / "build" / "native" / "loopscope"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="", help="comma-separated program names")
    parser.add_argument("--lessons", action="store_true", help="also every lessons/*/*.py")
    parser.add_argument("--no-json", action="store_true", help="skip the `trace --json` runs")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
