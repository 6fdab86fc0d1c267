#!/usr/bin/env python3
"""Pack lessons/ into one JSON file for the web build.

usage: lessons_bundle.py [--lessons DIR] [--out FILE] [--map FILE] [--depfile FILE]

Every lesson folder DIR/NN-id/ (a name starting with a digit) holding lesson.json becomes
one entry, in folder-name order:

    {"format": 1,
     "lessons": [{"dir": "01-blocking-vs-waiting",
                  "lesson": {...lesson.json as written...},
                  "files": {"main.py": "...", "challenge.py": "...", ...}}]}

`files` holds every *.py file of the folder. The C++ side reads the bundle with
loopscope::lessons::parse_bundle (runtime/lessons/lesson.h), which validates each lesson
exactly as load_lesson_dir does for a folder. Output is deterministic (same input, same
bytes) and is written only when it changed, so a build depending on it does not redo work.
--depfile writes a Makefile-style depfile listing the inputs (for CMake's DEPFILE).

--map also writes the course map: what the web page's first load carries about every lesson
(its folder, id, title, summary and each check's id and kind: the course map and the progress
need no more), read by loopscope::course::parse_lesson_map (web/model/course/lesson_map.h).
tools/site/build_site.py inlines it in the page and splits the bundle into one file per lesson
(lesson_file), so a first visit downloads only the lesson it opens on.
"""

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORMAT = 1


def bundle(root):
    """The bundle as a dict, and the list of files it was made from."""
    lessons, inputs = [], []
    folders = sorted(p for p in root.iterdir() if p.is_dir() and p.name[:1].isdigit())
    for folder in folders:
        lesson_json = folder / "lesson.json"
        if not lesson_json.exists():
            raise SystemExit(f"lessons_bundle: {folder}: no lesson.json")
        try:
            lesson = json.loads(lesson_json.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise SystemExit(f"lessons_bundle: {lesson_json}: not valid JSON: {e}")
        files = {}
        for py in sorted(folder.glob("*.py")):
            files[py.name] = py.read_text(encoding="utf-8")
            inputs.append(py)
        inputs.append(lesson_json)
        lessons.append({"dir": folder.name, "lesson": lesson, "files": files})
    if not lessons:
        raise SystemExit(f"lessons_bundle: no lesson folders in {root}")
    return {"format": FORMAT, "lessons": lessons}, inputs


def lesson_map(data):
    """The course map of a bundle (a dict)."""
    return {"format": FORMAT, "lessons": [
        {"dir": e["dir"], "id": e["lesson"].get("id", ""), "title": e["lesson"].get("title", ""),
         "summary": e["lesson"].get("summary", ""),
         "checks": [{"id": c.get("id", ""), "kind": c.get("kind", "")}
                    for c in e["lesson"].get("checks", [])]}
        for e in data["lessons"]]}


def lesson_file(entry):
    """One lesson of a bundle as a bundle of its own (compact JSON text)."""
    return json.dumps({"format": FORMAT, "lessons": [entry]}, ensure_ascii=False,
                      separators=(",", ":")) + "\n"


def write_if_changed(out, text):
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lessons", default=str(REPO / "lessons"), help="lessons folder")
    parser.add_argument("--out", help="output file (default: standard output)")
    parser.add_argument("--map", help="also write the course map to this file")
    parser.add_argument("--depfile", help="also write a depfile for --out")
    args = parser.parse_args(argv)
    data, inputs = bundle(Path(args.lessons).resolve())
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if args.map:
        write_if_changed(Path(args.map), json.dumps(lesson_map(data), ensure_ascii=False,
                                                    indent=1) + "\n")
    if not args.out:
        sys.stdout.write(text)
        return 0
    out = Path(args.out)
    write_if_changed(out, text)
    if args.depfile:
        deps = " ".join(str(p).replace(" ", "\\ ") for p in inputs)
        Path(args.depfile).write_text(f"{out}: {deps}\n", encoding="utf-8")
    print(f"lessons_bundle: {len(data['lessons'])} lessons -> {out} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
