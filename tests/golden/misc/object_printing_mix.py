# A mixed bag of printed values.
class P:
    def __repr__(self):
        return "P()"
things = [1, -2.5, "s", None, True, [P()], {"k": (1, 2)}, {1}, (), 1e-10, 10 ** 25, float("inf")]
for t in things:
    print(t, repr(t), str(t), type(t).__name__, sep=" | ")
print(things)
