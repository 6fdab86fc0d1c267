# **kwargs collects extra keyword arguments into a dict.
def describe(name, **info):
    print(name, type(info).__name__, info)
    for key, value in info.items():
        print(" ", key, "=", value)

describe("task")
describe("task", state="pending", priority=2)
opts = {"state": "done", "result": 42}
describe("job", **opts)
describe(**{"name": "from-dict", "x": 1})
def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, e=5, f=6))
