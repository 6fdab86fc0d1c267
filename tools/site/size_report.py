#!/usr/bin/env python3
"""What a first visit downloads, and whether it fits the budget.

usage: size_report.py SITE_DIR [--budget-gzip BYTES]

Reads the site's manifest (site.json, written by build_site.py) for the list of files a
first visit loads, measures each one and its precompressed .gz and .br next to it on disk,
prints a table, and exits 1 when the gzip total is over the budget (default 1,000,000 bytes:
"first load at most 1.0 MB compressed"). The first load holds one lesson, the one the page
opens on: the manifest lists the first; a link or saved work may open another instead, so the
budget is checked with the largest of them (openingLessons in the manifest). The service
worker's later copy of the small files and the offline copy are not part of the first load.
The files the page fetches once it is interactive (every lesson, the standard modules' Python)
are listed after the budget line, apart.
"""
import argparse
import json
import sys
from pathlib import Path


def size(path: Path):
    return path.stat().st_size if path.exists() else None


def main(argv) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--budget-gzip", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    try:
        manifest = json.loads((args.site / "site.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"size_report: no readable site.json in {args.site} ({e}): build the web target",
              file=sys.stderr)
        return 1
    rows, totals, missing = measure(args.site, manifest["firstLoad"])
    later, later_totals, later_missing = measure(args.site, manifest.get("afterFirstLoad", []))
    missing += later_missing
    opening, _, opening_missing = measure(args.site, manifest.get("openingLessons", []))
    missing += opening_missing
    if missing:
        print("size_report: missing from the site: " + ", ".join(missing), file=sys.stderr)
        return 1
    # the name column fits the longest name (lessons/NN-id.json)
    width = max([22] + [len(r[0]) for r in rows + later])
    print(f"first load of {args.site} (build {manifest.get('build')}):")
    print(f"  {'file':<{width}} {'raw':>11} {'gzip':>11} {'brotli':>11}")
    for name, raw, gz, br in rows:
        print(f"  {name:<{width}} {raw:>11,} {gz:>11,} {br:>11,}")
    print(f"  {'total':<{width}} {totals['raw']:>11,} {totals['gz']:>11,} {totals['br']:>11,}")
    worst = dict(totals)
    if opening and rows and rows[-1][0] in {o[0] for o in opening}:
        # The page opened on the largest lesson instead of the first (a link, saved work).
        big = max(opening, key=lambda o: o[2])
        for k, i in (("raw", 1), ("gz", 2), ("br", 3)):
            worst[k] = totals[k] - rows[-1][i] + big[i]
        print(f"  {'opening on ' + big[0][len('lessons/'):]:<40} gzip total {worst['gz']:,}, "
              f"brotli {worst['br']:,} (the largest lesson, {big[2]:,} gzip)")
    ok = worst["gz"] <= args.budget_gzip
    print(f"budget: {worst['gz']:,} bytes gzip of {args.budget_gzip:,} "
          f"({100 * worst['gz'] / args.budget_gzip:.1f} %): {'within' if ok else 'OVER'}")
    if later:
        print("fetched once the page is interactive (not in the first load):")
        for name, raw, gz, br in later:
            print(f"  {name:<{width}} {raw:>11,} {gz:>11,} {br:>11,}")
    return 0 if ok else 1


def measure(site: Path, names):
    """(rows of name/raw/gzip/brotli, totals, names missing on disk)."""
    rows, totals, missing = [], {"raw": 0, "gz": 0, "br": 0}, []
    for name in names:
        path = site / name
        raw = size(path)
        if raw is None:
            missing.append(name)
            continue
        # Small files are not precompressed: they count at their full size.
        gz = size(path.with_name(path.name + ".gz")) or raw
        br = size(path.with_name(path.name + ".br")) or raw
        rows.append((name, raw, gz, br))
        totals["raw"] += raw
        totals["gz"] += gz
        totals["br"] += br
    return rows, totals, missing


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
