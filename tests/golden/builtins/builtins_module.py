# the builtins module: its namespace is the one every module falls back on
import builtins
print(builtins.len("abc"), builtins.__name__, builtins, getattr(builtins, "nope", 1))
_print = builtins.print
def loud(*a, **k):
    _print("!", *a, **k)
builtins.print = loud
print("hi")
builtins.print = _print
print("back", hasattr(builtins, "ValueError"), builtins.int is int)
