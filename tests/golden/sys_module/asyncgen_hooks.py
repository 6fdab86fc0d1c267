# sys.set_asyncgen_hooks / get_asyncgen_hooks outside an event loop: the firstiter hook sees
# each async generator at its first iteration, the finalizer gets the ones dropped unfinished.
import sys


def show(label):
    hooks = sys.get_asyncgen_hooks()
    print(label, type(hooks).__name__, len(hooks), hooks[0] is hooks.firstiter)


for args, kwargs in [((1,), {}), ((), {'firstiter': 1, 'finalizer': 2}), ((), {'finalizer': 'x'}),
                     ((), {'other': 1})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
show('after the errors:')
print(sys.get_asyncgen_hooks())

seen = []


def firstiter(agen):
    print('firstiter:', agen.__qualname__)
    seen.append(agen.__qualname__)


def finalizer(agen):
    print('finalizer:', agen.__qualname__)


async def numbers():
    try:
        for i in range(3):
            yield i
    finally:
        print('numbers: finally')


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value


sys.set_asyncgen_hooks(firstiter=firstiter)
g = numbers()
print('made, not iterated yet:', seen)
print('first item:', step(g.__anext__()))
print('second item:', step(g.asend(None)))
sys.set_asyncgen_hooks(finalizer=finalizer)
h = numbers()
print('h first:', step(h.__anext__()))
del h
print('h dropped')
print('g keeps no finalizer (made before it was set):')
del g
print('g dropped')
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
