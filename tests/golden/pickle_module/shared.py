# Shared and recursive structures: the memo (PUT/GET, MEMOIZE), globals
import pickle

a = [1, 2]
both = [a, a, (a,)]
for proto in range(6):
    data = pickle.dumps(both, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1], back[2][0] is back[0])
rec = []
rec.append(rec)
t = ([],)
t[0].append(t)
d = {}
d["self"] = d
for proto in range(6):
    r = pickle.loads(pickle.dumps(rec, proto))
    tt = pickle.loads(pickle.dumps(t, proto))
    dd = pickle.loads(pickle.dumps(d, proto))
    print(proto, pickle.dumps(rec, proto), pickle.dumps(t, proto), pickle.dumps(d, proto))
    print("  ", r[0] is r, tt[0][0] is tt, dd["self"] is dd)
s = "shared string"
print(pickle.dumps([s, s], 2), pickle.dumps([s, s], 0))
def helper():
    pass


for proto in (0, 2, 4):
    print(pickle.dumps([len, str, int, range, set, helper, type(None)], proto))
    print(pickle.loads(pickle.dumps([len, str, int, range, set, type(None)], proto)))
big = list(range(300))
print(pickle.dumps([big, big], 2)[-8:], pickle.loads(pickle.dumps([big, big], 2))[1] is not None)
many = [str(i) for i in range(300)]
print(pickle.dumps(many + many, 2)[-10:], pickle.dumps(many + many, 0)[-10:])
print(pickle.loads(pickle.dumps(many + many, 3)) == many + many)
