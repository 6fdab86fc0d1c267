# Bare raise re-raises the active exception.
def inner():
    try:
        int("abc")
    except ValueError:
        print("inner saw it, re-raising")
        raise
try:
    inner()
except ValueError as e:
    print("outer caught:", e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise e
except KeyError as e:
    print("raise e works too:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
