# reprlib's size-limited reprs and recursive_repr; html.escape and html.unescape (named
# references with and without ';', numeric ones, the remapped and invalid code points).
import html
import reprlib
from collections import deque

print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr((1, 2, 3, 4, 5, 6, 7)), reprlib.repr((1,)),
      reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(10 ** 50), reprlib.repr(frozenset(range(9))))
print(reprlib.repr(b'x' * 50), reprlib.repr(deque(range(10))), reprlib.repr({}), reprlib.repr(set()),
      reprlib.repr({'b': [1, 2, 3, 4, 5, 6, 7], 'a': 'y' * 40}), reprlib.repr({3: 1, 'a': 2}))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 1
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([[1], [2]]), r.repr({'k': {'n': 1}}),
      reprlib.aRepr.maxstring, reprlib.aRepr.maxother, reprlib.aRepr.maxlevel)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
a.children.append(Node('b'))
a.children.append(a)
print(repr(a), Node.__repr__.__name__, hasattr(Node.__repr__, '__wrapped__'))


class Broken:
    def __repr__(self):
        raise ValueError


print(reprlib.repr(Broken()).startswith('<Broken instance at 0x'))

print(html.escape('<a href="x">&\'</a>'), html.escape('"q" & \'s\'', quote=False))
print(html.unescape('&lt;&amp;&gt;&quot;&#39;&#x41;&#65;&eacute;&nbsp;|&notanentity;&copy&amp'))
print([html.unescape(s) for s in ['&#128;&#150;', '&#0;', '&#xD800;', '&#1114112;', '&#11;|',
                                  '&#x1F600;', '&fjlig;', '&NotNestedGreaterGreater;', '&apos;',
                                  '&AMP;', '&amp', '&am;', '&#x;', '&#', 'no refs', '&&lt;',
                                  '&Aacute;&aacute', '&#65&#66;', '&#9999999999;']])
