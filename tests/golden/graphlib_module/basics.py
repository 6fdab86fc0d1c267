# graphlib.TopologicalSorter: static_order, the prepare/get_ready/done protocol a scheduler of
# tasks uses, cycles, and the errors.
from graphlib import CycleError, TopologicalSorter

graph = {'deploy': ['test', 'build'], 'test': ['build'], 'build': ['fetch', 'configure'],
         'docs': ['configure']}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
for node, deps in [('d', ['b', 'c']), ('b', ['a']), ('c', ['a']), ('e', []), ('f', ['d', 'e'])]:
    ts.add(node, *deps)
ts.prepare()
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print('step', step, 'ready', ready, bool(ts))
    for node in reversed(ready):
        ts.done(node)
    step += 1
print(ts.get_ready(), ts.is_active())

for cyclic in [{'a': ['b'], 'b': ['c'], 'c': ['a']}, {1: [2], 2: [3], 3: [2], 4: [1]},
               {'x': ['x']}, {'p': ['q'], 'q': ['r'], 'r': ['s'], 's': ['q', 'p']}]:
    try:
        list(TopologicalSorter(cyclic).static_order())
    except CycleError as e:
        print('CycleError', e.args, isinstance(e, ValueError))

t = TopologicalSorter({'b': ['a']})
for action in [lambda: t.get_ready(), lambda: t.is_active(), lambda: t.done('a'), t.prepare,
               t.prepare, lambda: t.add('c'), lambda: t.done('a'), lambda: t.done('zz'),
               t.get_ready, lambda: t.done('a'), lambda: t.done('a'), lambda: t.done('b')]:
    try:
        print(action())
    except ValueError as e:
        print('ValueError:', e)
print(TopologicalSorter[str], list(TopologicalSorter({1: [], 2: [1], 0: [2, 1]}).static_order()))
