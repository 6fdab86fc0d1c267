# operator.index: ints as they are, __index__ of other types, CPython's messages otherwise
import operator


class Seven:
    def __index__(self):
        return 7


class Bad:
    def __index__(self):
        return "7"


print(operator.index(5), operator.index(True), operator.index(Seven()), [0, 1, 2, 3, 4, 5, 6, 7][Seven()])
for value in [1.5, "3", None, [1], Bad()]:
    try:
        operator.index(value)
    except TypeError as e:
        print(type(value).__name__, "TypeError", e)
