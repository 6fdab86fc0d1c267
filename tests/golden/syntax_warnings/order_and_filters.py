# The compiler's warnings come before anything the program prints, so the program's own
# warnings filters cannot hide them; they are not deduplicated (unlike warnings.warn). They
# come in the order CPython's compiler meets the code: a def's defaults and annotations before
# its body, a class body before its bases, a while test again after the body, a finally body
# once per way out of its try.
# Invalid escape sequences are a DeprecationWarning in 3.11, hidden by default.
# (The program ends with exit status 1 so that its expected stderr can be kept.)
import sys
import warnings

warnings.simplefilter("ignore")
print("first line of output")
pattern = "\d+\.\d"
print(pattern, len(pattern))


def deco(f):
    return f


@deco
def outer(a=1 is 1, *, b: (2 is 2) = 3) -> (4 is 4):
    return 5 is 5


lam = lambda d=6 is 6: 7 is 7


class Base:
    pass


class C(Base if 8 is 8 else object):
    y = 9 is 9


n = 0
while n is 10:
    n += 1
try:
    for i in range(2):
        if i:
            break
finally:
    z = 11 is 11
print([12 is 12 for _ in range(13 is 13)])
for _ in range(2):
    print(x is 14 for x in [1]) if False else None
print("done")
sys.exit(1)
