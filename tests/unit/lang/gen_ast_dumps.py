#!/usr/bin/env python3
"""Generate ast_dumps.inc: Python snippets and the s-expression dump of the AST that
CPython's own `ast` module produces for them, in the format of runtime/lang/ast_dump.h.

Run with the reference CPython 3.11:  python3 tests/unit/lang/gen_ast_dumps.py
"""
import ast
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from lang_cases import write_inc  # noqa: E402

SKIP_FIELDS = {"type_comment", "type_ignores", "kind"}
RENAME = {}


def quoted(s: bytes, escape_high=False) -> str:
    out = b'"'
    for c in s:
        ch = chr(c)
        if ch == "\\":
            out += b"\\\\"
        elif ch == '"':
            out += b'\\"'
        elif ch == "\n":
            out += b"\\n"
        elif ch == "\t":
            out += b"\\t"
        elif c < 0x20 or c == 0x7F or (escape_high and c >= 0x80):
            out += b"\\x%02x" % c
        else:
            out += bytes([c])
    return (out + b'"').decode("utf-8")


def const(node, source_lines):
    v = node.value
    if v is None:
        return "None"
    if v is True:
        return "True"
    if v is False:
        return "False"
    if v is Ellipsis:
        return "..."
    if isinstance(v, int):
        # the AST keeps an int literal's source text (underscores removed)
        seg = ast.get_source_segment("\n".join(source_lines), node)
        return seg.replace("_", "") if seg is not None else str(v)
    if isinstance(v, float):
        return "%.17g" % v
    if isinstance(v, complex):
        return "%.17gj" % v.imag
    if isinstance(v, str):
        return quoted(v.encode("utf-8"))
    if isinstance(v, bytes):
        return "b" + quoted(v, escape_high=True)
    raise TypeError(v)


def dump(node, lines, positions=True):
    if node is None:
        return "_"
    if isinstance(node, list):
        return "[" + " ".join(dump(x, lines, positions) for x in node) + "]"
    if isinstance(node, str):
        return node if node else "_"
    if isinstance(node, int):
        return str(node)
    name = type(node).__name__
    if isinstance(node, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return name
    head = "(" + name
    if positions and hasattr(node, "lineno") and not isinstance(node, ast.mod):
        head += "@%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    parts = [head]
    if isinstance(node, ast.Constant):
        parts.append(const(node, lines))
    elif isinstance(node, (ast.Global, ast.Nonlocal)):
        parts.append("[" + " ".join(node.names) + "]")
    elif isinstance(node, ast.MatchSingleton):
        parts.append(repr(node.value))
    elif isinstance(node, ast.MatchClass):
        parts.append(dump(node.cls, lines, positions))
        parts.append(dump(node.patterns, lines, positions))
        parts.append("[" + " ".join(node.kwd_attrs) + "]")
        parts.append(dump(node.kwd_patterns, lines, positions))
    else:
        for f in node._fields:
            if f in SKIP_FIELDS:
                continue
            parts.append(dump(getattr(node, f), lines, positions))
    return " ".join(parts) + ")"


def dump_module(tree, source):
    lines = source.split("\n")
    return "(Module" + "".join("\n " + dump(s, lines) for s in tree.body) + ")"


CASES = [
    # simple statements
    "pass\n",
    "x = 1\n",
    "a = b = c = 0x1F\n",
    "a, b = b, a\n",
    "(a, b), *c = 1_000, 2, 3\n",
    "[a, [b, c]] = x\n",
    "x += 1\nx -= 2\nx *= 3\nx /= 4\nx //= 5\nx %= 6\nx **= 7\nx >>= 1\nx <<= 1\nx &= 1\nx |= 1\nx ^= 1\nx @= m\n",
    "x: int\ny: list[int] = []\n(z): int = 3\na.b: str = 's'\n",
    "del a, b[0], c.d\ndel (x, y)\ndel [p]\n",
    "assert x, 'msg'\nassert y\n",
    "import asyncio\nimport a.b.c as d, e\n",
    "from asyncio import sleep, gather as g\nfrom . import x\nfrom ..m import (a, b,)\nfrom .m.n import *\n",
    "global a, b\n",
    "def f():\n    nonlocal x\n",
    "return\n",
    "raise\nraise ValueError('x')\nraise E from e\n",
    "x = 1; y = 2;\n",
    "print('a', 'b', sep='', end='\\n')\n",
    # compound statements
    "if a:\n    pass\nelif b:\n    x = 1\nelif c: y\nelse:\n    z\n",
    "while x > 0:\n    x -= 1\n    if x: break\n    continue\nelse:\n    done()\n",
    "for i in range(10):\n    print(i)\nelse:\n    pass\n",
    "for a, (b, *c) in z: pass\n",
    "for x, in y: pass\n",
    "with open(f) as g, lock:\n    pass\n",
    "with (a as b, c as d,):\n    pass\n",
    "with (a, b) as c:\n    pass\n",
    "async def main():\n    async with lock as l:\n        pass\n    async for x in aiter():\n        await x\n",
    "try:\n    pass\nexcept ValueError as e:\n    raise\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    x\nfinally:\n    y\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "try:\n    f()\nexcept* ValueError as eg:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    return a\n",
    "def f(a, b, /, c, *, d):\n    pass\n",
    "def f(a=1, /, b=2, *, c): pass\n",
    "def f(x: int, *a: str, **k: float) -> list[int]:\n    pass\n",
    "@dec\n@dec2(1)\ndef f():\n    '''doc'''\n",
    "@property\nasync def g(self): return await self.x\n",
    "class A(B, metaclass=M, **kw):\n    x = 1\n    def m(self):\n        return super().m()\n",
    "class A:\n    pass\n",
    "class A():\n    pass\n",
    "@dataclass\nclass P:\n    x: int = 0\n",
    # expressions
    "x = a or b or c and d and not e\n",
    "x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** -8 ** 9\n",
    "x = a | b ^ c & d << 1 >> 2 @ m\n",
    "x = -a + +b - ~c\n",
    "x = not a == b\n",
    "x = a < b <= c > d >= e == f != g in h not in i is j is not k\n",
    "x = lambda: 0\ny = lambda a, b=1, *c, d, **e: a + b\nz = lambda *, k: k\n",
    "x = a if b else c if d else e\n",
    "x = {}\ny = {1: 2, 'a': b, **c}\nz = {1, 2, *s}\nw = {**a, **b}\n",
    "x = []\ny = [1, *a, 2]\nz = ()\nw = (1,)\nv = (1, 2)\nu = 1, 2,\n",
    "x = [i * 2 for i in range(10) if i % 2 if i > 3]\n",
    "x = {k: v for k, v in d.items()}\ny = {a for b in c for a in b}\n",
    "x = (y for y in z)\ns = sum(x * x for x in xs)\n",
    "async def f():\n    return [x async for x in aiter() if await x]\n",
    "async def f():\n    await asyncio.sleep(1)\n    r = await g()\n",
    "def g():\n    yield\n    yield 1\n    x = yield 2\n    yield from h()\n    y = yield 1, 2\n",
    "x = a.b.c\ny = a[1]\nz = a[1:2]\nw = a[::2]\nv = a[1:2, ::3]\nu = a[:, 0]\nt = a[b:c:d]\n",
    "x = a[-1][::-1]\n",
    "f(*args, **kwargs)\nf(a, *b, c=1, *d, **e)\nf(x for x in y)\n",
    "if (n := len(a)) > 10: pass\n",
    "x = [y := 1, y ** 2]\n",
    "x = ...\ny = None\nz = True, False\n",
    "x = 1.5\ny = 1e10\nz = 3j\nw = 0o17 + 0b101 + 0XFF + 1_0.5_0\nv = .5 + 5. + 1E-3\n",
    "x = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n",
    "x = 'a\\nb\\tc\\\\d\\'e\\x41\\u00e9\\U0001F600\\101'\n",
    "x = r'a\\nb' R\"\\d+\"\n",
    "x = b'abc' b'\\x00\\xff'\n",
    "x = 'héllo wörld ✓'\n",
    "x = 'line1\\\nline2'\n",
    "s = '''multi\nline\n  string'''\n",
    # f-strings
    "f'hello {name}!'\n",
    "f'{x!r} {y!s} {z!a}'\n",
    "f'{x:>5} {y:<6} {z:5.1f} {w:.2f} {v:,} {u:02d} {t:%}'\n",
    "f'{x:{width}.{prec}f}'\n",
    "f'{x=}'\n",
    "f'{x = }'\n",
    "f'{x=!s}'\n",
    "f'{x=:>10}'\n",
    "f'{{literal}} {x}'\n",
    "f''\n",
    "f'abc'\n",
    "'a' f'b{c}d' 'e'\n",
    "f'{a}{b}'\n",
    "f'{x + 1} {f(y)} {d[\"k\"]}'\n",
    "f'''{\nx\n}'''\n",
    "f'{a!r:>{w}}'\n",
    "f\"{f'{x}'}\"\n",
    "f'{3.14:.2f} {x if y else z}'\n",
    "f'{x:}'\n",
    "rf'\\d{x}'\n",
    "f'\\n{x}\\t'\n",
    "f'{x, y}'\n",
    "f'{a != b} {a == b} {a <= b}'\n",
    # layout: comments, continuation, brackets, blank lines
    "# comment\n\nx = 1  # trailing\n\n\n# another\ny = 2\n",
    "x = (1 +\n     2)\ny = [\n    1,\n    2,\n]\n",
    "x = 1 + \\\n    2\n",
    "if x:\n\n    # comment\n    y = 1\n\n  # odd comment\n    z = 2\n",
    "def f():\n    if a:\n        if b:\n            pass\n    return 1\n",
    "if x:\n\ty = 1\n\tz = 2\n",
    "x = 1",
    "if x:\n    pass",
    "x = 1\r\ny = 2\r\n",
    "\ufeffx = 1\n" if False else "x = 1\n",
    "if __name__ == '__main__':\n    asyncio.run(main())\n",
    "class C:\n    def __init__(self, n): self.n = n\n    def __repr__(self): return f'C({self.n!r})'\n",
    "a[1], b.c = d\nx[1:2] = y\n",
    "x = [*a, *b]\nprint(*a, sep=', ')\n",
    "first, *rest = items\n*init, last = items\n",
    "x = a[1:2:3] if b else (c, d)\n",
    "x = yield\n" if False else "def g():\n    x = yield\n",
    "def f(*, a=1, b): pass\n",
    "def f(**kw): pass\n",
    "def f(*a): pass\n",
    "lambda x=1: x\n",
    "x = (yield)\n" if False else "def g():\n    x = (yield)\n",
    "x = not not a\n",
    "x = a ** b ** c\n",
    "x = (a)(b)\n",
    "x = await y if False else 1\n" if False else "async def f():\n    x = [await y for y in z]\n",
    # match (every pattern kind)
    "match x:\n    case 1 | -2 | 3.5 | 'a' 'b' | b'x' | 1+2j | -1-2j | None | True | False:\n        pass\n",
    "match p:\n    case [a, *rest] if a > 0:\n        pass\n    case (b, c) | [b, c, _]:\n        pass\n    case x, *_:\n        pass\n    case []:\n        pass\n",
    "match m:\n    case {'k': v, 1: [*_], **kw}:\n        pass\n    case {}:\n        pass\n    case {Color.RED: _}:\n        pass\n",
    "match c:\n    case Point(x=0, y=yy) as pt:\n        pass\n    case m.Cls(1, (a | b) as z, k=[]):\n        pass\n    case int() | str():\n        pass\n    case _:\n        pass\n",
    "match a, b:\n    case (1, 2) as t: pass\n",
    "match = 1\ncase = 2\nmatch(x)\nmatch[1]\n",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    for src in CASES:
        tree = ast.parse(src)
        records.append((src, dump_module(tree, src)))
    write_inc(os.path.join(here, "ast_dumps.inc"), "gen_ast_dumps.py", records)
    print("wrote %d cases" % len(records))


if __name__ == "__main__":
    main()
