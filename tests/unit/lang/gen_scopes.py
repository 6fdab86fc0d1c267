#!/usr/bin/env python3
"""Generate scopes.inc: snippets, and what CPython's compiler decided about their names.

For every code object CPython builds (module, functions, lambdas, comprehensions, class
bodies) it records the parameters, other fast locals, cell and free variables and the
generator/coroutine flags; and from the bytecode, how each name is accessed (FAST, CELL,
FREE, GLOBAL, NAME, CLASSDEREF). scope_test.cpp compares these with lang/scope.h's result.

Run with the reference CPython 3.11:  python3 tests/unit/lang/gen_scopes.py
"""
import dis
import os
import sys
import types

sys.path.insert(0, os.path.dirname(__file__))
from lang_cases import write_inc  # noqa: E402

# names CPython's compiler adds by itself (in class bodies, and docstrings/annotations)
SKIP = {"__doc__", "__annotations__"}
SKIP_CLASS = SKIP | {"__module__", "__qualname__", "__name__", "__classcell__"}
FAMILY = {
    "LOAD_FAST": "FAST", "STORE_FAST": "FAST", "DELETE_FAST": "FAST",
    "LOAD_GLOBAL": "GLOBAL", "STORE_GLOBAL": "GLOBAL", "DELETE_GLOBAL": "GLOBAL",
    "LOAD_NAME": "NAME", "STORE_NAME": "NAME", "DELETE_NAME": "NAME",
    "LOAD_CLASSDEREF": "CLASSDEREF",
    "LOAD_DEREF": "DEREF", "STORE_DEREF": "DEREF", "DELETE_DEREF": "DEREF",
}


def code_objects(code):
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_objects(c)


def describe(code, is_module):
    nparams = code.co_argcount + code.co_kwonlyargcount
    nparams += bool(code.co_flags & 4) + bool(code.co_flags & 8)
    params = list(code.co_varnames[:nparams])
    rest = sorted(code.co_varnames[nparams:])
    flags = []
    for bit, name in ((0x20, "generator"), (0x80, "coroutine"), (0x200, "async_generator"),
                      (4, "varargs"), (8, "varkw")):
        if code.co_flags & bit:
            flags.append(name)
    qual = "<module>" if is_module else code.co_qualname
    return "%s args=%d posonly=%d kwonly=%d params=[%s] locals=[%s] cells=[%s] frees=[%s] flags=[%s]" % (
        qual, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
        " ".join(params), " ".join(rest), " ".join(sorted(code.co_cellvars)),
        " ".join(sorted(code.co_freevars)), " ".join(flags))


def trace(code, is_module):
    qual = "<module>" if is_module else code.co_qualname
    out = set()
    for ins in dis.get_instructions(code):
        fam = FAMILY.get(ins.opname)
        if not fam:
            continue
        name = ins.argval
        is_class_body = not is_module and not (code.co_flags & 2)  # no CO_NEWLOCALS
        if name in (SKIP_CLASS if is_class_body else SKIP) or name.startswith("."):
            continue
        if fam == "DEREF":
            fam = "CELL" if name in code.co_cellvars else "FREE"
        out.add("%s %s %s" % (qual, name, fam))
    return out


CASES = [
    "x = 1\nprint(x)\n",
    "def f(a, b=1, *args, c, d=2, **kw):\n    e = a + b\n    return e\n",
    "def f(a, /, b, *, c):\n    return a\n",
    "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
    "def outer(x):\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def a():\n    x = 1\n    def b():\n        def c():\n            return x\n        return c\n    return b\n",
    "counter = 0\ndef inc():\n    global counter\n    counter += 1\n",
    "def f():\n    return len(undefined_name)\n",
    "class A:\n    x = 1\n    def m(self):\n        return self.x\n",
    "class A(Base):\n    def __init__(self):\n        super().__init__()\n",
    "class A:\n    def m(self):\n        return __class__\n",
    "def f():\n    y = 2\n    class C:\n        z = y\n        def m(self):\n            return y\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "x = [i * 2 for i in range(3)]\n",
    "def f(n):\n    return [i * n for i in range(n) if i % n]\n",
    "def f(rows):\n    return [c for r in rows for c in r]\n",
    "def f(d):\n    return {k: v for k, v in d.items()}, {x for x in d}, (y for y in d)\n",
    "def f(data):\n    if any((n := x) > 3 for x in data):\n        return n\n",
    "total = [(last := v) for v in range(3)]\n",
    "f = lambda x, y=2: x + y\n",
    "def f():\n    return lambda: f\n",
    "def f(x):\n    return lambda: x\n",
    "def g():\n    yield 1\n",
    "def g():\n    x = yield\n    yield from h()\n",
    "async def main():\n    await asyncio.sleep(1)\n",
    "async def agen():\n    yield 1\n",
    "async def main():\n    return [x async for x in aiter()]\n",
    "async def main():\n    return [await x for x in xs]\n",
    "def f():\n    return (await_me async for await_me in src)\n",
    "async def f():\n    async with lock as l:\n        async for item in q:\n            print(item, l)\n",
    "def f():\n    try:\n        pass\n    except ValueError as e:\n        print(e)\n",
    "def f():\n    import asyncio\n    from time import sleep as s\n    import a.b.c\n    return asyncio, s, a\n",
    "import random\nfrom asyncio import gather\n",
    "def f():\n    del x\n    x = 1\n",
    "def f():\n    for i, (j, *k) in z:\n        pass\n    with open(p) as fh:\n        pass\n",
    "def deco(fn):\n    def wrapper(*a, **k):\n        return fn(*a, **k)\n    return wrapper\n@deco\ndef h(): pass\n",
    "class C:\n    items = [1, 2]\n    doubled = [i * 2 for i in items]\n",
    "class C:\n    n = 3\n    def m(self, n=n):\n        return n\n",
    "def f(a):\n    def g(b):\n        def h(c):\n            return a + b + c\n        return h\n    return g\n",
    "def f():\n    x: int = 1\n    y: str\n    return x\n",
    "def f(x):\n    x = x + 1\n    def g():\n        return x\n    return g\n",
    "def f():\n    global g\n    g = 1\n    def h():\n        return g\n",
    "if __name__ == '__main__':\n    asyncio.run(main())\n",
    "def f(*args, **kwargs):\n    return args, kwargs\n",
    "class Outer:\n    class Inner:\n        def m(self):\n            return super().m()\n",
    "def f():\n    def g():\n        return super()\n",
    "def f():\n    a = 1\n    return [a + b for b in range(3)]\n",
    "def f():\n    return [[x * y for y in range(3)] for x in range(3)]\n",
    "class A:\n    y = 1\n    z = [y for _ in range(3)]\n",
    "x = 0\ndef f():\n    print(x)\ndef g():\n    x = 1\n",
    "def f():\n    global h\n    def h(): pass\n    class K: pass\n",
    "print(__name__)\n",
    "def f():\n    s = 0\n    def add(v):\n        nonlocal s\n        s += v\n    return add\n",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    for src in CASES:
        top = compile(src, "t.py", "exec")
        lines, names = [], set()
        for i, code in enumerate(code_objects(top)):
            lines.append(describe(code, i == 0))
            names |= trace(code, i == 0)
        records.append((src, "\n".join(sorted(lines)), "\n".join(sorted(names))))
    write_inc(os.path.join(here, "scopes.inc"), "gen_scopes.py", records)
    print("wrote %d cases" % len(records))


if __name__ == "__main__":
    main()
