#!/usr/bin/env python3
"""Cut the UI fonts down to the characters the playground draws.

usage: subset_fonts.py --ranges-from web/app/fonts.cpp --out-dir DIR NAME=FONT [NAME=FONT ...]

Dear ImGui rasterizes only the code points listed in web/app/fonts.cpp (kGlyphRanges), so
the rest of each font is dead weight in the wasm (Inter and JetBrains Mono are 730 KB, the
subsets about 60 KB). The ranges are read from fonts.cpp itself, so they cannot drift apart.
Each FONT is written to DIR/NAME.<ext> without hinting (stb_truetype ignores it) and without
OpenType layout tables (ImGui 1.86 neither shapes nor kerns).

The subsetter is fontTools (Debian: python3-fonttools), run with the system python3 because
that is where Debian installs it. Exit status 3 when fontTools is missing, so the build can
fall back to the whole fonts and say so.
"""
import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"


def glyph_ranges(fonts_cpp: Path):
    """[(first, last), ...] from `const ImWchar kGlyphRanges[] = {0x0020, 0x00FF, ..., 0};`."""
    text = fonts_cpp.read_text(encoding="utf-8")
    m = re.search(r"kGlyphRanges\[\]\s*=\s*\{([^}]*)\}", text)
    if not m:
        raise SystemExit(f"subset_fonts: no kGlyphRanges array in {fonts_cpp}")
    values = [int(v, 0) for v in re.findall(r"0x[0-9A-Fa-f]+|\d+", m.group(1))]
    if not values or values[-1] != 0 or len(values) % 2 != 1:
        raise SystemExit(f"subset_fonts: kGlyphRanges in {fonts_cpp} is not pairs ending in 0")
    pairs = list(zip(values[0:-1:2], values[1:-1:2]))
    for first, last in pairs:
        if first > last:
            raise SystemExit(f"subset_fonts: range {first:#x}-{last:#x} is reversed")
    return pairs


def have_fonttools(python: str) -> bool:
    try:
        return subprocess.run([python, "-c", "import fontTools.subset"],
                              capture_output=True).returncode == 0
    except OSError:
        return False


def main(argv) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ranges-from", required=True, type=Path)
    parser.add_argument("--out-dir", required=True, type=Path)
    parser.add_argument("--python", default=SYSTEM_PYTHON, help="a python3 with fontTools")
    parser.add_argument("fonts", nargs="+", metavar="NAME=FONT")
    args = parser.parse_args(argv)
    if not have_fonttools(args.python):
        print(f"subset_fonts: fontTools is not installed for {args.python} "
              "(apt-get install python3-fonttools)", file=sys.stderr)
        return 3
    unicodes = ",".join(f"U+{a:04X}-{b:04X}" for a, b in glyph_ranges(args.ranges_from))
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for pair in args.fonts:
        name, src = pair.split("=", 1)
        out = args.out_dir / (name + Path(src).suffix)
        tmp = out.with_name(out.name + ".tmp")
        cmd = [args.python, "-m", "fontTools.subset", src, f"--unicodes={unicodes}",
               "--layout-features=", "--no-hinting", "--desubroutinize", "--notdef-outline",
               f"--output-file={tmp}"]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode != 0:
            print(f"subset_fonts: {src}: {r.stderr.strip()}", file=sys.stderr)
            return 1
        os.replace(tmp, out)
        print(f"subset_fonts: {Path(src).name} {os.path.getsize(src)} -> "
              f"{out.name} {os.path.getsize(out)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
