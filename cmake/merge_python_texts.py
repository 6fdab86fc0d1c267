#!/usr/bin/env python3
"""Merge the module texts that cmake/embed_python.py --texts wrote into one JSON object.

usage: merge_python_texts.py OUT.json TEXTS.json [TEXTS.json ...]

The web app is built without these texts (LOOPSCOPE_PY_TEXT_LATER); the page downloads OUT
after its first load and hands it to the app (web/shell/boot.js, loopscope_add_python).
"""
import json
import os
import sys


def main() -> int:
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    out, parts = sys.argv[1], sys.argv[2:]
    merged = {}
    for path in parts:
        with open(path, encoding="utf-8") as f:
            for module, text in json.load(f).items():
                if module in merged:
                    sys.stderr.write(f"merge_python_texts: module {module} is in two tables\n")
                    return 1
                merged[module] = text
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(merged, f, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
