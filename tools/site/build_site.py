#!/usr/bin/env python3
"""Assemble the deployable site: one folder, relative URLs, precompressed large files.

usage: build_site.py --app-dir DIR --shell DIR --lessons-json FILE --python-json FILE
                     --out DIR [--node NODE] [--examples DIR] [--deploy-note FILE] [--stamp FILE]

Reads Emscripten's output (DIR/loopscope_app.js and .wasm), the page (web/shell/) and the
lessons bundle (tools/lessons_bundle.py), the Python the page downloads after its first load
(cmake/merge_python_texts.py), and writes to --out:

  index.html            the page, with the build id and the wasm's size filled in, and the
                        course map inline (every lesson's id, title and checks)
  shell.js, style.css   the page's scripts (the <script src> tags of index.html, joined in
                        their order) and styles
  sw.js                 the service worker, with this build's id and file list
  loopscope_app.js/.wasm
                        (with --node, shell.js and loopscope_app.js are minified with terser:
                        minify_js.cjs; 21 KB less gzip in the first load than as written)
  lessons/NN-id.json    each lesson on its own: the first load fetches only the one the page
                        opens on (the first, a link's, the saved one, an embed's)
  lessons.json          every lesson, and python.json, asyncio's, the standard modules' and the
                        simulated world's Python: not part of the first load (boot.js fetches
                        them once the page is interactive)
  loopscope-offline.html  the offline copy: everything above in one file (the wasm gzip'd and
                        base64'd) that works when opened from disk (file://)
  examples/...          the example pages (examples/tutorial: an article with embeds)
  DEPLOY.md             how to serve the folder (MIME types, precompressed files, caching)
  *.gz, *.br            next to every text or wasm file of 1 KB or more (zopfli's gzip when the
                        zopfli command is there, else gzip -9; brotli -q 11)
  site.json             the manifest: build id, every file with its raw/gzip/brotli size,
                        which files a first visit loads and which it fetches right after
                        (tools/site/size_report.py reads it)

The build id is a hash of the inputs; the app's files are referenced as name?v=<id>, so a
browser or CDN cache never mixes two builds. Compression is skipped for files whose content
did not change since the last run (a rebuild after a C++ change recompresses only the wasm).
"""

import argparse
import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lessons_bundle import lesson_file, lesson_map  # noqa: E402  (tools/lessons_bundle.py)

COMPRESS_SUFFIXES = {".html", ".js", ".css", ".json", ".wasm", ".svg", ".md", ".txt"}
COMPRESS_MIN_BYTES = 1024
APP_FILES = ["loopscope_app.js", "loopscope_app.wasm"]
# Compressed with gzip -9 even when zopfli is there: the offline copy holds the wasm already
# gzip'd (2.6 MB for zopfli to work through at every rebuild, for a few KB).
GZIP_ONLY = {"loopscope-offline.html"}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise SystemExit(f"build_site: cannot read {path}: {e.strerror}")


def set_meta(html: str, name: str, value: str) -> str:
    pattern = re.compile(r'(<meta name="%s" content=")[^"]*(">)' % re.escape(name))
    if not pattern.search(html):
        raise SystemExit(f'build_site: index.html has no <meta name="{name}" content="...">')
    return pattern.sub(lambda m: m.group(1) + value + m.group(2), html, count=1)


# <script src="x.js"></script> of a local, classic script (no type, no module, no URL scheme).
SCRIPT_TAG = re.compile(r'[ \t]*<script src="([^":?#]+\.js)"></script>\n?')


def shell_scripts(html: str):
    """The local scripts index.html loads, in order."""
    return [m.group(1) for m in SCRIPT_TAG.finditer(html)]


def replace_scripts(html: str, replacement: str) -> str:
    """Replaces the local script tags by `replacement` (at the first one's place)."""
    first = [True]

    def sub(m):
        if first[0]:
            first[0] = False
            indent = re.match(r"[ \t]*", m.group(0)).group(0)
            return indent + replacement + "\n"
        return ""

    return SCRIPT_TAG.sub(sub, html)


def minify(node: str, name: str, text: str) -> str:
    """`text` through terser (tools/site/minify_js.cjs, Debian's node-terser)."""
    script = Path(__file__).resolve().parent / "minify_js.cjs"
    env = dict(os.environ)
    env["NODE_PATH"] = os.pathsep.join(p for p in (env.get("NODE_PATH"), "/usr/share/nodejs") if p)
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"build_site_{os.getpid()}_{name}"
    tmp.write_text(text, encoding="utf-8")
    try:
        done = subprocess.run([node, str(script), str(tmp)], env=env, capture_output=True,
                              text=True)
    finally:
        tmp.unlink()
    if done.returncode != 0:
        raise SystemExit(f"build_site: minifying {name} failed: {done.stderr.strip()}")
    return done.stdout


def inline_safe(text: str) -> str:
    """Text that can sit inside <script>...</script>: no '</script' or '<!--' can end it early."""
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def join_scripts(shell_dir: Path, names):
    parts = []
    for name in names:
        text = read(shell_dir / name).decode("utf-8")
        parts.append(f"// ---- {name} ----\n{text.rstrip()}\n;")
    return "// Loopscope's page scripts (web/shell/), joined by tools/site/build_site.py.\n" + \
        "\n".join(parts) + "\n"


def site_page(index: str, build: str, wasm_bytes: int, scripts, course_map: str) -> str:
    html = set_meta(index, "loopscope-build", build)
    html = set_meta(html, "loopscope-wasm-bytes", str(wasm_bytes))
    link = re.compile(r'([ \t]*)(<link rel="loopscope-lessons"[^>]*>\n)')
    if not link.search(html):
        raise SystemExit('build_site: index.html has no <link rel="loopscope-lessons" ...>')
    html = link.sub(lambda m: m.group(1) + m.group(2) + m.group(1) +
                    '<script type="application/json" id="loopscope-lesson-map">' +
                    course_map.replace("</", "<\\/") + "</script>\n", html, count=1)
    if not scripts:
        raise SystemExit("build_site: index.html loads no local <script src=...> (boot.js?)")
    html = replace_scripts(html, f'<script src="shell.js?v={build}"></script>')
    html = html.replace('href="style.css"', f'href="style.css?v={build}"')
    return html


def offline_page(index: str, build: str, css: str, shell_js: str, glue: str, wasm: bytes,
                 lessons: str, python: str) -> str:
    """Everything in one file. The wasm is gzip'd then base64'd (loader.js unpacks it)."""
    html = set_meta(index, "loopscope-build", build)
    html = set_meta(html, "loopscope-wasm-bytes", str(len(wasm)))
    html = re.sub(r'[ \t]*<link rel="stylesheet" href="style.css">\n?',
                  lambda m: "  <style>\n" + inline_safe(css) + "  </style>\n", html)
    html = re.sub(r'[ \t]*<link rel="loopscope-(lessons|python)"[^>]*>\n?', "", html)
    packed = base64.b64encode(gzip.compress(wasm, compresslevel=9, mtime=0)).decode("ascii")
    lines = [packed[i:i + 120] for i in range(0, len(packed), 120)]
    data = (
        '<script type="application/json" id="loopscope-lessons">'
        + lessons.replace("</", "<\\/") + "</script>\n"
        + '<script type="application/json" id="loopscope-python">'
        + python.replace("</", "<\\/") + "</script>\n"
        + f'<script type="application/octet-stream" id="loopscope-wasm" data-bytes="{len(wasm)}">\n'
        + "\n".join(lines) + "\n</script>\n"
        + '<script type="text/plain" id="loopscope-app-js">' + inline_safe(glue) + "</script>\n"
        + "<script>\n" + inline_safe(shell_js) + "</script>"
    )
    return replace_scripts(html, data)


def service_worker(sw: str, build: str, files) -> str:
    out, n = re.subn(r"^const BUILD = '[^']*';$", f"const BUILD = '{build}';", sw, flags=re.M)
    out, m = re.subn(r"^const FILES = \[.*\];$", "const FILES = " + json.dumps(files) + ";", out,
                     flags=re.M)
    if n != 1 or m != 1:
        raise SystemExit("build_site: sw.js must hold one `const BUILD = '...';` and one "
                         "`const FILES = [...];` line")
    return out


class Output:
    """Writes files under --out, remembering them for the manifest and for compression."""

    def __init__(self, root: Path, old_manifest):
        self.root = root
        self.files = {}
        self.old = (old_manifest or {}).get("files", {})

    def write(self, name: str, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        self.files[name] = {"bytes": len(data), "sha256": sha256(data)}


def compress(out: Output, brotli, zopfli):
    """Writes NAME.gz and NAME.br next to each large text/wasm file whose content changed."""
    for name, info in sorted(out.files.items()):
        path = out.root / name
        if path.suffix not in COMPRESS_SUFFIXES or info["bytes"] < COMPRESS_MIN_BYTES:
            continue
        old = out.old.get(name, {})
        same = old.get("sha256") == info["sha256"]
        gz = path.with_name(path.name + ".gz")
        info["gzip"] = "zopfli" if zopfli and name not in GZIP_ONLY else "gzip -9"
        if same and gz.exists() and "gz" in old and old.get("gzip") == info["gzip"]:
            info["gz"] = old["gz"]
        else:
            if info["gzip"] == "zopfli":
                # zopfli's deflate is gzip-compatible and ~5% smaller than gzip -9's (the wasm:
                # 43 KB less); 5 iterations are within 0.02% of its default 15, at a third of
                # the time.
                subprocess.run([zopfli, "--gzip", "--i5", str(path)], check=True)
            else:
                gz.write_bytes(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
            info["gz"] = gz.stat().st_size
        br = path.with_name(path.name + ".br")
        if not brotli:
            continue
        if same and br.exists() and "br" in old:
            info["br"] = old["br"]
        else:
            subprocess.run([brotli, "-q", "11", "-f", "-o", str(br), str(path)], check=True)
            info["br"] = br.stat().st_size


def main(argv) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app-dir", required=True, type=Path)
    parser.add_argument("--shell", required=True, type=Path)
    parser.add_argument("--lessons-json", required=True, type=Path)
    parser.add_argument("--python-json", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--node", help="node, to minify the scripts (without it they stay as "
                        "written: for debugging the page)")
    parser.add_argument("--examples", type=Path)
    parser.add_argument("--deploy-note", type=Path)
    parser.add_argument("--stamp", type=Path)
    args = parser.parse_args(argv)

    index = read(args.shell / "index.html").decode("utf-8")
    css = read(args.shell / "style.css").decode("utf-8")
    sw = read(args.shell / "sw.js").decode("utf-8")
    scripts = shell_scripts(index)
    shell_js = join_scripts(args.shell, scripts)
    glue = read(args.app_dir / "loopscope_app.js").decode("utf-8")
    if args.node:
        shell_js = minify(args.node, "shell.js", shell_js)
        glue = minify(args.node, "loopscope_app.js", glue)
    wasm = read(args.app_dir / "loopscope_app.wasm")
    lessons = read(args.lessons_json).decode("utf-8")
    python = read(args.python_json).decode("utf-8")

    h = hashlib.sha256()
    for part in (index, css, sw, shell_js, glue, lessons, python):
        h.update(part.encode("utf-8"))
    h.update(wasm)
    build = h.hexdigest()[:12]

    out_dir = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest_path = out_dir / "site.json"
    try:
        old_manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        old_manifest = None
    out = Output(out_dir, old_manifest)

    bundle = json.loads(lessons)
    course_map = json.dumps(lesson_map(bundle), ensure_ascii=False, separators=(",", ":"))
    page = site_page(index, build, len(wasm), scripts, course_map)
    out.write("index.html", page)
    out.write("style.css", css)
    out.write("shell.js", shell_js)
    out.write("loopscope_app.js", glue)
    out.write("loopscope_app.wasm", wasm)
    lesson_files = []
    for entry in bundle["lessons"]:
        name = f"lessons/{entry['dir']}.json"
        out.write(name, lesson_file(entry))
        lesson_files.append(name)
    out.write("lessons.json", lessons)
    out.write("python.json", python)
    # A first visit loads the page and the app, and one lesson: the first (another when a link
    # or the saved work names it: size_report.py counts the largest too).
    first_load = ["index.html", "style.css", "shell.js", "loopscope_app.js",
                  "loopscope_app.wasm", lesson_files[0]]
    after_load = ["lessons.json", "python.json"]
    versioned = {"style.css", "shell.js", "loopscope_app.js", "loopscope_app.wasm",
                 "lessons.json", "python.json", *lesson_files}
    precache = ["./"] + [f"{n}?v={build}" if n in versioned else n
                         for n in first_load[:-1] + lesson_files + after_load]
    out.write("sw.js", service_worker(sw, build, precache))
    out.write("loopscope-offline.html",
              offline_page(index, build, css, shell_js, glue, wasm, lessons, python))
    if args.deploy_note:
        out.write("DEPLOY.md", read(args.deploy_note))
    if args.examples and args.examples.is_dir():
        for f in sorted(args.examples.rglob("*")):
            if f.is_file() and not f.name.startswith("."):
                out.write("examples/" + f.relative_to(args.examples).as_posix(), read(f))

    brotli = shutil.which("brotli")
    if not brotli:
        print("build_site: the brotli command is missing (apt-get install brotli): "
              "no .br files", file=sys.stderr)
    zopfli = shutil.which("zopfli")
    if not zopfli:
        print("build_site: the zopfli command is missing (apt-get install zopfli): the .gz "
              "files are gzip -9's, about 45 KB larger in the first load", file=sys.stderr)
    compress(out, brotli, zopfli)

    # Files of the previous build that this one no longer has.
    for name in (old_manifest or {}).get("files", {}):
        if name not in out.files:
            for stale in (out_dir / name, out_dir / (name + ".gz"), out_dir / (name + ".br")):
                if stale.exists():
                    stale.unlink()

    totals = {k: sum(out.files[n].get(k, out.files[n]["bytes"]) for n in first_load)
              for k in ("bytes", "gz", "br")}
    manifest = {"build": build, "firstLoad": first_load, "firstLoadTotals": totals,
                "openingLessons": lesson_files, "afterFirstLoad": after_load,
                "files": out.files}
    text = json.dumps(manifest, indent=1, sort_keys=True) + "\n"
    if not manifest_path.exists() or manifest_path.read_text(encoding="utf-8") != text:
        manifest_path.write_text(text, encoding="utf-8")
    print(f"build_site: {len(out.files)} files in {out_dir} (build {build}); first load "
          f"{totals['bytes'] / 1e6:.2f} MB, {totals['gz'] / 1e6:.3f} MB gzip, "
          f"{totals['br'] / 1e6:.3f} MB brotli")
    if args.stamp:
        args.stamp.write_text(build + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
