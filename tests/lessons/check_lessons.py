#!/usr/bin/env python3
"""Lesson programs behave in the playground exactly as in CPython.

usage:
  check_lessons.py programs --cli "PREFIX" [--timeout S] [LESSONS_DIR | LESSON_FOLDER]
      runs every *.py of every lesson folder, or of one (the program, challenge starters, solutions)
      with `PREFIX run --transcript FILE` and with tools/cpython_oracle.py, from the lesson's
      folder, and fails unless the transcripts agree (the rule of tools/conformance.py)
  check_lessons.py bundle --out FILE --tests "PREFIX" [LESSONS_DIR]
      packs the lessons with tools/lessons_bundle.py into FILE (and their course map into
      FILE's name + _map.json), then runs the unit tests "[lessons_bundle]" of loopscope_tests
      (PREFIX) on them
"""

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import conformance  # noqa: E402  (transcripts_agree, describe_difference, find_python311)


def lesson_programs(root):
    """The programs of every lesson folder below `root`, or of `root` itself when it is one."""
    if (root / "lesson.json").is_file():
        return sorted(root.glob("*.py"))
    return sorted(p for p in root.glob("[0-9]*/*.py"))


def cmd_programs(args):
    python = conformance.find_python311()
    if python is None:
        print("check_lessons: skipped (no CPython 3.11 to produce the expected transcripts)")
        return 0
    prefix = conformance.absolute_prefix(args.cli)
    scripts = lesson_programs(Path(args.lessons).resolve())
    if not scripts:
        print(f"check_lessons: no lesson programs in {args.lessons}")
        return 1
    failed = 0
    for script in scripts:
        name = f"{script.parent.name}/{script.name}"
        expected = conformance.run_oracle(python, script, args.timeout)
        try:
            proc = subprocess.run(prefix + ["run", "--transcript", script.name], cwd=script.parent,
                                  stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"FAIL {name}: timed out after {args.timeout:g} s")
            failed += 1
            continue
        actual = proc.stdout.decode("utf-8", "replace")
        if not expected.strip():
            print(f"FAIL {name}: CPython printed nothing (a lesson program must print)")
            failed += 1
        elif conformance.transcripts_agree(expected, actual):
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name} (exit status {proc.returncode})")
            sys.stdout.write(conformance.describe_difference(expected, actual, name))
            err = proc.stderr.decode("utf-8", "replace").strip()
            if err:
                print("  stderr:\n" + "\n".join("    " + l for l in err.splitlines()[-10:]))
    print(f"check_lessons: {len(scripts) - failed} programs agree with CPython, {failed} differ")
    return 1 if failed else 0


def cmd_bundle(args):
    out = Path(args.out).resolve()
    course_map = out.with_name(out.stem + "_map.json")
    subprocess.run([sys.executable, str(REPO / "tools" / "lessons_bundle.py"),
                    "--lessons", args.lessons, "--out", str(out), "--map", str(course_map)],
                   check=True)
    env = dict(os.environ, LOOPSCOPE_LESSONS_BUNDLE=str(out), LOOPSCOPE_LESSON_MAP=str(course_map))
    cmd = shlex.split(args.tests) + ["[lessons_bundle]", "--warn", "NoTests", "--use-colour", "no"]
    return subprocess.run(cmd, env=env).returncode


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("programs")
    p.add_argument("--cli", required=True)
    p.add_argument("--timeout", type=float, default=30.0)
    p.add_argument("lessons", nargs="?", default=str(REPO / "lessons"))
    p = sub.add_parser("bundle")
    p.add_argument("--out", required=True)
    p.add_argument("--tests", required=True)
    p.add_argument("lessons", nargs="?", default=str(REPO / "lessons"))
    args = parser.parse_args(argv)
    return cmd_programs(args) if args.command == "programs" else cmd_bundle(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
