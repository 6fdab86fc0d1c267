# contextvars' errors, as CPython words them
from contextvars import ContextVar, Context, copy_context, Token

a = ContextVar("a")
b = ContextVar("b", default=0)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e)
        if " at 0x" in msg:  # addresses differ from run to run
            msg = msg[: msg.index(" at 0x")] + " ..."
        print(type(e).__name__ + ":", msg)
    else:
        print("ok:", r)


attempt(lambda: ContextVar(1))
attempt(lambda: ContextVar())
attempt(lambda: ContextVar("x", 1))
attempt(lambda: Context(1))
attempt(lambda: Token())
attempt(lambda: a.get(1, 2))
attempt(lambda: a.set())
tok = a.set(1)
attempt(lambda: b.reset(tok))
attempt(lambda: a.reset(5))
attempt(lambda: a.reset(tok))
attempt(lambda: a.reset(tok))
ctx = copy_context()
attempt(lambda: ctx["a"])
attempt(lambda: ctx[b])
attempt(lambda: ctx.get(3))
attempt(lambda: ctx.run())
attempt(lambda: ctx.run(ctx.run, print, "nested"))
tok2 = a.set(2)
attempt(lambda: ctx.run(a.reset, tok2))
a.reset(tok2)
print(a.get("unset"))
print(ctx.run(lambda: a.get("unset in ctx")))


def helper():
    return Context(ctx)


helper()
