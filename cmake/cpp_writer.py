"""Helpers shared by the build's C++ source writers (cmake/embed_python.py,
cmake/unicode_tables.py): text as C string literals, and atomic writes so that an interrupted
build never leaves half a generated file for the next one to compile.
"""
import os

# Defined when the web app compiles a generated table: the texts stay out of the wasm and the
# page downloads them after its first load (python.json).
TEXT_LATER_MACRO = "LOOPSCOPE_PY_TEXT_LATER"


def c_escape(text):
    """The text as the inside of a C string literal."""
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    return text.replace("\r", "\\r").replace("\n", "\\n")


def c_string_lines(text, indent):
    """The text as adjacent C string literals, one per line (each keeps its own newline),
    each after `indent`; an empty text is one empty literal."""
    lines = text.splitlines(keepends=True)
    return [f'{indent}"{c_escape(line)}"' for line in lines] or [f'{indent}""']


def write_atomically(path, text):
    """Write the text (UTF-8) to a temporary file beside path, then rename it over path."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
