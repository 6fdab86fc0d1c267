# dump/load with files, Pickler/Unpickler, several objects in one file
import io
import pickle

scores = {"ada": [90, 85], "bob": [70]}
with open("scores.pkl", "wb") as f:
    pickle.dump(scores, f)
    pickle.dump(["second", "object"], f, protocol=0)
with open("scores.pkl", "rb") as f:
    print(pickle.load(f))
    print(pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError", e)
with open("scores.pkl", "rb") as f:
    print(f.read()[:20])
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump([1, 2])
p.dump("x")
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())


class Persisting(pickle.Pickler):
    def persistent_id(self, obj):
        return "db:" + obj if isinstance(obj, str) and obj.startswith("@") else None


class Loading(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


buf = io.BytesIO()
Persisting(buf, 2).dump(["@user", "plain"])
print(buf.getvalue())
buf.seek(0)
print(Loading(buf).load())
buf = io.BytesIO()
Persisting(buf, 0).dump(["@user"])
print(buf.getvalue())
try:
    pickle.loads(buf.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
