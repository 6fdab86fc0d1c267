# pickle.dumps / loads: CPython's exact bytes for every protocol
import pickle

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31,
          -2**31, -2**31 - 1, 2**40, -2**63, 2**64, 10**30, -10**30, 1.5, -0.0, 1e100, 0.1,
          "", "hello", "h\u00e9llo \u20ac \U0001f600", "a\\b\nc\r\x00\x1a", b"", b"bytes\x00\xff",
          bytearray(b"ab"), [], [1], [1, 2, 3], (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {},
          {"a": 1}, {"a": 1, "b": [2, 3]}, {1, 2, 3}, set(), frozenset(), frozenset({7}),
          [None, [True, (1.5, "x")], {"k": b"v"}], 3 + 4j, range(2, 10, 3)]
for proto in range(6):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v and type(back) is type(v)
        print(" ", repr(v)[:30], data, "ok" if same else "DIFFERENT %r" % (back,))
print(pickle.dumps([1, "a"]) == pickle.dumps([1, "a"], pickle.DEFAULT_PROTOCOL))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps("x" * 300, 4)[:16], len(pickle.dumps("x" * 300, 4)))
print(pickle.dumps(b"x" * 300, 3)[:10], pickle.dumps(list(range(1001)), 2)[-12:])
print(pickle.loads(pickle.dumps(list(range(2500)), 4)) == list(range(2500)))
