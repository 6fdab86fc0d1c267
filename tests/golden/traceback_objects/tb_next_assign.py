# tb_next is settable (another traceback or None; never one that leads back), the other
# attributes are read-only with CPython's messages; what a report shows follows the chain.
import traceback


def inner():
    raise ValueError("boom")


def middle():
    inner()


def outer():
    middle()


try:
    outer()
except ValueError as e:
    err = e
tb = err.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
for bad in [1, "x", tb.tb_frame, err]:
    try:
        tb.tb_next = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    tb.tb_next.tb_next.tb_next = tb
except Exception as e:
    print(type(e).__name__, e)
try:
    tb.tb_next = tb
except Exception as e:
    print(type(e).__name__, e)
try:
    del tb.tb_next
except Exception as e:
    print(type(e).__name__, e)
for attr in ["tb_lineno", "tb_frame", "tb_lasti", "tb_foo"]:
    try:
        setattr(tb, attr, 1)
    except Exception as e:
        print("set", attr, type(e).__name__, e)
    try:
        delattr(tb, attr)
    except Exception as e:
        print("del", attr, type(e).__name__, e)
print(type(tb.tb_lasti).__name__, tb.tb_lasti % 2, tb.tb_lasti >= 0)
middle_tb = tb.tb_next.tb_next
tb.tb_next = middle_tb  # outer's entry is skipped
print([f.f_code.co_name for f, n in traceback.walk_tb(tb)], tb.tb_next is middle_tb)
traceback.print_exception(err)
tb.tb_next = None
print("".join(traceback.format_exception(err)).replace(__file__, "F"), end="")
print(err.__traceback__ is tb, tb.tb_next)
tb.tb_next = middle_tb


def reraise():
    raise err


try:
    reraise()
except ValueError as e:
    t = e.__traceback__
    print([f.f_code.co_name for f, n in traceback.walk_tb(t)], t.tb_next.tb_next is tb)
raise err
