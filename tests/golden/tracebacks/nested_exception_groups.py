# Exception groups inside exception groups print as traceback.py boxes them: one level of
# indentation per group, '+' only on the outermost header, a raised inner group with its own
# "Exception Group Traceback", the last box closed once, 15 boxes at most ("and N more
# exception(s)"), groups nested past 10 levels cut short, and chained exceptions inside a box.
import traceback


def raised(group):
    try:
        raise group
    except BaseExceptionGroup as e:
        return e


def show(title, eg):
    print("==", title)
    text = "".join(traceback.format_exception(eg))
    print(text.replace(__file__, "prog.py"), end="")  # (CPython's path is absolute)


show("inner group first", ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]),
                                                   KeyError(2)]))
show("inner group last", ExceptionGroup("outer", [KeyError(2),
                                                  ExceptionGroup("inner", [ValueError(1)])]))
show("raised inner group",
     ExceptionGroup("outer", [raised(ExceptionGroup("inner", [TypeError("t")]))]))
show("16 sub-exceptions", ExceptionGroup("many", [ValueError(i) for i in range(16)]))
show("17 sub-exceptions", ExceptionGroup("many", [ValueError(i) for i in range(17)]))
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
show("12 levels", deep)
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        raise ValueError("second") from e
except ValueError as e:
    chained = e
show("chained inside", ExceptionGroup("with chain", [chained]))


def fail():
    inner = ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [KeyError(2)])])
    raise ExceptionGroup("uncaught", [inner, TypeError(3)])


fail()
