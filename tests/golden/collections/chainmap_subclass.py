# ChainMap.new_child (with keywords), parents and the repr keep a subclass
from collections import ChainMap


class Scope(ChainMap):
    def __iter__(self):
        seen = set()
        for mapping in self.maps:
            for k in mapping:
                if k not in seen:
                    seen.add(k)
                    yield k


outer = Scope({'a': 1})
inner = outer.new_child({'b': 2})
print(type(inner).__name__, inner, list(inner))
print(type(inner.parents).__name__, inner.parents)
print(outer.new_child(c=3), outer.new_child({'d': 4}, e=5))
print(ChainMap({'x': 1}).new_child(), ChainMap().parents)
