# ^^^^ under failing calls, attribute loads and method calls (the attribute's range), chains,
# calls spread over lines, attributes on another line, stores and deletes of attributes
import sys
import traceback


def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stderr)


class Point:
    def __init__(self, x):
        self.x = x

    def scale(self, k):
        return self.x * k


def bad_int():
    value = int("twelve")
    return value


def method_missing():
    p = Point(1)
    return p.move(2)


def attribute_missing():
    p = Point(1)
    return p.y + 1


def chain():
    p = Point(None)
    return p.x.real


def not_callable():
    n = 3
    return n() + 1


def call_over_lines():
    return int(
        "x")


def method_on_next_line():
    p = Point(1)
    return (p
            .scale(None)
            .bit_length())


def store_on_none():
    target = None
    target.name = "x"


def delete_missing():
    p = Point(1)
    del p.y


def nested_calls():
    return max(len("ab"), abs("c"))


for f in (bad_int, method_missing, attribute_missing, chain, not_callable, call_over_lines,
          method_on_next_line, store_on_none, delete_missing, nested_calls):
    show(f)
p = Point(2)
print(p.scale(3))
print(p.scael(3))
