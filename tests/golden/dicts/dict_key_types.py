# Equal keys collapse: 1, 1.0 and True are one key.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {(1, 2): "tuple", "s": "str", None: "none", -5: "neg", 2 ** 70: "big"}
print(d[(1, 2)], d["s"], d[None], d[-5], d[2 ** 70])
print({True: "a", 1: "b"}, {0: "zero", False: "f", 0.0: "z"})
