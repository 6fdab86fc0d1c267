# ImportError's message and its msg / name / path, for a failed import and made by hand.
def attempt(label, fn):
    try:
        fn()
    except ImportError as e:
        print(label, "->", type(e).__name__, "|", e, "|", e.msg, "|", e.name, "|", e.path)


def from_sys():
    from sys import nothing_here


def from_time():
    from time import nothing_here


def missing_module():
    import nothing_at_all


def missing_submodule():
    import sys.nothing


attempt("from sys", from_sys)
attempt("from time", from_time)
attempt("import missing", missing_module)

e = ImportError("custom", name="pkg", path="/x/pkg.py")
print(e, e.msg, e.name, e.path, e.args)
e = ImportError()
print(repr(e), e.msg, e.name, e.path)
e = ImportError("a", "b")
print(e, e.msg, e.args)
e = ModuleNotFoundError("No module named 'x'", name="x")
print(e, e.name, isinstance(e, ImportError))
try:
    ImportError("x", module="m")
except TypeError as err:
    print(err)


class MyImportError(ImportError):
    def __init__(self, what):
        super().__init__("cannot load " + what, name=what)


e = MyImportError("plugin")
print(e, e.name, e.msg)
