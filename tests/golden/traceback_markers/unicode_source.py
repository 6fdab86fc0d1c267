# markers under source with non-ASCII text: accented letters (counted as characters), wide
# CJK characters and emoji (two columns each), ranges that continue on the next line, tabs
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


def accented():
    return "café" + 1


def after_accents():
    nom = "Zoë"; return nom.upper() + None


def wide():
    return "日本語" + 1


def emoji_key():
    d = {"🐍": 1}
    return d["🐢"]


def over_lines():
    return ("é" +
            None)


def tab_indented():
	return 1 + None


for f in (accented, after_accents, wide, emoji_key, over_lines, tab_indented):
    show(f)
greeting = "こんにちは"
print(greeting + 2024)
