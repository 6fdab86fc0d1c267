import uuid, copy, json
u = uuid.UUID(int=12345, version=4)
print(copy.copy(u), copy.deepcopy([u]), copy.copy(u) == u)
try:
    json.dumps({"id": u})
except TypeError as e:
    print(e)
print(json.dumps({"id": str(u)}), f"{u}", "%s" % u, u.hex.upper())
print(uuid.UUID(str(u).upper()) == u, u.is_safe)
try:
    del u.int
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    u.foo = 1
except TypeError as e:
    print(e)
print(hasattr(u, '__dict__'))
from fractions import Fraction
print(copy.deepcopy({"f": Fraction(1, 3)}), json.dumps(float(Fraction(1, 4))))
