#!/usr/bin/env python3
"""Drive a libFuzzer target of tests/fuzz (issue 16, item 8).

  fuzz.py --binary build/fuzz/fuzz_program --work DIR --seconds N [--smoke]

The corpus lives in DIR/corpus (kept between runs, so fuzzing continues where it stopped); it
starts from the repository's Python programs (tests/golden, tests/conformance, tests/hostile;
--smoke: the hostile ones and every 16th of the others). Findings (crashes, sanitizer reports,
out-of-memory, timeouts) are written to DIR/findings. The target runs in libFuzzer's fork mode
so one finding does not end the run: every finding of the whole time is collected. Prints the
executions, coverage (cov) and features (ft) reached and the findings; exits 1 if there are any.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED_DIRS = ["tests/hostile", "tests/golden", "tests/conformance"]
MAX_LEN = 16384


def seeds(smoke):
    out = []
    for d in SEED_DIRS:
        files = []
        for base, _, names in os.walk(os.path.join(ROOT, d)):
            files += [os.path.join(base, n) for n in names if n.endswith(".py")]
        files.sort()
        if smoke and d != "tests/hostile":
            files = files[::16]
        out += [f for f in files if os.path.getsize(f) <= MAX_LEN]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--smoke", action="store_true")
    args = ap.parse_args()

    args.binary = os.path.abspath(args.binary)
    args.work = os.path.abspath(args.work)
    name = os.path.basename(args.binary)
    corpus = os.path.join(args.work, "corpus")
    findings = os.path.join(args.work, "findings")
    if args.smoke:
        shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(findings, exist_ok=True)
    seed_dir = os.path.join(args.work, "seeds")
    shutil.rmtree(seed_dir, ignore_errors=True)
    os.makedirs(seed_dir)
    for i, f in enumerate(seeds(args.smoke)):
        rel = os.path.relpath(f, ROOT).replace(os.sep, "_")
        shutil.copyfile(f, os.path.join(seed_dir, rel))
    before = set(os.listdir(findings))

    cmd = [
        args.binary,
        corpus,
        seed_dir,
        "-dict=" + os.path.join(HERE, "python.dict"),
        "-max_len=%d" % MAX_LEN,
        "-max_total_time=%d" % args.seconds,
        # Seeds are the test corpus, and under ASan + UBSan a memory-bomb seed runs its whole
        # 200,000-tick budget in 10-30 s: only a unit past 60 s is a hang or a slow finding.
        "-timeout=60",
        "-report_slow_units=60",
        "-rss_limit_mb=2560",
        "-malloc_limit_mb=1024",
        "-fork=1",
        "-ignore_crashes=1",
        "-ignore_ooms=1",
        "-ignore_timeouts=1",
        "-print_final_stats=1",
        "-artifact_prefix=" + findings + "/",
    ]
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    print("fuzz.py:", " ".join(cmd), flush=True)
    t0 = time.time()
    log = os.path.join(args.work, "fuzz.log")
    with open(log, "w") as out:
        rc = subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=args.work)
    elapsed = time.time() - t0
    text = open(log, errors="replace").read()

    # Fork mode prints "#N: cov: C ft: F corp: K exec/s: E oom/timeout/crash: a/b/c time: Ts ...".
    stats = re.findall(r"#(\d+): cov: (\d+) ft: (\d+) corp: (\d+)", text)
    execs, cov, ft, corp = (stats[-1] if stats else ("?", "?", "?", "?"))
    new = sorted(set(os.listdir(findings)) - before)
    print(f"{name}: {elapsed:.0f} s, {execs} executions, cov: {cov} ft: {ft}, corpus {corp} inputs")
    if new:
        print(f"{name}: {len(new)} finding(s) in {findings}:")
        for n in new:
            print("  " + n)
        # The first report of each kind, so a failed smoke run shows what happened.
        for m in re.finditer(r"==\d+==(ERROR|WARNING): .*|.*runtime error: .*|.*deadly signal.*", text):
            print("  " + m.group(0)[:300])
            break
        print(f"  (log: {log}; reproduce: {args.binary} FILE)")
        return 1
    if rc != 0:
        print(f"{name}: libFuzzer exited with {rc} (log: {log})")
        print(text[-3000:])
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
