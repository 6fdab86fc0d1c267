"""graphlib: TopologicalSorter and CycleError, with CPython 3.11's orders and messages (the
ready nodes come out in the order they became ready; a cycle is reported as CPython's
depth-first search finds it)."""

from types import GenericAlias

__all__ = ['TopologicalSorter', 'CycleError']

_PASSED_OUT = -1  # given out by get_ready(), not done yet
_DONE = -2


class CycleError(ValueError):
    pass


class _Node:
    __slots__ = ('node', 'waiting', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting = 0  # predecessors not done yet, or _PASSED_OUT / _DONE
        self.successors = []


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # a list once prepare() ran
        self._given = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._info(node).waiting += len(predecessors)
        for predecessor in predecessors:
            self._info(predecessor).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [info.node for info in self._nodes.values() if info.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting = _PASSED_OUT
        self._ready.clear()
        self._given += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        return self._finished < self._given or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError('prepare() must be called first')
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if info.waiting != _PASSED_OUT:
                if info.waiting >= 0:
                    raise ValueError(f'node {node!r} was not passed out (still not ready)')
                raise ValueError(f'node {node!r} was already marked done')
            info.waiting = _DONE
            for successor in info.successors:
                after = self._nodes[successor]
                after.waiting -= 1
                if after.waiting == 0:
                    self._ready.append(successor)
            self._finished += 1

    # depth-first from each node in insertion order, successors in the order they were added;
    # the first node met again while still on the path closes the cycle (as CPython's
    # TopologicalSorter._find_cycle)
    def _find_cycle(self):
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            seen.add(start)
            iterators = [iter(self._nodes[start].successors)]
            while iterators:
                node = next(iterators[-1], _END)
                if node is _END:
                    iterators.pop()
                    del on_path[path.pop()]
                    continue
                if node in on_path:
                    return path[on_path[node]:] + [node]
                if node in seen:
                    continue
                seen.add(node)
                on_path[node] = len(path)
                path.append(node)
                iterators.append(iter(self._nodes[node].successors))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
