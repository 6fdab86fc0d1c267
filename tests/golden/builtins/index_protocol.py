# objects with __index__ stand in for ints wherever CPython asks for an index: subscripts,
# repetition, counts, bytes(), %c, math, itertools, random
import itertools, operator, math, random, collections


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


tests = [
    lambda: "a,b,c".split(",", I(1)), lambda: "x".zfill(I(3)), lambda: (1, 2, 3)[I(1)],
    lambda: b"abc"[I(1)], lambda: bytearray(b"abc")[I(0)], lambda: "a\tb".expandtabs(I(4)),
    lambda: list(itertools.islice("abcdef", I(2))), lambda: list(itertools.repeat("a", I(2))),
    lambda: collections.deque([1, 2, 3], maxlen=I(2)), lambda: list(enumerate("ab", I(1))),
    lambda: (258).to_bytes(length=I(2), byteorder="big"), lambda: operator.index(I(7)),
    lambda: math.isqrt(I(17)), lambda: math.perm(I(5), I(2)), lambda: math.comb(I(5), I(2)),
    lambda: math.factorial(I(4)), lambda: math.gcd(I(12), I(8)),
    lambda: "%d" % I(3), lambda: "%x" % I(255), lambda: "%c" % I(65), lambda: int(I(4)),
    lambda: list(range(I(1), I(10), I(3))), lambda: [1, 2, 3][I(1):], lambda: "abc".rjust(I(5), "*"),
    lambda: "aaa".replace("a", "b", I(2)), lambda: "abcabc".find("c", I(3)),
    lambda: [3, 1, 2].index(2, I(1)), lambda: round(2.675, I(1)),
    lambda: list(itertools.combinations("abc", I(2))), lambda: list(itertools.permutations("abc", I(2))),
    lambda: list(itertools.product("ab", repeat=I(2))), lambda: random.seed(1) or random.randrange(I(10)),
    lambda: random.seed(2) or random.getrandbits(I(5)), lambda: "ab".encode().hex(":", I(1)),
    lambda: bytearray(I(2)), lambda: bytes(I(3)), lambda: "abc"[I(-1)], lambda: bin(I(-3)), lambda: hex(I(255)),
    lambda: [0] * I(3), lambda: I(3) * [0], lambda: (1,) * I(2), lambda: "ab" * I(2), lambda: b"ab" * I(2),
    lambda: "ab".center(I(6), "-"), lambda: chr(I(65)), lambda: [1, 2, 3].pop(I(0)),
    lambda: "abcdef"[I(1):I(4):I(2)], lambda: list(range(10))[slice(I(1), I(3))],
    lambda: list(itertools.combinations_with_replacement("ab", I(2))), lambda: len(itertools.tee("ab", I(3))),
    lambda: [1][I(5)], lambda: "ab" * I(10 ** 30), lambda: b"ab"[I(2)], lambda: [0] * I(-2),
]
for i, t in enumerate(tests):
    try:
        r = t()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(i, r)


class Bad:
    def __index__(self):
        return "3"


for t in (lambda: [1, 2][Bad()], lambda: "ab" * Bad(), lambda: math.factorial(Bad()),
          lambda: list(itertools.repeat(0, Bad()))):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
