# __repr__ and __str__ decide how objects print.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"
class OnlyStr:
    def __str__(self):
        return "only str"
class Neither:
    pass
b, r, s, n = Both(), OnlyRepr(), OnlyStr(), Neither()
print(b, r, s)
print(repr(b), repr(r), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}")
print(repr(s).startswith("<__main__.OnlyStr object at 0x"), str(n).startswith("<__main__.Neither object at 0x"))
print(repr(n) == str(n))
