# yield from delegates and returns the subgenerator's value.
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from range(2)
    yield from "xy"
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
