# StrEnum members are strs: str methods, concatenation, comparisons and hashing with plain
# strs, json; a str mixed into an Enum keeps the enumeration's repr.
import json
from enum import Enum, StrEnum, auto

class Method(StrEnum):
    GET = auto()
    POST = "POST"
    PUT = auto()

print(Method.GET, repr(Method.GET), Method.POST == "POST", isinstance(Method.PUT, str))
print(Method.GET.upper(), Method.GET + "/x", "x/" + Method.GET, f"{Method.POST:>6}|", len(Method.POST))
print(json.dumps({"m": Method.GET, Method.POST: 1}), Method("put"), Method["GET"], list(Method))
print({Method.GET: 1}["get"], "get" in {Method.GET}, sorted(Method), Method.GET.value, type(Method.GET.value))
print(",".join(Method), Method.POST.lower(), Method.POST.startswith("PO"), Method.GET in ["get"])
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print("TypeError:", e)

class Color(str, Enum):
    RED = "r"
    GREEN = "g"
print(repr(Color.RED), str(Color.RED), Color.RED == "r", Color("g"), Color.RED.upper(), f"{Color.GREEN}")
print(json.dumps([Color.RED]))
