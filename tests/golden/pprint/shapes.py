import pprint

shapes = [
    [1, [2, [3, [4, [5, [6, [7, [8]]]]]]]],
    {"a": {"b": {"c": {"d": {"e": {"f": "deep value here"}}}}}},
    (1,),
    ("only one item that is quite long so that the tuple will not fit on the line",),
    tuple(range(30)),
    {1, 2, 3, 100, 50, 25},
    frozenset({"apple", "banana", "cherry", "dragonfruit", "elderberry", "fig", "grape"}),
    set(range(35)),
    [[], {}, (), set(), "", b""],
    {"key%d" % i: list(range(i)) for i in range(12)},
    [{"id": i, "name": "user%d" % i, "email": "user%d@example.com" % i} for i in range(3)],
    {(1, 2): [3, 4], (5, 6): {7: 8}, "s": {9, 10}},
    [1.5, 2.25, -0.0, float("inf"), 1e100, 3+4j, None, True, False],
]
for width in (80, 40, 20, 7, 1):
    print("--- width", width)
    for s in shapes:
        pprint.pprint(s, width=width)
for indent in (0, 2, 4):
    pprint.pprint(shapes[9], indent=indent, width=30)
    pprint.pprint(shapes[4], indent=indent, width=30)
    pprint.pprint(shapes[6], indent=indent, width=30)
pprint.pprint(shapes[0], depth=3)
pprint.pprint(shapes[1], depth=3)
pprint.pprint(shapes[10], depth=2, width=30)
print(pprint.pformat(shapes[10], width=50, compact=True))
