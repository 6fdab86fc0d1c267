# ContextVar get/set/reset, defaults, tokens, copy_context and Context.run
import contextvars
from contextvars import ContextVar, copy_context, Context, Token

user: ContextVar[str] = ContextVar("user", default="anonymous")
depth = ContextVar("depth")

print(user.name, user.get())
print(depth.get(0), depth.get(None))
try:
    depth.get()
except LookupError as e:
    print("LookupError", type(e).__name__)

t = user.set("alice")
print(user.get(), t.var is user, t.old_value is Token.MISSING, t.old_value)
t2 = user.set("bob")
print(user.get(), t2.old_value)
user.reset(t2)
print(user.get())
user.reset(t)
print(user.get())

depth.set(1)
ctx = copy_context()
print(len(ctx), depth in ctx, user in ctx, ctx[depth], ctx.get(user), ctx.get(user, "?"))
print(sorted(v.name for v in ctx), [k.name for k in ctx.keys()], list(ctx.values()))


def work(n):
    depth.set(depth.get() + n)
    user.set("worker")
    return depth.get(), user.get()


print(ctx.run(work, 10))
print(depth.get(), user.get())
print(ctx[depth], ctx[user])
print(ctx.run(work, 5))
print(sorted((k.name, v) for k, v in ctx.items()))

empty = Context()
print(len(empty), empty.run(lambda: (depth.get("unset"), user.get())))
print(empty.run(work, 0) if False else "skipped")
print(ctx == ctx.copy(), ctx == empty, ctx.copy() is ctx)


def kw(a, *, b):
    return a + b


print(copy_context().run(kw, 1, b=2))
print(type(ctx).__name__, type(user).__name__, type(t).__name__, ContextVar.__module__)
print(repr(Token.MISSING))
