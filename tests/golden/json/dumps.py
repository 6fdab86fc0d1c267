# json.dumps: types, separators, indent, sort_keys, ensure_ascii, default, errors
import json
data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14159,
        'nested': {'x': [1, 2, {'y': ()}], 'empty': {}, 'e': []}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(',', ':')))
print(json.dumps('héllo ✓ 😀 "q" \\ \n\t\x01'), json.dumps('héllo ✓ 😀', ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'f', True: 't', None: 'n'}), json.dumps(1e100), json.dumps(0.1 + 0.2))
print(json.dumps(float('inf')), json.dumps([float('nan'), -float('inf')]), json.dumps(10**30), json.dumps(-0.0))
print(json.dumps((1, (2, 3))), json.dumps(''), json.dumps([]), json.dumps({}, indent=4), json.dumps([[]], indent=1))
for bad in [{(1, 2): 3}, {1, 2}, object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
class P:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps([P(1, 2)], default=lambda o: o.__dict__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
