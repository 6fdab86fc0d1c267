# which part of a statement is marked: raise (the statement), assert (a comparison test or the
# whole statement), augmented assignment, unpacking, for over a non-iterable, with, names
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


def one_line_raise(): raise ValueError("in a one-line function")


def raise_in_block():
    if True:
        raise KeyError("k")


def assert_compare():
    total = 3
    assert total == 4, "total is off"


def assert_plain():
    ready = []
    assert ready


def assert_chain():
    n = 5
    assert 0 < n < 3


def augmented_name():
    count = 0
    count += "one"


def augmented_item():
    counts = {"a": 1}
    counts["a"] += "x"; return counts


def augmented_attribute():
    class Box:
        size = None
    b = Box()
    b.size -= 1


def unpack():
    first, second = [1, 2, 3]


def unpack_star():
    a, *rest, z, w = [1, 2]


def for_over_int():
    for i in 42:
        print(i)


def with_non_manager():
    with 42 as x:
        pass


def undefined_in_call():
    print("value:", undefined_value)


for f in (one_line_raise, raise_in_block, assert_compare, assert_plain, assert_chain,
          augmented_name, augmented_item, augmented_attribute, unpack, unpack_star,
          for_over_int, with_non_manager, undefined_in_call):
    show(f)
items = [3, 1, 2]
assert sorted(items) == items, "not sorted"
