# Recursion through a call of a builtin (sorted) or a __call__: CPython 3.11 counts the C call
# against the limit too, so the message says "while calling a Python object" (issue 16).
def key(x):
    return sorted([x], key=key)


class Calls:
    def __call__(self):
        return self()


for name, f in [("sorted key", lambda: key(1)), ("__call__", lambda: Calls()())]:
    try:
        f()
    except RecursionError as e:
        print(name, "RecursionError:", e)
