#!/usr/bin/env python3
"""asyncio conformance tests: scripts whose expected transcripts CPython produced.

Every script tests/conformance/<topic>/<name>.py has its expected transcript <name>.out
next to it, produced by tools/cpython_oracle.py (CPython 3.11 on the virtual clock of
shared/spec/SEMANTICS.md), never written by hand.

Subcommands:
  regen [paths...]                      run the oracle, (re)write <name>.out
  stale [--exact] [paths...]            re-run the oracle into a temp dir; fail listing the
                                        scripts whose committed .out no longer agrees
                                        (--exact: is not byte-identical); skips, exit 0, when
                                        no CPython 3.11 is available
  check --cli "PREFIX" [--jobs N] [--timeout S] [--filter TEXT] [paths...]
                                        run `PREFIX run --transcript <name>.py` from the
                                        script's folder and compare with <name>.out
  selftest                              test the comparison rule and the check runner

Paths may be scripts or folders (searched recursively); default: tests/conformance.
Words of PREFIX that name existing files are made absolute first (scripts run from their
own folder), so `--cli "python3 tools/cpython_oracle.py"` works from the repository root.

Comparison rule (SEMANTICS.md, "The transcript"): two transcripts agree when their stdout
lines (`[T] ...`) are equal in order, their `!error` and `!deadlock` lines are equal in
order, and their `!warning` lines are equal as a multiset. A location inside asyncio's own
library (`created at asyncio/tasks.py:384`, `at asyncio/base_events.py:180`) names CPython's
line there and the playground's line in its own library: such locations agree when the file
agrees, whatever the line; a location in the script must match exactly.
"""

import argparse
import collections
import concurrent.futures
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ROOT = REPO / "tests" / "conformance"
ORACLE = REPO / "tools" / "cpython_oracle.py"
DEFAULT_TIMEOUT = 20.0


# --------------------------------------------------------------------------------------------
# Transcripts
# --------------------------------------------------------------------------------------------
# `asyncio/X.py:N` not preceded by a path character: a file of asyncio's own library, named
# relative to the library folder (the oracle strips CPython's stdlib prefix)
LIBRARY_LOCATION = re.compile(r"(?<![\w/.\-])(asyncio/[\w/]+\.py):\d+")


def library_lines_masked(line):
    """The line with the line numbers of asyncio library locations replaced by `N`."""
    return LIBRARY_LOCATION.sub(r"\1:N", line)


def split_transcript(text):
    """(stdout lines, !error/!deadlock lines, Counter of !warning lines, other lines)."""
    out, errors, warns, other = [], [], collections.Counter(), []
    lines = text.split("\n")  # only \n ends a line: a script may print \r or \f inside one
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        line = library_lines_masked(line)
        if line.startswith("["):
            out.append(line)
        elif line.startswith("!warning"):
            warns[line] += 1
        elif line.startswith("!error") or line == "!deadlock":
            errors.append(line)
        else:
            other.append(line)
    return out, errors, warns, other


def read_transcript(path):
    """A transcript file as text, without newline translation (a line may hold a \\r)."""
    return path.read_bytes().decode("utf-8")


def transcripts_agree(expected, actual):
    e_out, e_err, e_warn, e_other = split_transcript(expected)
    a_out, a_err, a_warn, a_other = split_transcript(actual)
    return e_out == a_out and e_err == a_err and e_warn == a_warn and e_other == a_other


def describe_difference(expected, actual, name):
    """A unified diff of the whole transcripts, plus a note when only warnings moved."""
    diff = "".join(difflib.unified_diff(
        expected.splitlines(True), actual.splitlines(True),
        fromfile=f"{name[:-3] if name.endswith('.py') else name}.out (expected)",
        tofile=f"{name} (actual)"))
    e_warn = split_transcript(expected)[2]
    a_warn = split_transcript(actual)[2]
    if e_warn != a_warn:
        missing = e_warn - a_warn
        extra = a_warn - e_warn
        for line in missing.elements():
            diff += f"  missing warning: {line}\n"
        for line in extra.elements():
            diff += f"  unexpected warning: {line}\n"
    return diff


# --------------------------------------------------------------------------------------------
# Finding scripts and CPython
# --------------------------------------------------------------------------------------------
def find_scripts(paths, name_filter=None):
    roots = [Path(p).resolve() for p in paths] if paths else [ROOT]
    found = []
    for root in roots:
        if root.is_dir():
            found.extend(root.rglob("*.py"))
        elif root.suffix == ".py" and root.exists():
            found.append(root)
        else:
            sys.exit(f"conformance: no such script or folder: {root}")
    found = sorted(set(found))
    if name_filter:
        found = [p for p in found if name_filter in display_name(p)]
    return found


def display_name(script):
    try:
        return str(script.relative_to(ROOT))
    except ValueError:
        return str(script)


def find_python311():
    """An interpreter that is CPython 3.11, or None."""
    candidates = []
    if sys.version_info[:2] == (3, 11) and sys.implementation.name == "cpython":
        candidates.append(sys.executable)
    candidates += ["python3.11", "python3"]
    for exe in candidates:
        try:
            out = subprocess.run(
                [exe, "-c", "import sys; print(sys.implementation.name, '%d.%d' % sys.version_info[:2])"],
                capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.split() == ["cpython", "3.11"]:
            return exe
    return None


def run_oracle(python, script, timeout):
    """The oracle's transcript for one script, run from the script's folder."""
    try:
        proc = subprocess.run([python, str(ORACLE), script.name], cwd=script.parent,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"oracle timed out after {timeout:g} s on {display_name(script)} "
                           "(a script must end or deadlock)") from None
    if proc.returncode != 0:
        raise RuntimeError(f"oracle failed on {display_name(script)} (status {proc.returncode}):\n"
                           + proc.stderr.decode("utf-8", "replace"))
    return proc.stdout.decode("utf-8")


def map_jobs(fn, items, jobs):
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(fn, items))


# --------------------------------------------------------------------------------------------
# Subcommands
# --------------------------------------------------------------------------------------------
def cmd_regen(args):
    python = find_python311()
    if python is None:
        sys.exit("conformance: regen needs CPython 3.11 (python3.11 or python3)")
    scripts = find_scripts(args.paths, args.filter)

    def regen_one(script):
        text = run_oracle(python, script, args.timeout)
        out = script.with_suffix(".out")
        old = read_transcript(out) if out.exists() else None
        if old != text:
            out.write_bytes(text.encode("utf-8"))
            return f"wrote {display_name(out)}"
        return None

    for msg in map_jobs(regen_one, scripts, args.jobs):
        if msg:
            print(msg)
    print(f"conformance: regenerated {len(scripts)} transcripts")
    return 0


def cmd_stale(args):
    python = find_python311()
    if python is None:
        print("conformance stale: skipped (no CPython 3.11 found)")
        return 0
    scripts = find_scripts(args.paths, args.filter)
    with tempfile.TemporaryDirectory(prefix="conformance-stale-") as tmp:
        def stale_one(script):
            text = run_oracle(python, script, args.timeout)
            fresh = Path(tmp) / (display_name(script).replace(os.sep, "__") + ".out")
            fresh.write_bytes(text.encode("utf-8"))
            out = script.with_suffix(".out")
            if not out.exists():
                return f"{display_name(script)}: no committed .out"
            committed = read_transcript(out)
            if not transcripts_agree(committed, text):
                return (f"{display_name(script)}: committed .out differs from the oracle\n"
                        + describe_difference(committed, text, display_name(script)))
            if args.exact and committed != text:
                return (f"{display_name(script)}: committed .out agrees but is not byte-identical\n"
                        + describe_difference(committed, text, display_name(script)))
            return None

        problems = [p for p in map_jobs(stale_one, scripts, args.jobs) if p]
    for p in problems:
        print(p)
    print(f"conformance stale: {len(scripts) - len(problems)} up to date, {len(problems)} stale")
    if problems:
        print("run `python3 tools/conformance.py regen` if the change is intended")
    return 1 if problems else 0


def absolute_prefix(cli):
    """Scripts run from their own folder: make words that name existing paths absolute."""
    words = shlex.split(cli)
    return [str(Path(w).resolve()) if not w.startswith("-") and ("/" in w or w.endswith(".py"))
            and Path(w).exists() else w for w in words]


def check_one(script, prefix, timeout):
    """None if the CLI's transcript agrees with the committed one, else a failure report."""
    name = display_name(script)
    out = script.with_suffix(".out")
    if not out.exists():
        return f"FAIL {name}: no committed transcript {out.name} (run regen)\n"
    expected = read_transcript(out)
    cmd = prefix + ["run", "--transcript", script.name]
    try:
        proc = subprocess.run(cmd, cwd=script.parent, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"FAIL {name}: timed out after {timeout:g} s\n"
    except OSError as e:
        return f"FAIL {name}: cannot start {prefix[0]!r}: {e}\n"
    actual = proc.stdout.decode("utf-8", "replace")
    if transcripts_agree(expected, actual):
        return None
    report = f"FAIL {name} (exit status {proc.returncode})\n" + describe_difference(expected, actual, name)
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if stderr:
        report += "  stderr:\n" + "".join(f"    {l}\n" for l in stderr.splitlines()[-10:])
    return report


def cmd_check(args):
    if args.skip_unless_python311 and find_python311() is None:
        print("conformance check: skipped (no CPython 3.11 found)")
        return 0
    prefix = absolute_prefix(args.cli)
    if not prefix:
        sys.exit("conformance: --cli must name a command")
    scripts = find_scripts(args.paths, args.filter)
    results = map_jobs(lambda s: check_one(s, prefix, args.timeout), scripts, args.jobs)
    failed = 0
    for report in results:
        if report:
            failed += 1
            sys.stdout.write(report)
    print(f"conformance: {len(scripts) - failed} passed, {failed} failed")
    return 1 if failed else 0


SELFTEST_FAKE_CLI = """
import os, sys, time
mode = os.environ["FAKE_MODE"]
lines = open(sys.argv[-1][:-3] + ".out", encoding="utf-8").read().splitlines()
if mode == "move_warnings":
    lines = [l for l in lines if l.startswith("!warning")] + [l for l in lines if not l.startswith("!warning")]
elif mode == "shift_time":
    lines = [l.replace("[0.000]", "[0.001]", 1) for l in lines]
elif mode == "drop_warning":
    lines = [l for l in lines if not l.startswith("!warning")]
elif mode == "swap_lines":
    lines[0], lines[2] = lines[2], lines[0]
elif mode == "hang":
    time.sleep(60)
print("\\n".join(lines))
"""


def cmd_selftest(args):
    """Checks the comparison rule and the check runner against a fake CLI (no CPython needed)."""
    failures = []

    def expect(cond, what):
        if not cond:
            failures.append(what)

    base = "[0.000] a\n!warning W: x\n[1.000] b\n!warning W: y\n!error E: z\n"
    expect(transcripts_agree(base, base), "identical transcripts agree")
    expect(transcripts_agree(base, "!warning W: y\n[0.000] a\n[1.000] b\n!error E: z\n!warning W: x\n"),
           "warnings are a multiset: moving them keeps agreement")
    expect(not transcripts_agree(base, base.replace("[1.000]", "[1.001]")), "time stamps count")
    expect(not transcripts_agree(base, base.replace("!warning W: y\n", "")), "a missing warning counts")
    expect(not transcripts_agree(base, base + "!warning W: x\n"), "warning multiplicity counts")
    expect(not transcripts_agree(base, base.replace("!error E: z\n", "")), "a missing !error counts")
    expect(not transcripts_agree("[0.000] a\n", "[0.000] a\n!deadlock\n"), "!deadlock counts")
    expect(not transcripts_agree("[0.000] a\n[0.000] b\n", "[0.000] b\n[0.000] a\n"), "stdout order counts")
    expect(not transcripts_agree("[0.000] a\rb\n", "[0.000] a\n[0.000] b\n"), "only \\n ends a line")
    lib = "[0.000] <Task pending created at asyncio/tasks.py:384>\n!warning Executing <Handle f() at s.py:3 created at asyncio/base_events.py:427> took 0.200 seconds\n"
    expect(transcripts_agree(lib, lib.replace(":384>", ":18>").replace(":427>", ":60>")),
           "a location in asyncio's library agrees whatever its line")
    expect(not transcripts_agree(lib, lib.replace("asyncio/tasks.py", "asyncio/futures.py")),
           "a location in asyncio's library must name the same file")
    expect(not transcripts_agree(lib, lib.replace("s.py:3", "s.py:4")),
           "a location in the script must match exactly (!warning)")
    user = "[0.000] <Handle print('hi') created at a.py:10>\n"
    expect(not transcripts_agree(user, user.replace("a.py:10", "a.py:11")),
           "a location in the script must match exactly (stdout)")
    expect(not transcripts_agree("[0.000] at x/asyncio/tasks.py:3\n", "[0.000] at x/asyncio/tasks.py:4\n"),
           "a path that only ends in asyncio/ is not the library")
    with tempfile.TemporaryDirectory(prefix="conformance-selftest-") as tmp:
        tmp = Path(tmp)
        (tmp / "fake_cli.py").write_text(SELFTEST_FAKE_CLI, encoding="utf-8")
        (tmp / "s.py").write_text("# placeholder script\n", encoding="utf-8")
        (tmp / "s.out").write_text("[0.000] one\n!warning RuntimeWarning: w\n[0.000] two\n[1.000] three\n",
                                   encoding="utf-8")
        prefix = [sys.executable, str(tmp / "fake_cli.py")]
        for mode, should_pass in [("same", True), ("move_warnings", True), ("shift_time", False),
                                  ("drop_warning", False), ("swap_lines", False), ("hang", False)]:
            os.environ["FAKE_MODE"] = mode
            report = check_one(tmp / "s.py", prefix, timeout=2 if mode == "hang" else 30)
            expect((report is None) == should_pass, f"check with fake CLI mode {mode!r}: {report}")
    for f in failures:
        print(f"selftest FAILED: {f}")
    print(f"conformance selftest: {'ok' if not failures else f'{len(failures)} failed'}")
    return 1 if failures else 0


def main(argv):
    try:
        return dispatch(argv)
    except RuntimeError as e:
        print(f"conformance: {e}", file=sys.stderr)
        return 2


def dispatch(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p, jobs):
        p.add_argument("paths", nargs="*", help="scripts or folders (default: tests/conformance)")
        p.add_argument("--jobs", type=int, default=jobs, help="parallel runs (default %(default)s)")
        p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                       help="seconds per script (default %(default)s)")
        p.add_argument("--filter", help="only scripts whose name contains this text")

    common(sub.add_parser("regen", help="run the oracle and write .out files"), 2)
    p = sub.add_parser("stale", help="fail if a committed .out disagrees with the oracle")
    p.add_argument("--exact", action="store_true",
                   help="also fail when the transcripts agree but are not byte-identical")
    common(p, 2)
    p = sub.add_parser("check", help="compare a CLI's transcripts with the committed ones")
    p.add_argument("--cli", required=True, help='command prefix, e.g. "build/native/tools/cli/loopscope"')
    p.add_argument("--skip-unless-python311", action="store_true",
                   help="exit 0 with a skip message when no CPython 3.11 exists (for checking the oracle)")
    common(p, 2)
    sub.add_parser("selftest", help="test the comparison rule and the check runner (no CPython needed)")
    args = parser.parse_args(argv)
    commands = {"regen": cmd_regen, "stale": cmd_stale, "check": cmd_check, "selftest": cmd_selftest}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
