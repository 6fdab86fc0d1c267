#!/usr/bin/env python3
"""Check that the runtime's layers include only downwards.

Usage: check_layers.py --root runtime/ [--stamp FILE] LAYER:ALLOWED,FOLDERS ...

Each rule names a layer (a folder of the root) and the folders its files may include from:
itself and the layers it links, directly or through them (runtime/CMakeLists.txt derives the
rules from each layer's DEPENDS). Every `#include "folder/..."` of a file in a layer must name
an allowed folder; a quoted include of a folder that is not a layer (a third-party header) is
not the check's business. A file in a folder that no rule names is an error too, so a new
folder must be declared as a layer. On success the stamp file is written (the build's output).
"""

import argparse
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]+"', re.M)


def check(root, rules):
    """The problems found under `root` (a list of lines; empty when every include is allowed)."""
    allowed = {}
    for rule in rules:
        layer, _, folders = rule.partition(":")
        allowed[layer] = set(filter(None, folders.split(",")))

    problems = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".h", ".cpp", ".inc") or not path.is_file():
            continue
        rel = path.relative_to(root)
        layer = rel.parts[0] if len(rel.parts) > 1 else None
        if layer not in allowed:
            problems.append(f"{rel}: folder '{layer}' is not a declared layer")
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in INCLUDE.finditer(text):
            folder = m.group(1)
            if folder in allowed and folder not in allowed[layer]:
                line = text.count("\n", 0, m.start()) + 1
                problems.append(
                    f"{rel}:{line}: layer '{layer}' includes '{m.group(0).strip()}' "
                    f"(it may include only {', '.join(sorted(allowed[layer]))})")
    return problems


def selftest():
    """The check finds an upward include, an undeclared folder, and accepts a clean tree."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for rel, text in {
            "low/a.h": '#include "low/b.h"\n',
            "low/b.cpp": '#include "high/c.h"\n#include <vector>\n',
            "high/c.h": '#include "low/a.h"\n#include "nlohmann/json.hpp"\n',
        }.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_text(text)
        rules = ["low:low", "high:high,low"]
        found = check(root, rules)
        assert len(found) == 1 and found[0].startswith("low/b.cpp:1:"), found
        (root / "low/b.cpp").write_text('#include "low/a.h"\n')
        assert check(root, rules) == [], check(root, rules)
        (root / "other").mkdir()
        (root / "other/d.cpp").write_text("")
        found = check(root, rules)
        assert found == ["other/d.cpp: folder 'other' is not a declared layer"], found
    print("check_layers selftest: ok")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root")
    ap.add_argument("--stamp")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("rules", nargs="*")
    args = ap.parse_args()
    if args.selftest:
        return selftest()

    problems = check(pathlib.Path(args.root), args.rules)
    if problems:
        print("runtime layer check failed:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    if args.stamp:
        pathlib.Path(args.stamp).write_text("ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
