#!/usr/bin/env python3
"""Generate tokens.inc: snippets and their token stream from CPython's `tokenize` module.

One token per line: "TYPE text @line:col-line:col" (UTF-8 byte columns). Comments and NL (non-logical newlines)
are dropped: the C tokenizer the parser uses does not produce them. INDENT/DEDENT/ENDMARKER
print only their type and line (tokenize places them differently from the C tokenizer,
which the lexer follows), NEWLINE its start.

Run with the reference CPython 3.11:  python3 tests/unit/lang/gen_tokens.py
"""
import io
import os
import sys
import tokenize

sys.path.insert(0, os.path.dirname(__file__))
from lang_cases import write_inc  # noqa: E402

CASES = [
    "x = 1\n",
    "if x:\n    y = 2\nz = 3\n",
    "if a:\n    if b:\n        c\nd\n",
    "if a:\n    if b:\n        c\n",
    "if a:\n\n    b\n\n\n    c\n",
    "if a:\n    b\n# comment at column 0\n    c\n",
    "if a:\n    b\n        # deeper comment\n    c\n",
    "def f():\n    return 1  # trailing comment\n",
    "x = (1,\n     2,\n  3)\ny = 4\n",
    "x = [\n    1,\n\n    # comment inside brackets\n    2,\n]\n",
    "d = {\n  'a': 1,\n}\n",
    "x = 1 + \\\n    2\n",
    "if a and \\\n   b:\n    pass\n",
    "if x:\n\ty = 1\n\tif z:\n\t\tw = 2\n",
    "if x:\n    pass",
    "x = 1",
    "",
    "\n\n\n",
    "# only a comment\n",
    "   \n",
    "pass\n   \n",
    "a;b;c\n",
    "x = 0xFF + 0o17 + 0b1010 + 1_000_000 + 3.14 + 1e-10 + 2j + .5 + 5. + 0\n",
    "x = 1if y else 2\n",
    "x = 'a' \"b\" '''c''' \"\"\"d\"\"\" r'e' b'f' rb'g' BR'h' f'i{j}' Rf'k' u'l'\n",
    "s = '''line1\nline2'''\nt = 1\n",
    "s = 'a\\\nb'\n",
    "x = a.b(c)[d] ** -e // f % g @ h\n",
    "x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1\n",
    "x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1\n",
    "a == b != c <= d >= e < f > g\n",
    "a << b >> c & d | e ^ ~f\n",
    "def f(a, *b, **c) -> int: ...\n",
    "if (n := 10) > 5: pass\n",
    "async def f():\n    await g()\n",
    "@decorator\nclass C: pass\n",
    "x = [i for i in range(3)]\n",
    "print(f\"{x!r:>{w}}\")\n",
    "x = f'{a}' f'{b}'\n",
    "caf\u00e9 = '\u00e9t\u00e9'\n",
    "x = 1\r\ny = 2\r\n",
    "if x:\n  a\n  b\nelse:\n  c\n",
    "class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n",
    "while True:\n    try:\n        pass\n    except:\n        break\n",
    "x = (\n)\n",
    "f(\n  a\n  ,\n  b\n)\n",
    "x\\\n= 1\n",
]

KEEP_POS = {tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP}


def tokens(src):
    lines = src.splitlines(keepends=True) + [""]

    def b(pos):  # tokenize counts characters; the AST and the C tokenizer count UTF-8 bytes
        row, col = pos
        return row, len(lines[row - 1][:col].encode("utf-8"))

    out = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in (tokenize.COMMENT, tokenize.NL):
            continue
        name = tokenize.tok_name[t.type]
        if t.type in KEEP_POS:
                        out.append("%s %s @%d:%d-%d:%d" % ((name, t.string) + b(t.start) + b(t.end)))
        elif t.type == tokenize.NEWLINE:
                        out.append("NEWLINE @%d:%d" % b(t.start))
        elif t.type in (tokenize.INDENT, tokenize.DEDENT):
            out.append("%s @%d" % (name, t.start[0]))
        elif t.type == tokenize.ENDMARKER:
            out.append("ENDMARKER")
    return "\n".join(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = [(src, tokens(src)) for src in CASES]
    write_inc(os.path.join(here, "tokens.inc"), "gen_tokens.py", records)
    print("wrote %d cases" % len(records))


if __name__ == "__main__":
    main()
