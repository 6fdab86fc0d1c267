# assert with and without a message.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
for value in [-1, 0]:
    try:
        check(value)
    except AssertionError as e:
        print("AssertionError:", e, "|", repr(e), "|", e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), repr(str(e)))
assert True, "never shown"
try:
    assert [], ["message", "can", "be", "any object"]
except AssertionError as e:
    print(e.args[0])
