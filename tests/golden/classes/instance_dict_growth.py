# Instances whose attribute dicts differ in size: the first ones set few attributes, later ones
# more, some delete theirs or replace __dict__; vars() keeps the order attributes were set in.
class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)


ps = [P(n) for n in (1, 3, 0, 7, 2, 300, 5)]
for p in ps:
    names = list(vars(p))
    print(len(names), names[:4], names[-2:])
print(ps[5].a299, getattr(ps[4], "a1"), hasattr(ps[2], "a0"))
q = P(3)
del q.a1
q.z = "z"
q.a1 = "again"
print(vars(q))
q.__dict__ = {"only": 1}
print(vars(q), P(2).__dict__)
r = P(4)
r.__dict__.clear()
r.b = 1
print(vars(r), vars(P(4)))


class S(P):
    def __init__(self):
        super().__init__(2)
        self.extra = [1]


s = S()
print(vars(s), vars(S()), vars(P(1)))
