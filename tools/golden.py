#!/usr/bin/env python3
"""Golden-program tests for the Loopscope Python-subset interpreter.

Every program tests/golden/<topic>/<name>.py has its expected output next to it:
  <name>.out   stdout CPython 3.11 printed (always present, may be empty)
  <name>.err   stderr CPython 3.11 printed (only present when non-empty)
Expected outputs are produced by CPython, never written by hand.

Subcommands:
  regen [paths...]            run python3 3.11 on the programs, (re)write .out/.err
  check --cli "PREFIX" [...]  run `PREFIX run <name>.py` per program, compare exactly
  stale [paths...]            fail if a committed .out/.err differs from what python3 prints
  cpython run <name>.py       behave like the Loopscope CLI, but with CPython (self-check:
                              `tools/golden.py check --cli "python3 tools/golden.py cpython"`)
  selftest                    check passes CPython's output and catches each kind of mismatch

Paths may be program files or folders (searched recursively); default: tests/golden.

Exit-status rule (exact): a program is expected to exit with status 0 when it has no
.err file, and with a non-zero status when it has one. regen refuses programs that
break this rule under CPython (e.g. that print warnings to stderr and exit 0). Death by a
signal (a crash) always fails.

Normalisation: CPython 3.11 makes the main script's path absolute, so tracebacks read
`File "/abs/dir/name.py"`. regen (and the `cpython` runner) rewrite that to
`File "name.py"` (also on stdout, where unittest's reports may go; and `in file name.py`
in the SyntaxError of source that is not UTF-8, and
`name.py:12:` at the start of a warning line), which is what the Loopscope CLI prints for
`run name.py`.
CPython runs with its default debug ranges: tracebacks keep their ^^^^ position markers.
The one other rewrite: unittest's "Ran N tests in 0.016s" line (on stdout or stderr) gets
"in 0.000s", as CPython's real clock varies from run to run; Loopscope prints its virtual
clock there, which is 0.000s unless a test sleeps (so golden programs whose runner prints that
line do not sleep). Nothing else is normalised; check compares bytes exactly.

CPython runs each program (by its absolute path) in a fresh empty temporary working folder,
which matches the playground's simulated file system (empty at the start): a program that
writes, lists or stats files sees only what it made itself, and nothing is left behind.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLDEN_ROOT = REPO / "tests" / "golden"
DEFAULT_TIMEOUT = 10.0
PYTHON = os.environ.get("GOLDEN_PYTHON", "python3")


def program_env():
    """Environment for every run: no inherited PYTHON* knobs (PYTHONOPTIMIZE would strip
    asserts), a fixed hash seed and UTF-8 stdio."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.setdefault("LC_ALL", "C.UTF-8")
    return env


def python_is_311():
    try:
        out = subprocess.run(
            [PYTHON, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True, text=True, timeout=30, env=program_env())
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and out.stdout.strip() == "3.11"


def find_programs(paths, name_filter=None):
    roots = [Path(p).resolve() for p in paths] if paths else [GOLDEN_ROOT]
    found = []
    for root in roots:
        if root.is_dir():
            found.extend(sorted(root.rglob("*.py")))
        elif root.suffix == ".py" and root.exists():
            found.append(root)
        else:
            sys.exit(f"golden: no such program or folder: {root}")
    found = sorted(set(found))
    if name_filter:
        found = [p for p in found if name_filter in display_name(p)]
    return found


def display_name(prog):
    try:
        return str(prog.relative_to(GOLDEN_ROOT).with_suffix(""))
    except ValueError:
        return str(prog.with_suffix(""))


def decode(data):
    return data.decode("utf-8", errors="replace")


def stdin_of(prog):
    """What the program reads from its standard input: <name>.in next to it, else nothing."""
    given = prog.with_suffix(".in")
    return given.read_bytes() if given.exists() else b""


def run_cpython(prog, timeout=DEFAULT_TIMEOUT):
    """Run one program with CPython as regen does; return (rc, stdout, stderr) as text."""
    # The working folder is a fresh empty one (as the playground's simulated disk starts
    # empty): programs that use os, pathlib or open() see only the files they create.
    with tempfile.TemporaryDirectory(prefix="golden-") as scratch:
        proc = subprocess.run(
            [PYTHON, str(prog)], cwd=scratch, input=stdin_of(prog),
            capture_output=True, env=program_env(), timeout=timeout)
    err = decode(proc.stderr).replace(f'File "{prog.parent}{os.sep}', 'File "')
    # (and the "Non-UTF-8 code ... in file /abs/dir/name.py" SyntaxError)
    err = err.replace(f" in file {prog.parent}{os.sep}", " in file ")
    # (and a warning's "/abs/dir/name.py:12: RuntimeWarning: ..." line)
    err = "\n".join(line[len(f"{prog.parent}{os.sep}"):]
                    if line.startswith(f"{prog.parent}{os.sep}{prog.name}:") else line
                    for line in err.split("\n"))
    # (and the same "File" lines in what a program prints itself: unittest reports to a stream)
    out = decode(proc.stdout).replace(f'File "{prog.parent}{os.sep}', 'File "')
    return proc.returncode, unittest_time(out), unittest_time(err)


def unittest_time(text):
    """unittest's "Ran N tests in T" line with T = 0.000s (see the module's docstring)."""
    return re.sub(r"(?m)^(Ran \d+ tests? in )\d+\.\d{3}s$", r"\g<1>0.000s", text)


def expected_of(prog):
    out_path, err_path = prog.with_suffix(".out"), prog.with_suffix(".err")
    if not out_path.exists():
        return None
    # Bytes, not read_text(): universal newlines would turn a printed "\r\n" into "\n".
    out = decode(out_path.read_bytes())
    err = decode(err_path.read_bytes()) if err_path.exists() else ""
    return out, err


# ---------------------------------------------------------------------------------------
# regen / stale


def cmd_regen(args):
    if not python_is_311():
        sys.exit(f"golden: refusing to regenerate: {PYTHON} is not CPython 3.11.x")
    bad = 0
    programs = find_programs(args.paths)
    for prog in programs:
        rc, out, err = run_cpython(prog, timeout=60)
        if (rc != 0) != bool(err):
            print(f"golden: {display_name(prog)}: exit status {rc} with "
                  f"{'non-empty' if err else 'empty'} stderr breaks the exit-status rule")
            bad += 1
            continue
        prog.with_suffix(".out").write_bytes(out.encode("utf-8"))
        err_path = prog.with_suffix(".err")
        if err:
            err_path.write_bytes(err.encode("utf-8"))
        elif err_path.exists():
            err_path.unlink()
    print(f"golden: regenerated {len(programs) - bad} programs, {bad} refused")
    return 1 if bad else 0


def cmd_stale(args):
    if not python_is_311():
        print("golden stale: skipped: python3 3.11 not found")
        return 0
    stale = []
    programs = find_programs(args.paths)
    for prog in programs:  # fresh outputs are compared in memory; nothing is written
        rc, out, err = run_cpython(prog, timeout=60)
        if expected_of(prog) != (out, err):
            stale.append(display_name(prog))
    for name in stale:
        print(f"STALE {name}: committed .out/.err differ from python3 "
              f"(run tools/golden.py regen)")
    print(f"golden stale: {len(programs) - len(stale)} fresh, {len(stale)} stale")
    return 1 if stale else 0


# ---------------------------------------------------------------------------------------
# check


def short_diff(label, expected, actual, limit=20):
    lines = list(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"expected {label}", tofile=f"actual {label}", n=2))
    if not lines:  # differ only in a trailing newline
        lines = [f"--- expected {label}\n", f"+++ actual {label}\n",
                 f"-{expected[-40:]!r}\n", f"+{actual[-40:]!r}\n"]
    shown = [l if l.endswith("\n") else l + "\n\\ no newline at end\n" for l in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"... ({len(lines) - limit} more diff lines)\n")
    return "".join("    " + l for l in shown)


def check_one(prog, prefix, timeout):
    """Return None when the program passes, else a failure report (str)."""
    name = display_name(prog)
    expected = expected_of(prog)
    if expected is None:
        return f"FAIL {name}: no .out file (run tools/golden.py regen)\n"
    exp_out, exp_err = expected
    try:
        # Own process group, so a timeout also ends whatever the CLI started (e.g. node).
        proc = subprocess.Popen(prefix + [prog.name], cwd=prog.parent, env=program_env(),
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return f"FAIL {name}: cannot start {prefix[0]!r}: {e}\n"
    try:
        raw_out, raw_err = proc.communicate(input=stdin_of(prog), timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.communicate()
        return f"FAIL {name}: timed out after {timeout:g} s\n"
    out, err = decode(raw_out), decode(raw_err)
    problems, diffs = [], ""
    if out != exp_out:
        problems.append("stdout differs")
        diffs += short_diff("stdout", exp_out, out)
    if err != exp_err:
        problems.append("stderr differs")
        diffs += short_diff("stderr", exp_err, err)
    if proc.returncode < 0:  # killed by a signal: always a failure, say which
        try:
            sig = signal.Signals(-proc.returncode).name
        except ValueError:
            sig = f"signal {-proc.returncode}"
        problems.append(f"crashed ({sig})")
    elif (proc.returncode != 0) != bool(exp_err):
        want = "non-zero" if exp_err else "0"
        problems.append(f"exit status {proc.returncode}, expected {want}")
    if not problems:
        return None
    return f"FAIL {name}: {', '.join(problems)}\n{diffs}"


def load_known_failures(path, platform):
    """Known failures: one `topic/name  [platform]  # reason` per line. A program listed here
    may fail without failing the run, and must fail: if it passes, the run fails so the list
    is kept honest. `[native]` or `[web]` limits an entry to one platform."""
    known = {}
    if not path:
        return known
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line, _, reason = raw.partition("#")
        words = line.split()
        if not words:
            continue
        tags = [w.strip("[]") for w in words[1:] if w.startswith("[")]
        if tags and platform not in tags:
            continue
        known[words[0]] = reason.strip() or "known failure"
    return known


def cmd_check(args):
    # Programs run from their own folder, so words of the prefix that name existing
    # files relative to the current folder (e.g. build/native/.../loopscope) are made absolute.
    prefix = [str(Path(w).resolve()) if "/" in w and not w.startswith("-") and Path(w).exists()
              else w for w in shlex.split(args.cli)]
    if not prefix:
        sys.exit("golden: --cli must name a command")
    if not args.no_run_word:
        prefix.append("run")
    programs = find_programs(args.paths, args.filter)
    known = load_known_failures(args.known_failures, args.platform)
    failed = []
    xfailed = []
    xpassed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [(p, pool.submit(check_one, p, prefix, args.timeout)) for p in programs]
        for prog, fut in futures:  # report in a stable order
            report = fut.result()
            name = display_name(prog).replace(os.sep, "/")
            if report is None:
                if name in known:
                    # A known failure that passes: the list is stale, which must not go unseen.
                    xpassed.append(name)
                    failed.append(display_name(prog))
                    print(f"XPASS {name}: passes now; remove it from {args.known_failures}")
                elif args.verbose:
                    print(f"ok   {display_name(prog)}")
                continue
            if name in known:
                xfailed.append(name)
                print(f"xfail {name}: {known[name]}")
                continue
            failed.append(display_name(prog))
            sys.stdout.write(report)
            sys.stdout.flush()
    if args.by_topic:
        topics = {}
        for prog in programs:
            topic = display_name(prog).split(os.sep)[0]
            topics.setdefault(topic, [0, 0])[0] += 1
        for name in failed:
            topics[name.split(os.sep)[0]][1] += 1
        for topic, (total, bad) in sorted(topics.items()):
            print(f"  {topic:<22} {total - bad:>4}/{total:<4} passed")
    if args.list_failures:
        Path(args.list_failures).write_text("".join(f + "\n" for f in failed),
                                            encoding="utf-8")
    if xfailed:
        print(f"golden: {len(xfailed)} known failures (listed in {args.known_failures})")
    print(f"golden: {len(programs) - len(failed) - len(xfailed)} passed, {len(failed)} failed")
    return 1 if failed or not programs else 0


# ---------------------------------------------------------------------------------------
# cpython: a stand-in for the Loopscope CLI, to check the suite against CPython itself


def cmd_cpython(args):
    if args.run != "run":
        sys.exit("usage: golden.py cpython run FILE.py")
    prog = Path(args.file).resolve()
    rc, out, err = run_cpython(prog)
    # --mangle breaks one aspect on purpose, so `selftest` can prove that check notices.
    if args.mangle == "stdout":
        out += "extra line\n"
    elif args.mangle == "stderr":
        err = err.replace("Error", "Eror")
    elif args.mangle == "exit":
        rc = 0 if rc else 3
    elif args.mangle == "hang":
        import time
        time.sleep(30)
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stderr.buffer.write(err.encode("utf-8"))
    if args.mangle == "crash":
        sys.stdout.flush()
        sys.stderr.flush()
        os.abort()
    return rc


# ---------------------------------------------------------------------------------------
# selftest: check must pass CPython's own output and notice every kind of difference


def cmd_selftest(args):
    if not python_is_311():
        print("golden selftest: skipped: python3 3.11 not found")
        return 0
    ok_prog = GOLDEN_ROOT / "strings" / "control_characters.py"   # no .err
    err_prog = GOLDEN_ROOT / "tracebacks" / "nested_calls.py"      # has .err
    stand_in = [sys.executable, str(Path(__file__).resolve()), "cpython"]
    cases = [  # (mangle, program, timeout, words the report must contain; None = must pass)
        (None, ok_prog, 30, None),
        (None, err_prog, 30, None),
        ("stdout", ok_prog, 30, "stdout differs"),
        ("stderr", err_prog, 30, "stderr differs"),
        ("exit", ok_prog, 30, "exit status 3, expected 0"),
        ("exit", err_prog, 30, "exit status 0, expected non-zero"),
        ("hang", ok_prog, 2, "timed out after 2 s"),
        ("crash", ok_prog, 30, "crashed (SIGABRT)"),
        ("crash", err_prog, 30, "crashed (SIGABRT)"),  # right output, but a crash
    ]
    failures = 0
    for mangle, prog, timeout, expect in cases:
        prefix = stand_in + (["--mangle", mangle] if mangle else []) + ["run"]
        report = check_one(prog, prefix, timeout)
        good = report is None if expect is None else (report is not None and expect in report)
        failures += not good
        label = f"mangle={mangle or 'none'} {display_name(prog)}"
        print(f"{'ok  ' if good else 'FAIL'} {label}: {(report or 'passed').splitlines()[0]}")
    missing = check_one(GOLDEN_ROOT / "no_such_topic" / "missing.py", stand_in + ["run"], 30)
    good = missing is not None and "no .out file" in missing
    failures += not good
    print(f"{'ok  ' if good else 'FAIL'} program without .out is reported")
    print(f"golden selftest: {failures} problem(s)")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("regen", help="write .out/.err from CPython 3.11")
    p.add_argument("paths", nargs="*")
    p.set_defaults(func=cmd_regen)

    p = sub.add_parser("stale", help="fail if committed outputs differ from CPython")
    p.add_argument("paths", nargs="*")
    p.set_defaults(func=cmd_stale)

    p = sub.add_parser("check", help="run the programs with a CLI and compare")
    p.add_argument("--cli", required=True,
                   help='command prefix, e.g. "build/native/tools/cli/loopscope"')
    p.add_argument("--no-run-word", action="store_true",
                   help="do not insert the word `run` before the file name")
    p.add_argument("--jobs", "-j", type=int, default=2)
    p.add_argument("--filter", help="only programs whose topic/name contains this")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help="seconds per program (default 10)")
    p.add_argument("--list-failures", metavar="FILE", help="write failing names here")
    p.add_argument("--verbose", "-v", action="store_true", help="also list passes")
    p.add_argument("--known-failures", metavar="FILE",
                   help="programs expected to fail (see load_known_failures); passing fails")
    p.add_argument("--platform", default="native", help="native or web, for --known-failures")
    p.add_argument("--by-topic", action="store_true", help="print pass counts per topic")
    p.add_argument("paths", nargs="*")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("cpython", help="CLI stand-in: `cpython run FILE.py` via python3")
    p.add_argument("--mangle", choices=["stdout", "stderr", "exit", "hang", "crash"],
                   help="(for selftest) break one aspect of the output on purpose")
    p.add_argument("run")
    p.add_argument("file")
    p.set_defaults(func=cmd_cpython)

    p = sub.add_parser("selftest", help="prove that check passes CPython and catches errors")
    p.set_defaults(func=cmd_selftest)

    args = ap.parse_args()
    sys.exit(args.func(args))


if __name__ == "__main__":
    main()
